#!/usr/bin/env node
// Validates a dataset (default: the bundled data/cooperation.json) against
// data/cooperation.schema.json with Ajv, the reference JSON Schema 2020-12 validator.
// Usage: node scripts/validate-data.mjs [file.json]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? resolve(root, 'data/cooperation.json'));
const schema = JSON.parse(readFileSync(resolve(root, 'data/cooperation.schema.json'), 'utf8'));
const data = JSON.parse(readFileSync(file, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword('x-expected');
const validate = ajv.compile(schema);
if (validate(data)) {
  const n = (k) => (data[k] ?? []).length;
  console.log(
    `validate-data: ${file} is valid (${n('institutions')} institutions, ${n('partnerships')} partnerships, ${n('events')} events, ${n('documents')} documents).`,
  );
} else {
  for (const e of validate.errors ?? []) console.error(`✗ ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  process.exit(1);
}
