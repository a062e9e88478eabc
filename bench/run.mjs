#!/usr/bin/env node
// `npm run bench`: our built dist/ against the anchors (Datamaps, TimelineJS, vis-timeline,
// ECharts), in one run, in Debian's Chromium (or CHROME_PATH) through playwright-core.
//
//   npm run bench [-- --rounds 5] [--throttle 1,4] [--only map,datamaps] [--json file]
//                 [--profile-rounds 1] [--no-gestures] [--screenshots [dir]] [--build]
//
// 1. Writes the synthetic data and the anchors' data (bench/synthetic.mjs).
// 2. Bytes: opens every page once, unthrottled, and counts what it loaded (bench/bytes.mjs);
//    this pass also warms the browser and the disk cache up.
// 3. Rounds: round r runs every page once at each throttle (in a fixed order, rotated by r)
//    before round r + 1, each run in a fresh browser context (bench/measure.mjs); then, in
//    the first --profile-rounds rounds, a profiled run of each of our pages.
// 4. Prints one table (bench/report.mjs) and writes everything to the JSON file.
// Figures only: nothing here fails on a time (npm run check:budgets checks bytes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { budgetResults } from './budgets.mjs';
import { kib, launch, pageBytes, compositionLines } from './bytes.mjs';
import { profilePage, runPage } from './measure.mjs';
import { PAGES } from './pages.mjs';
import { applySplits, renderTable, summarize } from './report.mjs';
import { root, startServer } from './server.mjs';
import { writeBenchData } from './synthetic.mjs';

