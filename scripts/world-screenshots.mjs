#!/usr/bin/env node
// Screenshots to judge the generated worlds by eye, in Debian's Chromium (or CHROME_PATH):
// today's map (world-110m.json projected by d3 in the browser) beside the generated Equal
// Earth world, on a 1200 x 675 map at zoom 1 and at zoom 4 over West Africa, and today's card
// locators beside the new ones. Writes PNGs to screenshots/world/ (not committed).
// Usage: node scripts/world-screenshots.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { chromium } from 'playwright-core';
import { browserPath } from './browser.mjs';
import { feature, mesh } from 'topojson-client';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'screenshots/world');
mkdirSync(out, { recursive: true });

/** Bundles TypeScript modules for Node, so the real run-time code draws the new side. */
let loads = 0;
async function load(exports) {
  // A directory per bundle: Node caches modules by URL.
  const dir = join(tmpdir(), `coop-world-${process.pid}-${loads++}`);
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, exports);
  const result = await build({ configFile: false, logLevel: 'silent', root, build: { write: false, target: 'es2022', lib: { entry, formats: ['es'] } } });
  const file = join(dir, 'bundle.mjs');
  writeFileSync(file, [result].flat()[0].output[0].code);
  const module = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return module;
}
const src = (path) => JSON.stringify(resolve(root, path));
const { equalEarth, fitToBox, locatorMap } = await load(
  `export { equalEarth, fitToBox } from ${src('src/geo/map-projection.ts')}; export { locatorMap } from ${src('src/geo/locator.ts')};`,
);
const { locatorMap: todayLocator } = await load(`export { locatorMap } from ${src('src/components/coop-card/card-locator.ts')};`);

const W = 1200;
const H = 675;
const partners = new Set(['ML', 'DJ', 'CD', 'DZ', 'TG', 'KZ', 'VN', 'GR', 'KE', 'TZ', 'JO', 'MR', 'GA', 'BF', 'CI', 'NG', 'SN']);
const westAfrica = [-5, 12];

function todayMap(zoom) {
  const world = JSON.parse(readFileSync(resolve(root, 'src/geo/world-110m.json'), 'utf8'));
  const countries = feature(world, world.objects.countries).features;
  const projection = geoEqualEarth().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'FeatureCollection', features: countries.filter((c) => c.id !== 'AQ') });
  const path = geoPath(projection);
  const [cx, cy] = projection(westAfrica);
  const t = zoom === 1 ? { k: 1, x: 0, y: 0 } : { k: zoom, x: W / 2 - cx * zoom, y: H / 2 - cy * zoom };
  return `<g transform="translate(${t.x} ${t.y}) scale(${t.k})"><path class="sphere" d="${path({ type: 'Sphere' })}"/>${countries
    .map((c) => `<path class="country ${partners.has(c.id) ? 'partner' : ''}" d="${path(c)}"/>`)
    .join('')}<path class="borders" vector-effect="non-scaling-stroke" d="${path(mesh(world, world.objects.countries, (a, b) => a !== b))}"/></g>`;
}

function newMap(zoom) {
  // One transform: the fit to the box, then the zoom around West Africa.
  const fit = fitToBox(equalEarth, W, H);
  const [px, py] = equalEarth.project(westAfrica);
  const t = zoom === 1 ? { k: 1, x: 0, y: 0 } : { k: zoom, x: W / 2 - (fit.x + fit.k * px) * zoom, y: H / 2 - (fit.y + fit.k * py) * zoom };
  return `<g transform="translate(${t.x + t.k * fit.x} ${t.y + t.k * fit.y}) scale(${t.k * fit.k})"><path class="sphere" d="${equalEarth.sphere}"/>${equalEarth.countries
    .map((c) => `<path class="country ${partners.has(c.code) ? 'partner' : ''}" d="${c.d}"/>`)
    .join('')}<path class="borders" vector-effect="non-scaling-stroke" d="${equalEarth.borders}"/></g>`;
}

const mapStyle = `body{margin:0;font:13px sans-serif}figure{margin:0}.sphere{fill:#eef3f7}.country{fill:#e4e1da}.country.partner{fill:#cfe5e0}
.borders{fill:none;stroke:#b3aea3;stroke-width:.6px}svg{display:block;background:#eef3f7}`;
const figure = (body, caption, w = W, h = H, x = 0, y = 0) => `<figure><svg width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}">${body}</svg><figcaption>${caption}</figcaption></figure>`;

