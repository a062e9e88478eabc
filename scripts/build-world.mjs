#!/usr/bin/env node
// Derives the world topology the map bundles from world-atlas (Natural Earth 1:110m):
// the same shapes and arcs, with each country tagged by its ISO 3166-1 alpha-2 code (the
// code the data uses, and the one Intl.DisplayNames names in the page's language) instead
// of an English name and a numeric code. Writes src/geo/world-110m.json; `--check` fails
// when the committed file is not what world-atlas produces (run by `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const iso = require('iso-3166-1');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'src/geo/world-110m.json');
const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

// Natural Earth shapes without a numeric ISO code: Kosovo has the user-assigned "XK" that
// Intl knows; the others are left without a code (drawn, never highlighted as a partner).
const UNCODED = { Kosovo: 'XK' };

const countries = source.objects.countries;
const topology = {
  type: 'Topology',
  bbox: source.bbox,
  transform: source.transform,
  objects: {
    countries: {
      type: countries.type,
      geometries: countries.geometries.map(({ type, arcs, id, properties }) => {
        const code = (id && iso.whereNumeric(id)?.alpha2) ?? UNCODED[properties.name] ?? null;
        return code ? { type, arcs, id: code } : { type, arcs };
      }),
    },
    land: source.objects.land,
  },
  arcs: source.arcs,
};
const text = JSON.stringify(topology);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('build-world: src/geo/world-110m.json is out of date; run `node scripts/build-world.mjs`.');
    process.exit(1);
  }
  console.log('build-world: the bundled world matches world-atlas.');
} else {
  writeFileSync(target, text);
  console.log(`build-world: wrote ${target} (${text.length} bytes, from ${JSON.stringify(source).length})`);
}
