#!/usr/bin/env node
/**
 * `npm run check:locales`: every French string of the sources (`msg()`) has an English and an
 * Arabic translation, and the generated locale modules are built from the current XLIFF
 * files. Runs lit-localize's own extraction (which rewrites xliff/ with any new string) and
 * build, then compares: a string added without its translations, or an XLIFF edited without
 * `npm run localize`, fails with what is missing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LOCALES = ['en', 'ar'];
const generated = (lang) => readFileSync(`src/generated/locales/${lang}.ts`, 'utf8');
const before = Object.fromEntries(LOCALES.map((l) => [l, generated(l)]));
const run = (command) => execFileSync('npx', ['lit-localize', command], { stdio: ['ignore', 'ignore', 'inherit'] });

run('extract');
const problems = [];
for (const lang of LOCALES) {
  const xliff = readFileSync(`xliff/${lang}.xlf`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!body.includes('<target')) problems.push(`${lang}: no translation of ${id} « ${/<source>([\s\S]*?)<\/source>/.exec(body)[1].slice(0, 80)} »`);
  }
}
run('build');
for (const lang of LOCALES) if (generated(lang) !== before[lang]) problems.push(`src/generated/locales/${lang}.ts was out of date with xliff/${lang}.xlf (rebuilt now: commit it)`);

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(problems.length ? `check-locales: ${problems.length} problems (translate in xliff/*.xlf, then npm run localize).` : 'check-locales: every string has its English and Arabic translation.');
process.exit(problems.length ? 1 : 0);
