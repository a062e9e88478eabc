#!/usr/bin/env node
// Checks the promise of the bundled data: every quote it cites stands verbatim in the
// document it names. The seeds live outside the package (../shared/seeds beside the
// checkout, or SEEDS_DIR); where they are absent the check says so and passes.
// White space is folded before comparing: the seeds wrap lines and pad words, and a quote
// that crosses a line break is still the document's own words.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
const dataset = JSON.parse(readFileSync(join(root, 'data/cooperation.json'), 'utf8'));

if (!existsSync(seedsDir)) {
  console.log(`check-quotes: no seed documents at ${seedsDir}; skipped (set SEEDS_DIR to check).`);
  process.exit(0);
}

const fold = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const documents = new Map(
  readdirSync(seedsDir).map((file) => [file, fold(readFileSync(join(seedsDir, file), 'utf8'))]),
);
const listed = new Set((dataset.documents ?? []).map((d) => d.file));

/** Yields every citation ({document, quote}) in the dataset with its JSON path. */
function* citations(value, path) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citations(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    if (typeof value.document === 'string' && typeof value.quote === 'string') yield { path, ...value };
    for (const [key, item] of Object.entries(value)) yield* citations(item, path ? `${path}.${key}` : key);
  }
}

const failures = [];
let count = 0;
const perDocument = new Map();
for (const { path, document, quote } of citations(dataset, '')) {
  count++;
  perDocument.set(document, (perDocument.get(document) ?? 0) + 1);
  if (!listed.has(document)) failures.push(`${path}: document "${document}" is not listed in documents[]`);
  const text = documents.get(document);
  if (text === undefined) failures.push(`${path}: no seed document named "${document}"`);
  else if (!text.includes(fold(quote))) failures.push(`${path}: quote not found verbatim in ${document}: "${quote}"`);
}

for (const f of failures) console.error(`✗ ${f}`);
const summary = [...perDocument].map(([d, n]) => `${d}: ${n}`).join(', ');
console.log(`check-quotes: ${count - failures.length} of ${count} quotes found verbatim (${summary}).`);
process.exit(failures.length === 0 && count > 0 ? 0 : 1);
