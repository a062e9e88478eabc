#!/usr/bin/env node
// Checks what `npm pack` would publish (after `npm run build`): every file the exports
// map, the manifest and the README's snippets point to is there, and nothing else
// (sources, tests, stories, benchmarks) is. Prints the package's size.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(report.files.map((f) => f.path));
const problems = [];

const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
for (const target of targets) {
  if (target.includes('*')) {
    const prefix = target.slice(2, target.indexOf('*'));
    if (![...files].some((f) => f.startsWith(prefix))) problems.push(`exports: nothing matches ${target}`);
  } else if (!files.has(target.replace(/^\.\//, ''))) problems.push(`exports: ${target} is not in the package`);
}
for (const needed of ['dist/coop-widgets.js', 'dist/coop-widgets.iife.js', 'dist/check.html', 'dist/check.js', 'dist/embed.html', 'dist/coop-embed-frame.js', 'dist/coop-embed.js', ...Object.values(pkg.bin ?? {}), pkg.customElements, pkg.types.replace(/^\.\//, ''), 'README.md', 'LICENSE']) {
  if (!files.has(needed)) problems.push(`missing: ${needed}`);
}
for (const file of files) {
  if (/^(src|test|stories|bench|scripts|\.storybook|\.ci|node_modules|screenshots|storybook-static)\//.test(file)) problems.push(`should not be published: ${file}`);
  if (file.endsWith('.map') && file.startsWith('lib/types')) problems.push(`declaration map without sources: ${file}`);
}
for (const p of problems) console.error(`✗ ${p}`);
console.log(`check-pack: ${report.name}@${report.version}, ${files.size} files, ${(report.size / 1024).toFixed(0)} kB packed, ${(report.unpackedSize / 1024).toFixed(0)} kB unpacked.`);
process.exit(problems.length ? 1 : 0);
