/**
 * The bench's data, written to bench/out/ at bench start (gitignored), each file in our
 * schema (data/cooperation.schema.json) and, for the anchors, the very same records in
 * their own formats:
 *
 * - synthetic-5000.json: 5,000 partnerships of one home, no events (`<coop-map src>`), and
 *   echarts-5000.js, the same lines and points for ECharts;
 * - synthetic-events-10000.json: 10,000 events (`<coop-timeline src>`), and
 *   vis-timeline-10000.js, the same events for vis-timeline;
 * - atlas/: a generated national atlas, 32 institutions, 3,000 partnerships, 8,000
 *   events, split by institution (index.json and one file per institution, written by
 *   scripts/split-dataset.mjs, as the README tells a site to publish it);
 * - datamaps-angers.js, timelinejs-angers.js, vis-timeline-angers.js: CHU d'Angers' arcs
 *   and events from data/cooperation.json, as Datamaps, TimelineJS and vis-timeline take
 *   them;
 * - world-110m.geo.js: world-atlas' countries-110m as GeoJSON (3 decimals), for ECharts'
 *   registerMap;
 * The anchors' data are classic scripts that set `window.BENCH_DATA` (`BENCH_WORLD`): the
 * way a page inlines them, available synchronously, with no extra request to wait for (the
 * anchors' best case; our elements bundle their data or fetch `src`).
 * - timelinejs-font.default.css: TimelineJS' own font.default.css with its Google Fonts
 *   URLs pointed at the same faces served locally (@fontsource), since the bench, like our
 *   elements, never asks a third party for anything.
 *
 * The datasets come from bench/datasets.js, which the tests and stories use too.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { writeSplitDataset } from '../scripts/split-dataset.mjs';
import { outDir, root } from './server.mjs';
import { atlasDataset, syntheticDataset } from './datasets.js';

/**
 * Writes the atlas where the atlas pages find it, split by institution: `/out/atlas/index.json`
 * and one file per institution. Returns what it wrote and what the pages should know.
 */
export function writeAtlas(dir = outDir) {
  const atlas = atlasDataset();
  // Split by institution, as the README tells a national atlas to publish it: an element
  // loads the index and its institutions' files only.
  const files = writeSplitDataset(atlas, join(dir, 'atlas')).map((name) => `atlas/${name}`);
  const count = (id) => ({
    partnerships: atlas.partnerships.filter((p) => p.institution === id).length,
    events: atlas.events.filter((e) => e.institution === id).length,
  });
  return {
    files,
    src: '/out/atlas/index.json',
    institutions: atlas.institutions.length,
    partnerships: atlas.partnerships.length,
    events: atlas.events.length,
    'atlas-01': count('atlas-01'),
  };
}

/** A partial date ("2014", "2014-09", "2014-09-12", "198X") as [year, month?, day?]. */
function dateParts(point) {
  const [y, m, d] = point.replace(/X$/, '5').split('-').map(Number);
  return [y, m, d];
}

