#!/usr/bin/env node
// The README and the elements' JSDoc (custom-elements.json) must say the same: every
// attribute, event, custom property and part in the manifest is named (in backticks) in the
// README, and every custom property and event the README names is declared by an element
// (@cssprop, @fires, with its type).
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const missing = [];
const declared = { property: new Set(), event: new Set() };
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const named = (kind, name) => !readme.includes(`\`${name}\``) && missing.push(`README.md does not mention ${d.tagName} ${kind} ${name}`);
    for (const a of d.attributes ?? []) named('attribute', a.name);
    for (const e of d.events ?? []) {
      named('event', e.name);
      declared.event.add(e.name);
      if (!e.type?.text) missing.push(`${d.tagName}: @fires ${e.name} has no {Type}`);
    }
    for (const p of d.cssProperties ?? []) {
      named('custom property', p.name);
      declared.property.add(p.name);
    }
    for (const p of d.cssParts ?? []) named('part', p.name);
  }
}
for (const name of new Set(readme.match(/`--coop-[a-z-]+`/g)?.map((m) => m.slice(1, -1)))) {
  if (!declared.property.has(name)) missing.push(`README.md documents ${name}, which no element declares with @cssprop`);
}
for (const name of new Set(readme.match(/`coop-(?:select|load|error|[a-z]+-[a-z]+)`(?=\s*\|)/g)?.map((m) => m.slice(1, -1)))) {
  if (!declared.event.has(name)) missing.push(`README.md's events table names ${name}, which no element declares with @fires`);
}
for (const m of missing) console.error(`✗ ${m}`);
console.log(`check-readme: ${missing.length ? `${missing.length} problems` : 'the README and the elements declare the same attributes, events, custom properties and parts'}.`);
process.exit(missing.length ? 1 : 0);
