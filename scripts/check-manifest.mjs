#!/usr/bin/env node
// Fails when custom-elements.json (committed, read by Storybook and shipped on npm) is not
// what the analyzer makes of the current JSDoc. `npm run analyze` regenerates it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', relative(process.cwd(), out)], { stdio: 'pipe' }); // outdir is taken relative to the working directory
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {}
  if (fresh !== committed) {
    console.error('check-manifest: custom-elements.json is out of date with the JSDoc; run `npm run analyze`.');
    process.exit(1);
  }
  console.log('check-manifest: custom-elements.json matches the elements.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