/** vis-timeline's start/end (ISO dates), and whether the event is a period. */
function visDates(date) {
  const pad = (n) => String(n).padStart(2, '0');
  const iso = ([y, m, d]) => `${String(y).padStart(4, '0')}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
  const start = iso(dateParts(date.start));
  if (!date.end) return { start };
  const [y, m, d] = dateParts(date.end);
  // The end of a partial end date: the last day of its year or month.
  const last = d ? [y, m, d] : m ? [y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()] : [y, 12, 31];
  return { start, end: iso(last) };
}

/** TimelineJS' start_date/end_date objects. */
function timelineJsDate(point) {
  const [year, month, day] = dateParts(point);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const text = (t) => (t ? (t.fr ?? t.en ?? '') : '');

/** CHU d'Angers' arcs (home → each located partner) and bubbles, as Datamaps takes them. */
export function datamapsData(dataset, institution = 'chu-angers') {
  const home = dataset.institutions.find((i) => i.id === institution);
  const partners = dataset.partnerships.filter((p) => p.institution === institution).flatMap((p) => p.partners).filter((x) => x.lat != null && x.lon != null);
  return {
    arcs: partners.map((x) => ({ origin: { latitude: home.lat, longitude: home.lon }, destination: { latitude: x.lat, longitude: x.lon } })),
    bubbles: [
      { name: text(home.name), latitude: home.lat, longitude: home.lon, radius: 6, fillKey: 'home' },
      ...partners.map((x) => ({ name: text(x.name) || x.city || x.country, latitude: x.lat, longitude: x.lon, radius: 5, fillKey: 'partner' })),
    ],
  };
}

/** An institution's events as TimelineJS' JSON (title.fr, description.fr, partial dates). */
export function timelineJsData(dataset, institution = 'chu-angers') {
  return {
    events: dataset.events
      .filter((e) => e.institution === institution)
      .map((e) => ({
        start_date: timelineJsDate(e.date.start),
        ...(e.date.end ? { end_date: timelineJsDate(e.date.end) } : {}),
        text: { headline: text(e.title), text: text(e.description) },
        unique_id: e.id,
      })),
  };
}

/** Events as vis-timeline items: id, content (the French title), start and, for periods, end. */
export function visTimelineItems(events) {
  return events.map((e) => ({ id: e.id, content: text(e.title), ...visDates(e.date) }));
}

/** 5,000 partnerships as ECharts lines (home → partner) and scatter points, [lon, lat]. */
export function echartsData(dataset) {
  const home = dataset.institutions[0];
  const partners = dataset.partnerships.flatMap((p) => p.partners).filter((x) => x.lat != null && x.lon != null);
  return {
    home: [home.lon, home.lat],
    lines: partners.map((x) => [[home.lon, home.lat], [x.lon, x.lat]]),
    points: partners.map((x) => [x.lon, x.lat]),
  };
}

/** TimelineJS' default font CSS with each Google Fonts face replaced by the same face's latin and latin-ext subsets served here. */
export function timelineJsFontCss() {
  const css = readFileSync(join(root, 'node_modules/@knight-lab/timelinejs/dist/css/fonts/font.default.css'), 'utf8');
  const families = { 'PT Sans': 'pt-sans', 'PT Sans Narrow': 'pt-sans-narrow', 'PT Serif': 'pt-serif' };
  return css.replace(/@font-face\s*{[^}]*}/g, (face) => {
    const family = /font-family:\s*'([^']+)'/.exec(face)[1];
    const style = /font-style:\s*(\w+)/.exec(face)[1];
    const weight = /font-weight:\s*(\d+)/.exec(face)[1];
    const pkg = families[family];
    if (!pkg) throw new Error(`timelinejs font: no local copy of ${family}`);
    const own = readFileSync(join(root, `node_modules/@fontsource/${pkg}/${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
    return ['latin-ext', 'latin']
      .map((subset) => {
        const block = own.split('@font-face').find((b) => b.includes(`${pkg}-${subset}-${weight}-${style}.woff2`));
        const range = /unicode-range:\s*([^;]+);/.exec(block)[1];
        const url = `/anchors/fontsource-${pkg}/files/${pkg}-${subset}-${weight}-${style}.woff2`;
        return `@font-face {\n  font-family: '${family}';\n  font-style: ${style};\n  font-weight: ${weight};\n  font-display: swap;\n  src: url(${url}) format('woff2');\n  unicode-range: ${range};\n}`;
      })
      .join('\n');
  });
}

/** Writes every file of bench/out/; returns a summary of what was written. */
export function writeBenchData(dir = outDir) {
  mkdirSync(dir, { recursive: true });
  const write = (name, value) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  const script = (name, global, value) => write(name, `window.${global} = ${JSON.stringify(value)};\n`);
  const bundled = JSON.parse(readFileSync(join(root, 'data/cooperation.json'), 'utf8'));

  const partnerships = syntheticDataset(5_000, 0);
  write('synthetic-5000.json', partnerships);
  script('echarts-5000.js', 'BENCH_DATA', echartsData(partnerships));

  const events = syntheticDataset(500, 10_000);
  write('synthetic-events-10000.json', events);
  script('vis-timeline-10000.js', 'BENCH_DATA', visTimelineItems(events.events));

  script('datamaps-angers.js', 'BENCH_DATA', datamapsData(bundled));
  script('timelinejs-angers.js', 'BENCH_DATA', timelineJsData(bundled));
  script('vis-timeline-angers.js', 'BENCH_DATA', visTimelineItems(bundled.events.filter((e) => e.institution === 'chu-angers')));

  const topology = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
  const world = feature(topology, topology.objects.countries);
  script('world-110m.geo.js', 'BENCH_WORLD', JSON.parse(JSON.stringify(world, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v))));
  write('timelinejs-font.default.css', timelineJsFontCss());

  const atlas = writeAtlas(dir);
  return {
    'synthetic-5000': { partnerships: partnerships.partnerships.length, arcs: echartsData(partnerships).lines.length },
    'synthetic-events-10000': { events: events.events.length },
    'chu-angers': { arcs: datamapsData(bundled).arcs.length, events: timelineJsData(bundled).events.length },
    atlas,
  };
}
