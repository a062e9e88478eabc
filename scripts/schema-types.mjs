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

// The values of the schema's enumerations, for code that checks an attribute or a cell
// against them (the types above say the same at compile time).
const enums = [
  ['PARTNERSHIP_STATUSES', schema.$defs.Partnership.properties.status],
  ['PARTNERSHIP_KINDS', schema.$defs.Partnership.properties.kind],
  ['EVENT_STATUSES', schema.$defs.DatedEvent.properties.status],
  ['EVENT_KINDS', schema.$defs.DatedEvent.properties.kind],
  ['ACTIVITY_TYPES', schema.$defs.Activity.properties.type],
  ['PRECISIONS', schema.$defs.Precision],
  ['ORGANISATION_KINDS', schema.$defs.OrganisationKind],
];
const vocabularyTarget = resolve(root, 'src/data/vocabulary.generated.ts');
const vocabulary = `${banner}

${enums
  .map(([name, node]) => {
    if (!Array.isArray(node?.enum)) throw new Error(`schema-types: ${name} has no enum in the schema`);
    return `export const ${name} = ${JSON.stringify(node.enum)} as const;`;
  })
  .join('\n')}
`;

const outputs = [
  [target, code],
  [vocabularyTarget, vocabulary],
];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`schema-types: ${file} is out of date with data/cooperation.schema.json; run \`npm run gen:types\`.`);
      process.exit(1);
    }
  }
  console.log('schema-types: TypeScript types and vocabularies agree with the schema.');
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`schema-types: wrote ${outputs.map(([file]) => file).join(', ')}`);
}
