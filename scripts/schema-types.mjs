#!/usr/bin/env node
// Generates src/data/schema.generated.ts from data/cooperation.schema.json, so the
// TypeScript types can never drift from the schema: `--check` fails when the committed
// file differs from what the schema produces (run by `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'src/data/schema.generated.ts');
const schema = JSON.parse(readFileSync(resolve(root, 'data/cooperation.schema.json'), 'utf8'));

// A description beside a $ref makes the generator mint a copy of the referenced type
// (LocalizedText1, LocalizedText2...). The schema keeps those descriptions for editors;
// the types refer to the one named definition.
function dropDescriptionsBesideRefs(node) {
  if (Array.isArray(node)) return node.map(dropDescriptionsBesideRefs);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' && (typeof node.$ref === 'string' || Array.isArray(node.anyOf))) continue;
    out[key] = dropDescriptionsBesideRefs(value);
  }
  return out;
}

const banner = `/* Generated from data/cooperation.schema.json by scripts/schema-types.mjs. Do not edit:
 * change the schema and run \`npm run gen:types\`. */`;
const code = await compile(dropDescriptionsBesideRefs(schema), 'CooperationDataset', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true, printWidth: 100 },
});

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== code) {
    console.error('schema-types: src/data/schema.generated.ts is out of date with data/cooperation.schema.json; run `npm run gen:types`.');
    process.exit(1);
  }
  console.log('schema-types: TypeScript types agree with the schema.');
} else {
  writeFileSync(target, code);
  console.log(`schema-types: wrote ${target}`);
}
