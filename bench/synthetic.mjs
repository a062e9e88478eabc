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
 * `syntheticDataset` is the Node twin of bench/synthetic.ts (used by tests and stories):
 * the same seeded generator, so the same arguments give the same records.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { writeSplitDataset } from '../scripts/split-dataset.mjs';
import { outDir, root } from './server.mjs';

/** A small linear congruential generator: the same seed gives the same sequence. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const COUNTRIES = ['ML', 'SN', 'MA', 'DZ', 'TG', 'VN', 'KZ', 'GR', 'KE', 'TZ', 'JO', 'CD', 'GA', 'BF', 'CI', 'NG', 'MR', 'DJ'];
const STATUSES = ['active', 'active', 'active', 'planned', 'under-study', 'ended'];
const DOMAINS = ['cardiac-surgery', 'oncology', 'nursing', 'paediatrics', 'emergency-medicine', 'hospital-management'];
const KINDS = ['agreement', 'visit', 'mission', 'caravan', 'training', 'congress'];
const pad = (n) => String(n).padStart(2, '0');

/** A dataset with `partnerships` partnerships and `events` events, for one home institution (as bench/synthetic.ts). */
export function syntheticDataset(partnerships, events, seed = 42) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const data = {
    version: 1,
    institutions: [{ id: 'synthetic', name: { fr: 'CHU Synthétique', en: 'Synthetic University Hospital' }, kind: 'hospital', city: 'Angers', country: 'FR', lat: 47.47, lon: -0.55, precision: 'city' }],
    partnerships: [],
    events: [],
  };
  for (let i = 0; i < partnerships; i++) {
    const year = 1980 + Math.floor(random() * 45);
    data.partnerships.push({
      id: `p-${i}`,
      institution: 'synthetic',
      kind: 'partnership',
      title: { fr: `Partenariat ${i}`, en: `Partnership ${i}` },
      partners: [
        {
          name: { fr: `Hôpital ${i}` },
          kind: 'hospital',
          city: `Ville ${i % 700}`,
          country: pick(COUNTRIES),
          lat: Math.round((random() * 120 - 50) * 1000) / 1000,
          lon: Math.round((random() * 340 - 170) * 1000) / 1000,
          precision: random() < 0.8 ? 'city' : 'country',
        },
      ],
      status: pick(STATUSES),
      since: { start: random() < 0.5 ? String(year) : `${year}-${pad(1 + Math.floor(random() * 12))}` },
      domains: [pick(DOMAINS)],
    });
  }
  for (let i = 0; i < events; i++) {
    const year = 1980 + Math.floor(random() * 50);
    const month = 1 + Math.floor(random() * 12);
    const precision = random();
    const start = precision < 0.3 ? String(year) : precision < 0.6 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
    data.events.push({
      id: `e-${i}`,
      institution: 'synthetic',
      partnership: partnerships ? `p-${Math.floor(random() * partnerships)}` : null,
      date: { start },
      status: year > 2025 ? 'planned' : 'done',
      kind: pick(KINDS),
      title: { fr: `Événement ${i}`, en: `Event ${i}` },
    });
  }
  return data;
}

/** The atlas' institution ids: `atlas-01` … `atlas-32`. */
export const atlasInstitutionId = (i) => `atlas-${pad(i + 1)}`;

/**
 * A national atlas: `institutions` homes spread over metropolitan France, `partnerships`
 * partnerships shared unevenly among them (the first ones are the big university
 * hospitals), with one to three partners each, and `events` events, each in one of its
 * institution's partnerships. Deterministic.
 */
export function atlasDataset({ institutions = 32, partnerships = 3000, events = 8000, seed = 7 } = {}) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const round = (x) => Math.round(x * 1000) / 1000;
  const data = { version: 1, institutions: [], partnerships: [], events: [] };
  for (let i = 0; i < institutions; i++) {
    data.institutions.push({
      id: atlasInstitutionId(i),
      name: { fr: `CHU Atlas ${pad(i + 1)}`, en: `Atlas University Hospital ${pad(i + 1)}` },
      kind: 'hospital',
      city: `Ville ${pad(i + 1)}`,
      country: 'FR',
      lat: round(43.3 + random() * 7.5),
      lon: round(-1.5 + random() * 9),
      precision: 'city',
    });
  }
  // Uneven shares: weight 1/sqrt(rank), so atlas-01 has about 5.7 times atlas-32's partnerships.
  const weights = data.institutions.map((_, i) => 1 / Math.sqrt(i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const homeOf = (r) => {
    let x = r * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const byInstitution = data.institutions.map(() => []);
  for (let i = 0; i < partnerships; i++) {
    const home = homeOf(random());
    const year = 1980 + Math.floor(random() * 45);
    const partners = [];
    const n = random() < 0.8 ? 1 : random() < 0.7 ? 2 : 3;
    for (let j = 0; j < n; j++) {
      const located = random() < 0.85;
      partners.push({
        name: { fr: `Hôpital partenaire ${i}-${j}` },
        kind: pick(['hospital', 'hospital', 'university']),
        city: located ? `Ville ${i % 900}` : null,
        country: pick(COUNTRIES),
        lat: round(random() * 120 - 50),
        lon: round(random() * 340 - 170),
        precision: located ? 'city' : 'country',
      });
    }
    const id = `atlas-p-${i}`;
    byInstitution[home].push(id);
    data.partnerships.push({
      id,
      institution: data.institutions[home].id,
      kind: 'partnership',
      title: { fr: `Partenariat ${i}`, en: `Partnership ${i}` },
      partners,
      status: pick(STATUSES),
      since: { start: random() < 0.5 ? String(year) : `${year}-${pad(1 + Math.floor(random() * 12))}` },
      domains: [pick(DOMAINS), ...(random() < 0.3 ? [pick(DOMAINS)] : [])].filter((d, k, all) => all.indexOf(d) === k),
    });
  }
  for (let i = 0; i < events; i++) {
    let home = homeOf(random());
    while (!byInstitution[home].length) home = (home + 1) % institutions;
    const year = 1980 + Math.floor(random() * 50);
    const month = 1 + Math.floor(random() * 12);
    const p = random();
    const start = p < 0.3 ? String(year) : p < 0.6 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
    const date = { start };
    if (random() < 0.1) date.end = String(Math.min(year + 1 + Math.floor(random() * 3), 2030));
    else if (p < 0.3 && random() < 0.2) date.part = pick(['early', 'mid', 'late']);
    data.events.push({
      id: `atlas-e-${i}`,
      institution: data.institutions[home].id,
      partnership: pick(byInstitution[home]),
      date,
      status: year > 2025 ? 'planned' : 'done',
      kind: pick(KINDS),
      title: { fr: `Événement ${i}`, en: `Event ${i}` },
      ...(random() < 0.5 ? { description: { fr: `Description de l'événement ${i} : mission, formation ou visite.` } } : {}),
    });
  }
  return data;
}

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
