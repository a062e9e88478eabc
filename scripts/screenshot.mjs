#!/usr/bin/env node
// Takes screenshots of Storybook stories as a visitor sees them, from the static build
// (`npm run build-storybook` first), in Debian's Chromium (or CHROME_PATH).
// Usage: node scripts/screenshot.mjs <story-id>[,<story-id>...] [--width 1280] [--height 800] [--out screenshots] [--full]
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPath } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ids = (args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && a !== option('out')) ?? '').split(',').filter(Boolean);
const width = Number(option('width', 1280));
const height = Number(option('height', 800));
const out = resolve(root, option('out', 'screenshots'));
const site = join(root, 'storybook-static');
if (!ids.length || !existsSync(site)) {
  console.error('usage: node scripts/screenshot.mjs <story-id>[,...] (after npm run build-storybook)');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(site) || !existsSync(path) || statSync(path).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: browserPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const id of ids) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log(`[${id}] console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${id}] page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const file = join(out, `${id}-${width}.png`);
    await page.screenshot({ path: file, fullPage: args.includes('--full') });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