function parseArgs(argv) {
  const o = { rounds: 5, throttle: [1, 4], only: null, json: join(root, 'bench/results/latest.json'), profileRounds: 1, gestures: true, screenshots: null, build: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--rounds') o.rounds = Math.max(1, parseInt(next(), 10));
    else if (a === '--throttle') o.throttle = next().split(',').map(Number).filter((n) => n >= 1);
    else if (a === '--only') o.only = next().split(',').map((s) => s.trim().replace(/\.html$/, ''));
    else if (a === '--json') o.json = resolve(next());
    else if (a === '--profile-rounds') o.profileRounds = Math.max(0, parseInt(next(), 10));
    else if (a === '--no-gestures') o.gestures = false;
    else if (a === '--screenshots') o.screenshots = argv[i + 1] && !argv[i + 1].startsWith('--') ? resolve(next()) : join(root, 'bench/results/screenshots');
    else if (a === '--build') o.build = true;
    else if (a === '--help' || a === '-h') {
      console.log('npm run bench -- [--rounds N] [--throttle 1,4] [--only page,...] [--json file] [--profile-rounds N] [--no-gestures] [--screenshots [dir]] [--build]');
      console.log(`pages: ${PAGES.map((p) => p.name).join(' ')}`);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  return o;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exit(2);
}

const distReady = () => existsSync(join(root, 'dist/coop-widgets.js')) && existsSync(join(root, 'dist/coop-widgets.iife.js'));
if (options.build) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!distReady()) {
  console.error('bench: dist/ is missing (it measures the built files): run `npm run build` first, or `npm run bench -- --build`.');
  process.exit(2);
}

/** Pairs side by side, so an anchor runs right after (or before) the page it is compared with. */
const ORDER = ['map', 'datamaps', 'timeline', 'timelinejs', 'vis-timeline', 'map-5000', 'echarts-5000', 'timeline-10000', 'vis-timeline-10000', 'card', 'all', 'all-institutions', 'classic-map', 'classic-all', 'atlas-map', 'atlas-timeline', 'atlas-map-all'];
const unknown = (options.only ?? []).filter((n) => !PAGES.some((p) => p.name === n));
if (unknown.length) {
  console.error(`bench: unknown page(s) ${unknown.join(', ')}; pages: ${ORDER.join(' ')}`);
  process.exit(2);
}
const selected = ORDER.filter((n) => !options.only || options.only.includes(n)).map((n) => PAGES.find((p) => p.name === n));

const started = Date.now();
const data = writeBenchData();
const server = await startServer();
let browser = await launch();
const chromium = `Chromium ${browser.version()}`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const elapsed = () => `${((Date.now() - started) / 60000).toFixed(1)} min`;

const bytes = {};
const runs = {};
const profiles = {};
/**
 * Pages whose two 2-s gestures took over 15 s (the page redraws for seconds after each
 * event): measured in their first round only, since one such run takes minutes at 4x
 * (vis-timeline with 10,000 items). A slow page that still answers within that time is
 * measured in every round.
 */
const slowGestures = new Set();
const notes = [];
try {
  console.log(`bench: ${selected.length} pages, ${options.rounds} round(s) × CPU ${options.throttle.map((t) => `${t}x`).join(', ')}, ${chromium}`);
  if (options.screenshots) mkdirSync(options.screenshots, { recursive: true });
  for (const def of selected) {
    const t = Date.now();
    bytes[def.name] = await pageBytes(browser, server.origin, def.name, { timeout: 180_000, screenshot: options.screenshots && join(options.screenshots, `${def.name}.png`) });
    const x = bytes[def.name];
    x.seconds = (Date.now() - t) / 1000;
    console.log(`bytes  ${def.name.padEnd(19)} ${kib(x.gzip).toFixed(1).padStart(6)} KiB gzip ${kib(x.brotli).toFixed(1).padStart(6)} KiB brotli  ${String(x.files.length).padStart(2)} files  ${seconds(Date.now() - t)}${x.problems.length ? `  ⚠ ${x.problems.join('; ')}` : ''}`);
  }
  for (const { results } of [budgetResults(bytes)]) {
    for (const r of results.filter((r) => !r.ok)) {
      console.log(`\n${r.page}.html over its budget: ${kib(r.gzip).toFixed(1)} KiB gzip of ${kib(r.budget).toFixed(1)}`);
      console.log(compositionLines(bytes[r.page]).join('\n'));
    }
  }

  const total = options.rounds * options.throttle.length * selected.length;
  let done = 0;
  for (let round = 0; round < options.rounds; round++) {
    // A new browser each round: nothing carried over but the disk cache of the machine.
    await browser.close();
    browser = await launch();
    const order = selected.map((_, i) => selected[(i + round) % selected.length]);
    for (const throttle of options.throttle) {
      for (const def of order) {
        const t = Date.now();
        const key = `${def.name} ${throttle}`;
        const result = await runPage(browser, server.origin, def, { throttle, gestures: options.gestures && !slowGestures.has(key) });
        const g = result.gestures;
        if (g?.zoom && g.zoom.seconds + g.pan.seconds > 15 && !slowGestures.has(key)) {
          slowGestures.add(key);
          if (round + 1 < options.rounds) notes.push(`${def.name} at ${throttle}x: gestures measured in round ${round + 1} only (zoom ${g.zoom.fps.toFixed(1)} fps over ${g.zoom.seconds.toFixed(1)} s, pan ${g.pan.fps.toFixed(1)} fps over ${g.pan.seconds.toFixed(1)} s: 2 s of input took the page ${(g.zoom.seconds + g.pan.seconds).toFixed(0)} s to handle)`);
        }
        ((runs[def.name] ??= {})[throttle] ??= [])[round] = result;
        done++;
        const parts = [];
        if (result.ok) {
          parts.push(`ready ${result.ready.toFixed(0).padStart(5)}`);
          if (result.coopLoad != null) parts.push(`coop-load ${result.coopLoad.toFixed(0)}`);
          if (result.fcp != null) parts.push(`FCP ${result.fcp.toFixed(0)}`);
          if (result.mainThread) parts.push(`main ${result.mainThread.total.toFixed(0)}`);
          parts.push(`heap ${(result.heap / 1e6).toFixed(1)} MB`, `CLS ${result.cls.toFixed(3)}`);
          if (g?.zoom) parts.push(`zoom ${g.zoom.fps.toFixed(0)}${g.zoom.moved ? '' : '!'} pan ${g.pan.fps.toFixed(0)}${g.pan.moved ? '' : '!'} fps`);
          if (g?.error) parts.push(g.error);
        } else parts.push(`FAILED: ${result.problems.join('; ')}`);
        console.log(`r${round + 1}/${options.rounds} ${throttle}x ${String(done).padStart(3)}/${total} ${def.name.padEnd(19)} ${parts.join('  ')}  (${seconds(Date.now() - t)}, ${elapsed()})`);
      }
      if (round < options.profileRounds) {
        for (const def of order.filter((d) => d.ours)) {
          const t = Date.now();
          const p = await profilePage(browser, server.origin, def, { throttle });
          p.seconds = (Date.now() - t) / 1000;
          ((profiles[def.name] ??= {})[throttle] ??= []).push(p);
          const share = p.ok ? Object.entries(p.share).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(' ') : `FAILED: ${p.problems.join('; ')}`;
          console.log(`r${round + 1}/${options.rounds} ${throttle}x profile ${def.name.padEnd(19)} script: ${share}  (${seconds(Date.now() - t)}, ${elapsed()})`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// Where the time went: loads (with the CLS second and the heap), gestures, profiled runs.
const timeSpent = { bytes: 0, loads: 0, gestures: 0, profiles: 0 };
for (const x of Object.values(bytes)) timeSpent.bytes += x.seconds ?? 0;
for (const byThrottle of Object.values(runs)) {
  for (const list of Object.values(byThrottle)) {
    for (const r of list) {
      if (!r?.ok) continue;
      timeSpent.loads += r.loadSeconds;
      timeSpent.gestures += r.wallSeconds - r.loadSeconds;
    }
  }
}
for (const byThrottle of Object.values(profiles)) for (const list of Object.values(byThrottle)) for (const p of list) timeSpent.profiles += p.seconds ?? 0;
applySplits(runs, profiles);
const summary = summarize(runs);
const meta = {
  date: new Date().toISOString(),
  chromium,
  node: process.versions.node,
  cpus: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'cpu'}`,
  rounds: options.rounds,
  throttles: options.throttle,
  pages: selected.map((d) => d.name),
  git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
  data,
  durationSeconds: (Date.now() - started) / 1000,
  timeSpent,
};
const { text, goals, warnings } = renderTable({ bytes, summary, runs, throttles: options.throttle, rounds: options.rounds, meta, notes });
console.log(`\n${text}`);
const min = (s) => `${(s / 60).toFixed(1)} min`;
console.log(`\nbench: ${elapsed()} in all (bytes pass ${min(timeSpent.bytes)}, timed loads with their CLS second ${min(timeSpent.loads)}, gestures ${min(timeSpent.gestures)}, profiled runs ${min(timeSpent.profiles)}); JSON: ${options.json}`);

mkdirSync(dirname(options.json), { recursive: true });
const { results: budgets, world } = budgetResults(bytes);
writeFileSync(
  options.json,
  JSON.stringify(
    {
      meta,
      bytes: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, { gzip: v.gzip, brotli: v.brotli, raw: v.raw, files: Object.fromEntries(v.files.map((f) => [f.path, { gzip: f.gzip, brotli: f.brotli, raw: f.raw }])), problems: v.problems }])),
      budgets,
      cardWorld: world,
      summary,
      goals,
      warnings,
      notes,
      runs,
      profiles,
    },
    null,
    1,
  ),
);
