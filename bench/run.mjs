#!/usr/bin/env node
// `npm run bench`: builds the benchmark pages in production mode, serves them on
// 127.0.0.1, opens each in Debian's Chromium (or CHROME_PATH) and prints the figures they
// measure. Figures only: nothing here passes or fails on time.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const outDir = join(benchDir, 'results', 'site');
const pages = readdirSync(benchDir).filter((f) => f.endsWith('.html'));
const only = process.argv.slice(2);

await build({
  root: benchDir,
  base: './',
  logLevel: 'warn',
  configFile: join(root, 'vite.config.ts'),
  build: {
    outDir,
    emptyOutDir: true,
    lib: false,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.html', ''), join(benchDir, p)])), output: { minify: true } },
  },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv' };
const server = createServer((req, res) => {
  const path = join(outDir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(outDir) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const file of pages) {
    const name = file.replace('.html', '');
    if (only.length && !only.includes(name)) continue;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (process.env.BENCH_CONSOLE) page.on('console', (m) => console.log(`[${name}] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`));
    // The pages measure during load (top-level await), so do not wait for the load event.
    await page.goto(`http://127.0.0.1:${port}/${file}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench, null, { timeout: 300_000 });
    const result = await page.evaluate(() => window.__bench);
    console.log(`\n${name}  (Chromium ${browser.version()}, ${new Date().toISOString()})`);
    for (const row of result.rows) {
      if (row.unit === 'fps') {
        console.log(`  ${row.name.padEnd(76)} ${row.median.toFixed(1).padStart(8)} fps   longest frame ${row.worst.toFixed(1)} ms`);
      } else {
        console.log(`  ${row.name.padEnd(76)} median ${row.median.toFixed(1).padStart(8)} ms   min ${row.min.toFixed(1).padStart(8)} ms   (${row.runs} runs)`);
      }
    }
    for (const [key, value] of Object.entries(result.info ?? {})) console.log(`  ${key}: ${value}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
