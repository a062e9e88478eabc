/**
 * What a page loads, and what it weighs: the page is opened in a fresh browser context, every
 * request it makes is recorded until it is ready and the network has been quiet for 500 ms,
 * and each file served is compressed here (gzip level 9, brotli quality 11), from the very
 * bytes the server sent. Never hard-coded: a build that splits its chunks differently is
 * counted as it is. Shared by `npm run bench` and `npm run check:budgets`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserPath } from '../scripts/browser.mjs';
import { BLANK, HARNESS } from './pages.mjs';
import { fileFor, root } from './server.mjs';

export const CHROME = browserPath();
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Any host but ours fails at once (no DNS wait on a machine without network): a page that
  // asks a third party shows up as a failed request instead of a stall.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
export const VIEWPORT = { width: 1280, height: 800 };

export const launch = () => chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true });
export const newContext = (browser) => browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', serviceWorkers: 'block' });

const sizes = new Map();
/** gzip -9 and brotli -q 11 sizes of a file, cached per file for the process. */
export function compressedSizes(file) {
  let s = sizes.get(file);
  if (!s) {
    const body = readFileSync(file);
    s = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    };
    sizes.set(file, s);
  }
  return s;
}

/** Waits until `isQuiet()` has held for `ms` without a break (polled every 25 ms). */
export async function quietFor(isQuiet, ms, timeout = 30_000) {
  const end = Date.now() + timeout;
  let since = isQuiet() ? Date.now() : null;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 25));
    if (!isQuiet()) since = null;
    else if (since === null) since = Date.now();
    else if (Date.now() - since >= ms) return true;
  }
  return false;
}

/** Records the page's requests from now on: finished and failed ones, and how many are in flight. */
export function recordRequests(page) {
  const inflight = new Set();
  const finished = [];
  const failed = [];
  page.on('request', (r) => inflight.add(r));
  page.on('requestfinished', async (r) => {
    inflight.delete(r);
    const response = await r.response().catch(() => null);
    finished.push({ url: r.url(), status: response?.status() ?? 0, type: r.resourceType() });
  });
  page.on('requestfailed', (r) => {
    inflight.delete(r);
    failed.push({ url: r.url(), error: r.failure()?.errorText ?? 'failed' });
  });
  return { inflight, finished, failed, isQuiet: () => inflight.size === 0 };
}

/** Resolves when the page has set window.__ready (bench/pages/harness.js); rejects after `timeout` ms. */
export async function waitReady(page, timeout) {
  const handle = await page.waitForFunction(() => window.__ready, null, { polling: 20, timeout });
  return handle.jsonValue();
}

/**
 * Opens `origin/pages/<name>.html` in a fresh context, unthrottled, and returns what it loaded:
 * `files` (URL path, project file, raw, gzip and brotli bytes; heaviest gzip first), the
 * totals, and anything a reader should know (`problems`: failed or third-party requests,
 * HTTP errors, coop-error events, page errors). `screenshot`: a path to save the page to.
 */
export async function pageBytes(browser, origin, name, { timeout = 60_000, screenshot = null } = {}) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await page.goto(origin + BLANK);
    const requests = recordRequests(page);
    await page.goto(`${origin}/pages/${name}.html`, { waitUntil: 'commit' });
    try {
      await waitReady(page, timeout);
    } catch {
      problems.push(`not ready after ${timeout / 1000} s`);
    }
    await quietFor(requests.isQuiet, 500);
    const bench = await page.evaluate(() => window.__bench).catch(() => null);
    for (const e of bench?.errors ?? []) problems.push(e);
    if (screenshot) {
      // Datamaps' arcs grow for 600 ms after its draw; give every page the same second.
      await page.waitForTimeout(1000);
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    const files = [];
    const seen = new Set();
    for (const r of requests.finished) {
      const url = new URL(r.url);
      if (url.origin !== origin) {
        problems.push(`third-party request: ${r.url}`);
        continue;
      }
      if (r.status >= 400) problems.push(`HTTP ${r.status}: ${url.pathname}`);
      if (HARNESS.includes(url.pathname) || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      const file = fileFor(url.pathname);
      if (!file) continue;
      files.push({ path: url.pathname, file: relative(root, file), type: r.type, ...compressedSizes(file) });
    }
    for (const r of requests.failed) problems.push(`failed request (${r.error}): ${r.url}`);
    files.sort((a, b) => b.gzip - a.gzip);
    const sum = (k) => files.reduce((n, f) => n + f[k], 0);
    return { page: name, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), problems };
  } finally {
    await context.close();
  }
}

export const kib = (bytes) => bytes / 1024;

/** A page's composition as printable lines: file, gzip and brotli KiB, heaviest first. */
export function compositionLines(result, indent = '    ') {
  const width = Math.min(60, Math.max(...result.files.map((f) => f.path.length)));
  return [
    `${indent}${'file'.padEnd(width)}  ${'gzip KiB'.padStart(8)}  ${'brotli'.padStart(7)}  ${'raw'.padStart(8)}`,
    ...result.files.map((f) => `${indent}${f.path.padEnd(width)}  ${kib(f.gzip).toFixed(1).padStart(8)}  ${kib(f.brotli).toFixed(1).padStart(7)}  ${kib(f.raw).toFixed(1).padStart(8)}`),
    `${indent}${'total'.padEnd(width)}  ${kib(result.gzip).toFixed(1).padStart(8)}  ${kib(result.brotli).toFixed(1).padStart(7)}  ${kib(result.raw).toFixed(1).padStart(8)}`,
  ];
}
