/**
 * Splits our pages' script time into data / layout / render / other by attributing a V8
 * CPU profile (CDP Profiler, 100 µs sampling) to source files through the source maps
 * that the build writes beside each file of dist/ (`dist/*.js.map`).
 *
 * A sample goes to the function on top of the stack; the function's position maps to its
 * source file, and the file to a category (categoryOf). A built-in function without a
 * script of its own (JSON.parse, Array.prototype.sort, a DOM call) goes to the category of
 * the nearest caller that has one, so `JSON.parse` called by the loader counts as data.
 * `(program)` (the engine outside JavaScript), `(garbage collector)` and `(idle)` samples
 * are kept apart: the split is of JavaScript time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { fileFor } from './server.mjs';

export const SCRIPT_CATEGORIES = ['data', 'layout', 'render', 'other'];

/**
 * The category of a source file named in a source map (`../src/data/load.ts`,
 * `../node_modules/lit-html/lit-html.js`, `../data/cooperation.json`):
 * - data: `src/data/**`, and the bundled dataset (`data/*.json` at the project's root);
 * - layout: `src/geo/**`, `src/time/**`, files named `*-layout*` or `*-model*`, `d3-*`, `topojson*`;
 * - render: `lit*`, `@lit/*`, `src/components/**`, `src/controllers/**`;
 * - other: the rest (events, localization, export, the loader, other packages).
 */
export function categoryOf(source) {
  const path = source.replace(/\\/g, '/').replace(/^(webpack:\/\/\/?|\.\.?\/)+/, '').replace(/^(\.\.\/)+/, '');
  const file = path.split('/').pop();
  if (/(^|\/)src\/data\//.test(path) || /^data\/[^/]+\.json$/.test(path)) return 'data';
  if (/(^|\/)src\/(geo|time)\//.test(path) || /-(layout|model)[^/]*$/.test(file)) return 'layout';
  if (/(^|\/)node_modules\/(d3-[^/]+|topojson[^/]*)\//.test(path)) return 'layout';
  if (/(^|\/)node_modules\/(lit[^/]*|@lit\/[^/]+)\//.test(path)) return 'render';
  if (/(^|\/)src\/(components|controllers)\//.test(path)) return 'render';
  return 'other';
}

const consumers = new Map();
/** The source map consumer for a script URL of ours (under /dist/), or null. */
function consumerFor(url) {
  if (consumers.has(url)) return consumers.get(url);
  let consumer = null;
  try {
    const { pathname } = new URL(url);
    const file = pathname.startsWith('/dist/') ? fileFor(pathname) : null;
    if (file) {
      const named = /\/\/# sourceMappingURL=([^\s]+)\s*$/.exec(readFileSync(file, 'utf8').slice(-500))?.[1];
      const mapFile = named && !named.startsWith('data:') ? fileFor(new URL(named, url).pathname) : existsSync(file + '.map') ? file + '.map' : null;
      if (mapFile) consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    }
  } catch {
    consumer = null;
  }
  consumers.set(url, consumer);
  return consumer;
}

/** The source file a function of `url` starting at (line, column), 0-based, comes from, or null. */
function sourceAt(url, line, column) {
  const consumer = consumerFor(url);
  if (!consumer) return null;
  const at = { line: line + 1, column: Math.max(0, column) };
  const pos = consumer.originalPositionFor(at);
  if (pos.source) return pos.source;
  return consumer.originalPositionFor({ ...at, bias: SourceMapConsumer.LEAST_UPPER_BOUND }).source ?? null;
}

const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

const SPECIAL = { '(program)': 'program', '(garbage collector)': 'gc', '(idle)': 'idle', '(root)': 'idle' };

/**
 * `{ ms: { data, layout, render, other }, share: {…}, program, gc, idle, bySource }` from a
 * CDP profile: milliseconds of samples per category, each category's share of JavaScript
 * time, and the ten heaviest source files.
 */
export function attributeProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const classify = (id) => {
    if (memo.has(id)) return memo.get(id);
    const { callFrame } = byId.get(id);
    let result;
    if (SPECIAL[callFrame.functionName] && !callFrame.url) result = { category: SPECIAL[callFrame.functionName], source: callFrame.functionName };
    else if (callFrame.url) {
      const source = sourceAt(callFrame.url, callFrame.lineNumber, callFrame.columnNumber);
      result = source ? { category: categoryOf(source), source } : { category: 'other', source: pathOf(callFrame.url) };
    } else {
      const up = parent.get(id);
      result = up != null ? classify(up) : { category: 'other', source: '(native)' };
      if (result.category === 'idle' || result.category === 'program') result = { category: 'other', source: '(native)' };
    }
    memo.set(id, result);
    return result;
  };
  const ms = { data: 0, layout: 0, render: 0, other: 0, program: 0, gc: 0, idle: 0 };
  const bySource = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one.
    const dt = (i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0) / 1000;
    const { category, source } = classify(samples[i]);
    ms[category] += dt;
    if (SCRIPT_CATEGORIES.includes(category)) bySource.set(source, (bySource.get(source) ?? 0) + dt);
  }
  const js = SCRIPT_CATEGORIES.reduce((n, c) => n + ms[c], 0);
  return {
    ms: Object.fromEntries(SCRIPT_CATEGORIES.map((c) => [c, ms[c]])),
    share: Object.fromEntries(SCRIPT_CATEGORIES.map((c) => [c, js ? ms[c] / js : 0])),
    program: ms.program,
    gc: ms.gc,
    idle: ms.idle,
    bySource: [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([source, t]) => ({ source, category: categoryOf(source), ms: t })),
  };
}