const cases = {
  'Togo (Lomé)': [{ name: null, country: 'TG', city: 'Lomé', lat: 6.1319, lon: 1.2228, precision: 'city' }],
  'Togo (country)': [{ name: null, country: 'TG', precision: 'country' }],
  'Vietnam (Hanoï)': [{ name: null, country: 'VN', city: 'Hanoï', lat: 21.0285, lon: 105.8542, precision: 'city' }],
  'Kazakhstan (country)': [{ name: null, country: 'KZ', lat: 48.0196, lon: 66.9237, precision: 'country' }],
  'Kazakhstan (Almaty)': [{ name: null, country: 'KZ', city: 'Almaty', lat: 43.2389, lon: 76.8897, precision: 'city' }],
  'Djibouti (city)': [{ name: null, country: 'DJ', city: 'Djibouti', lat: 11.5886, lon: 43.145, precision: 'city' }],
  'Djibouti (country)': [{ name: null, country: 'DJ', lat: 11.8251, lon: 42.5903, precision: 'country' }],
  'Mali + Senegal': [
    { name: null, country: 'ML', city: 'Bamako', lat: 12.64, lon: -8, precision: 'city' },
    { name: null, country: 'SN', city: 'Dakar', lat: 14.7, lon: -17.45, precision: 'city' },
  ],
};
const locatorStyle = `body{margin:8px;font:12px sans-serif;background:#fff}td{padding:4px 8px;vertical-align:top}
.locator{border-radius:4px;background:color-mix(in srgb,#fff 70%,#e4e1da);display:block;margin-top:4px}
.locator .country{fill:#e4e1da;stroke:#fff;stroke-width:.5px}.locator .country.highlighted{fill:color-mix(in srgb,#00665e 35%,#fff);stroke:#00665e;stroke-width:1px}
.locator .place{fill:#00665e;stroke:#fff;stroke-width:1.5px}`;
const locatorSvg = (l) =>
  l
    ? `<svg class="locator" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">${l.countries
        .map((c) => `<path class="country ${c.highlighted ? 'highlighted' : ''}" d="${c.d}"/>`)
        .join('')}${l.points.map((p) => `<circle class="place" cx="${p.x}" cy="${p.y}" r="4"/>`).join('')}</svg>`
    : '<i>null</i>';
function locatorTable(names) {
  const row = (label, fn, w, h) => `<tr><td>${label}</td>${names.map((n) => `<td>${n}${locatorSvg(fn(cases[n], w, h))}</td>`).join('')}</tr>`;
  return `<table>${row('today 160×110', todayLocator, 160, 110)}${row('new 160×110', locatorMap, 160, 110)}${row('today 96×72', todayLocator, 96, 72)}${row('new 96×72', locatorMap, 96, 72)}</table>`;
}

const shots = {
  'map-zoom1-today.png': [W, H, 1, `<style>${mapStyle}</style>${figure(todayMap(1), '')}`],
  'map-zoom1-new.png': [W, H, 1, `<style>${mapStyle}</style>${figure(newMap(1), '')}`],
  'map-zoom4-west-africa-today.png': [W, H, 1, `<style>${mapStyle}</style>${figure(todayMap(4), '')}`],
  'map-zoom4-west-africa-new.png': [W, H, 1, `<style>${mapStyle}</style>${figure(newMap(4), '')}`],
  'map-zoom4-west-africa-side-by-side.png': [
    1208,
    430,
    1,
    `<style>${mapStyle}body{display:flex;gap:8px}</style>${figure(todayMap(4), 'today', 600, 400, 300, 140)}${figure(newMap(4), 'new', 600, 400, 300, 140)}`,
  ],
  'locators-1.png': [900, 300, 2, `<style>${locatorStyle}</style>${locatorTable(Object.keys(cases).slice(0, 4))}`],
  'locators-2.png': [900, 300, 2, `<style>${locatorStyle}</style>${locatorTable(Object.keys(cases).slice(4))}`],
};

const browser = await chromium.launch({
  executablePath: browserPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const [name, [width, height, scale, html]] of Object.entries(shots)) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.setContent(`<!doctype html><meta charset="utf-8">${html}`);
    await page.screenshot({ path: join(out, name), fullPage: true });
    await page.close();
    console.log(join(out, name));
  }
} finally {
  await browser.close();
}
