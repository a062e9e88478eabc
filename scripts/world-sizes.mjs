#!/usr/bin/env node
// What the geography modules weigh in a page: each entry bundled by Vite (rolldown,
// minified, as the dist build does), gzip -9 of every chunk, once as is and once with the
// generated data emptied, which leaves the run-time code alone.
// Usage: node scripts/world-sizes.mjs
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entries = {
  'map-projection (default world, fitToBox, loadProjection)': 'src/geo/map-projection.ts',
  'arcs (arcPath, greatCircleArc)': 'src/geo/arcs.ts',
  'locator (card)': 'src/geo/locator.ts',
};

/** Replaces the generated modules' strings (paths, TopoJSON, the locator world) with ''. */
const withoutData = {
  name: 'without-generated-data',
  load(id) {
    if (!id.includes('/src/geo/generated/')) return null;
    return readFileSync(id, 'utf8')
      .replace(/'\{[^'\n]*'/g, "'{}'")
      .replace(/"[^"\n]{40,}"/g, "''");
  },
};

async function chunks(entry, plugins) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins,
    build: { write: false, target: 'es2022', lib: { entry: resolve(root, entry), formats: ['es'] }, rolldownOptions: { output: { minify: true } } },
  });
  return [out].flat()[0].output.filter((c) => c.type === 'chunk').map((c) => ({ name: c.isEntry ? 'entry' : c.fileName.replace(/-[\w-]{8}\.js$/, ''), code: c.code }));
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const [label, entry] of Object.entries(entries)) {
  const all = await chunks(entry, []);
  const code = await chunks(entry, [withoutData]);
  for (const [i, c] of all.entries()) {
    const gz = gzipSync(c.code, { level: 9 }).length;
    const codeGz = gzipSync(code[i].code, { level: 9 }).length;
    console.log(`${label} ${c.name}: ${kib(c.code.length)} minified, ${kib(gz)} gzip (code alone ${kib(codeGz)})`);
  }
}
