#!/usr/bin/env node
// The README's reference must not fall behind the elements: every attribute, event,
// custom property and part in custom-elements.json has to be named (in backticks) in it.
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const missing = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const named = (kind, name) => !readme.includes(`\`${name}\``) && missing.push(`${d.tagName} ${kind} ${name}`);
    for (const a of d.attributes ?? []) named('attribute', a.name);
    for (const e of d.events ?? []) named('event', e.name);
    for (const p of d.cssProperties ?? []) named('custom property', p.name);
    for (const p of d.cssParts ?? []) named('part', p.name);
  }
}
for (const m of missing) console.error(`✗ README.md does not mention ${m}`);
console.log(`check-readme: ${missing.length ? `${missing.length} missing` : 'every attribute, event, custom property and part is documented'}.`);
process.exit(missing.length ? 1 : 0);
