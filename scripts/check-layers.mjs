#!/usr/bin/env node
/**
 * `npm run check:layers`: the import rules of docs/ARCHITECTURE.md, checked on every source
 * file's imports (static and dynamic), so that the layers stay what the document says:
 * - the pure layers (data, time, geo, format, model, events, export) import no controller,
 *   no component and no entry point;
 * - controllers import no component;
 * - a component imports its own folder and `components/shared/`, and another element only
 *   where it shows one (cards show cards; the card dialog shows a card);
 * - no source file but the generated ones is over 400 lines.
 * (localization.ts and define.ts, at the top of src/, are infrastructure any layer may use.)
 * Prints each broken rule with the file and the import; exits 1 if any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'src');
const PURE = ['data', 'time', 'geo', 'format', 'model', 'events', 'export'];
/** Components that show another element: [importer folder, imported folder]. */
const SHOWS = [
  ['coop-cards', 'coop-card'],
  ['shared', 'coop-card'],
];
const MAX_LINES = 400;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Modules at the top of src/ that are not entry points: the page's language, registration. */
const INFRASTRUCTURE = ['localization.ts', 'define.ts'];

/** The layer of a file under src/: its first folder (components: 'components/<element>'), or 'entry' for the entry points (src/*.ts). */
function layerOf(file) {
  const parts = relative(src, file).split('/');
  if (parts.length === 1) return INFRASTRUCTURE.includes(parts[0]) ? parts[0].replace(/\.ts$/, '') : 'entry';
  return parts[0] === 'components' ? `components/${parts[1]}` : parts[0];
}

const problems = [];
for (const file of files(src)) {
  const text = readFileSync(file, 'utf8');
  const from = layerOf(file);
  const name = relative(root, file);
  if (!from.startsWith('generated') && !/\.generated\.ts$/.test(file) && text.split('\n').length > MAX_LINES) problems.push(`${name}: ${text.split('\n').length} lines (at most ${MAX_LINES})`);
  for (const [, spec] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (!target.startsWith(src)) continue;
    const to = layerOf(target);
    const pureFrom = PURE.includes(from);
    const breaks =
      (pureFrom && (to === 'controllers' || to.startsWith('components/') || to === 'entry')) ||
      (from === 'controllers' && to.startsWith('components/')) ||
      (from.startsWith('components/') &&
        to.startsWith('components/') &&
        to !== from &&
        to !== 'components/shared' &&
        !SHOWS.some(([a, b]) => from === `components/${a}` && to === `components/${b}`)) ||
      (from.startsWith('components/') && to === 'entry' && !(from === 'components/shared' && /coop-card\.ts$/.test(target)));
    if (breaks) problems.push(`${name}: imports ${relative(root, target)} (${from} → ${to})`);
  }
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(problems.length ? `check-layers: ${problems.length} problems (see docs/ARCHITECTURE.md).` : 'check-layers: every import follows the layers of docs/ARCHITECTURE.md, and no source file is over 400 lines.');
process.exit(problems.length ? 1 : 0);
