#!/usr/bin/env node
// Splits a dataset by home institution, for a site whose data is too large for one file
// (a national atlas: dozens of institutions, thousands of partnerships): an element with
// `institution="…"` then downloads the list and its institutions' files only.
//
//   node scripts/split-dataset.mjs atlas.json public/atlas/
//
// writes public/atlas/index.json (institutions, domains, documents, and `parts`: each
// institution's file) and one file per institution, named after its content's hash
// (`chu-x.3f9a1c2e.json`), so a server can let browsers keep them for good while
// index.json is revalidated. Point `src` at index.json.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The files of `data` split by institution: `index.json` and one file per institution with records, by name. */
export function splitDataset(data) {
  const files = {};
  const parts = {};
  for (const institution of data.institutions) {
    const part = {
      version: 1,
      institutions: [],
      partnerships: data.partnerships.filter((p) => p.institution === institution.id),
      events: data.events.filter((e) => e.institution === institution.id),
    };
    if (!part.partnerships.length && !part.events.length) continue;
    const text = `${JSON.stringify(part)}\n`;
    const file = `${institution.id}.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.json`;
    files[file] = text;
    parts[institution.id] = file;
  }
  const index = {
    ...(data.$schema ? { $schema: data.$schema } : {}),
    version: 1,
    ...(data.documents ? { documents: data.documents } : {}),
    ...(data.domains ? { domains: data.domains } : {}),
    institutions: data.institutions,
    partnerships: [],
    events: [],
    parts,
  };
  files['index.json'] = `${JSON.stringify(index, null, 1)}\n`;
  return files;
}

/** Writes `data` split by institution into `outDir`; returns the file names. */
export function writeSplitDataset(data, outDir) {
  mkdirSync(outDir, { recursive: true });
  const files = splitDataset(data);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return Object.keys(files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input, outDir] = process.argv.slice(2);
  if (!input || !outDir) {
    console.error('usage: node scripts/split-dataset.mjs DATASET.json OUTPUT-FOLDER');
    process.exit(2);
  }
  const names = writeSplitDataset(JSON.parse(readFileSync(input, 'utf8')), outDir);
  console.log(`split-dataset: ${names.length - 1} institution files and index.json in ${outDir}`);
}
