#!/usr/bin/env node
// `npm run check:budgets`: the byte budgets of the performance issue, on the built dist/.
// Opens each budgeted bench page once, unthrottled, in Chromium (bench/pages/, served by
// bench/server.mjs), sums the gzip bytes of every file the page loads (bench/bytes.mjs:
// recorded from the network, never from a list of chunk names) and compares them with the
// page's budget (bench/pages.mjs). Also checks that the card does not load the map's world
// (bench/budgets.mjs, cardWorldCheck). Bytes only: no time is ever asserted.
// Prints one line per page; on a failure, the page's composition, heaviest first; exits 1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budgetResults } from '../bench/budgets.mjs';
import { compositionLines, kib, launch, pageBytes } from '../bench/bytes.mjs';
import { PAGES } from '../bench/pages.mjs';
import { root, startServer } from '../bench/server.mjs';

if (!existsSync(join(root, 'dist', 'coop-widgets.js')) || !existsSync(join(root, 'dist', 'coop-widgets.iife.js'))) {
  console.error('check-budgets: dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(2);
}

const started = Date.now();
const server = await startServer();
const browser = await launch();
const bytes = {};
const problems = [];
try {
  // Budgets relative to another page need that page measured too.
  const names = new Set();
  for (const def of PAGES.filter((d) => d.budget != null)) {
    names.add(def.name);
    if (typeof def.budget === 'object') names.add(def.budget.of);
  }
  names.add('map'); // the card check compares with the map's files
  for (const name of names) {
    bytes[name] = await pageBytes(browser, server.origin, name, { timeout: 20_000 });
    for (const p of bytes[name].problems) problems.push(`${name}: ${p}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const { results, world } = budgetResults(bytes);
const width = Math.max(...results.map((r) => r.page.length));
let failed = false;
for (const r of results) {
  const of = r.relative ? ` (${r.relative.factor.toFixed(2)} × ${r.relative.of})` : '';
  console.log(`${r.page.padEnd(width)}  ${kib(r.gzip).toFixed(1).padStart(6)} KiB / ${kib(r.budget).toFixed(1)} KiB gzip${of} ${r.ok ? `✓ (${Math.floor(r.budget - r.gzip)} B to spare)` : '✗'}`);
  if (!r.ok) failed = true;
}
if (world) {
  const verdict = world.ok ? '✓' : '✗';
  const what = world.pulled.length ? `loads the map's world: ${world.pulled.join(', ')}` : `loads none of the map's world files (${world.worldOfMap.join(', ') || 'none found'})`;
  console.log(`${'card'.padEnd(width)}  ${what} ${verdict}`);
  if (world.ownWorld.length) console.log(`${''.padEnd(width)}  note: card.html loads world-sized geometry the map does not: ${world.ownWorld.join(', ')}`);
  if (!world.ok) failed = true;
}

for (const r of results.filter((r) => !r.ok)) {
  console.log(`\n${r.page}.html: ${kib(r.gzip).toFixed(1)} KiB gzip, ${r.gzip - r.budget} bytes over its budget`);
  console.log(compositionLines(bytes[r.page]).join('\n'));
}
if (world && !world.ok) {
  console.log(`\ncard.html: the files it loads (world = TopoJSON topology, or ≥ 16 KiB of coordinate/path text)`);
  for (const f of world.files) {
    const notes = [f.alsoInMap ? 'map.html loads it too' : '', f.topology ? 'TopoJSON topology' : '', f.geometryBytes ? `${kib(f.geometryBytes).toFixed(1)} KiB of geometry text` : ''].filter(Boolean);
    console.log(`    ${f.path.padEnd(40)} ${kib(f.gzip).toFixed(1).padStart(6)} KiB gzip  ${notes.join(', ')}`);
  }
}
for (const p of problems) console.log(`warning: ${p}`);
console.log(`\ncheck-budgets: ${failed ? 'over budget' : 'every page within its budget'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
