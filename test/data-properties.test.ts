/**
 * Property-based tests of a hospital's own data (fast-check): random mutations of the bundled
 * dataset and of a French office's CSV sheet (deleted, swapped and retyped values, Unicode and
 * 100 kB strings, NaN, wrong separators) never throw, every problem is reported with a path
 * (JSON) or a row (CSV) and a sentence, and every record that still has an id and a valid
 * place (a readable date, for an event) is shown: on the map's layout and in the cards, or on
 * the timeline. A sheet with French headers and words reads as the English one. Each property
 * prints its number of runs and its seed (a failure prints the shrunk counterexample; replay
 * with `{ seed, path }`).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import bundledJson from '../data/cooperation.json';
import { layoutMap } from '../src/components/coop-map/map-layout.js';
import { countryPosition } from '../src/data/country-positions.js';
import { parseCsvDataset } from '../src/data/csv.js';
import type { Dataset } from '../src/data/dataset.js';
import { checkText, validatedJson } from '../src/data/check-report.js';
import { describeIssue, severityOf } from '../src/data/issue-messages.js';
import { readDataset, readText, type LoadResult } from '../src/data/load.js';
import type { CooperationDataset } from '../src/data/schema.generated.js';
import { COLUMN_NAMES, WORDS, type WordField } from '../src/data/words.js';
import { equalEarth } from '../src/geo/map-projection.js';
import { parseDatePoint } from '../src/time/partial-date.js';

type Path = (string | number)[];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Runs `property`, prints its runs and seed, and fails with fast-check's report. */
function check<T>(name: string, property: fc.IPropertyWithHooks<T> | fc.IProperty<T>, numRuns: number): void {
  const seed = Date.now() ^ (Math.random() * 2 ** 31);
  const started = performance.now();
  const details = fc.check(property, { numRuns, seed });
  console.log(`fast-check « ${name} »: ${details.numRuns} runs, seed ${details.seed}, ${Math.round(performance.now() - started)} ms`);
  if (details.failed) throw new Error(`${fc.defaultReportMessage(details) ?? `failed with seed ${details.seed}`}\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
}

// ——— values a file may hold instead of the right one ———

const LONG = 'é'.repeat(50_000); // 100 kB of UTF-8
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, null, '', ' ', LONG, '35°41', '31/02/2023', '2023-02-31', 'en cours', '__proto__', 'constructor', '\u0000', '\u202e'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

/** Every path to a value inside the records (not the root's own fields). */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length >= 2) out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}
const get = (root: unknown, path: Path) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), root);
function set(root: unknown, path: Path, value: unknown, remove = false): void {
  const parent = get(root, path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return;
  const key = path[path.length - 1];
  if (remove && Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (remove) delete (parent as Record<string | number, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = value;
}

type Mutation = { do: 'delete'; at: number } | { do: 'retype'; at: number; value: unknown } | { do: 'swap'; at: number; with: number } | { do: 'add'; at: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ do: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ do: fc.constant('retype' as const), at: fc.nat(), value: oddValue }),
  fc.record({ do: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ do: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'lat', 'id')), value: oddValue }),
);

const bundled = bundledJson as unknown as CooperationDataset;
const BUNDLED_PATHS = pathsOf(bundled);

/** The bundled dataset with `mutations` applied (paths picked among the original's). */
function mutated(mutations: readonly Mutation[]): CooperationDataset {
  const data = structuredClone(bundled);
  const path = (n: number) => BUNDLED_PATHS[n % BUNDLED_PATHS.length];
  for (const m of mutations) {
    if (m.do === 'delete') set(data, path(m.at), undefined, true);
    else if (m.do === 'retype') set(data, path(m.at), m.value);
    else if (m.do === 'swap') {
      const [a, b] = [get(data, path(m.at)), get(data, path(m.with))];
      set(data, path(m.at), b);
      set(data, path(m.with), a);
    } else {
      const target = get(data, path(m.at));
      if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
  }
  return data;
}

// ——— what must hold of any result ———

/** Whether `partner` has a place the map can draw: coordinates in range, or a country whose position is known. */
function hasValidPlace(partner: unknown): boolean {
  if (!partner || typeof partner !== 'object') return false;
  const { lat, lon, country } = partner as Record<string, unknown>;
  const coordinates = typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return coordinates || (typeof country === 'string' && /^[A-Z]{2}$/.test(country) && countryPosition(country) !== null);
}
const readableDate = (date: unknown) =>
  !!date && typeof date === 'object' && [(date as Record<string, unknown>).start, (date as Record<string, unknown>).end].some((p) => typeof p === 'string' && parseDatePoint(p) !== null);

/** The ids that occur once in `records`, among records that are objects with a valid id. */
function uniqueIds(records: unknown): Set<string> {
  const counts = new Map<string, number>();
  for (const r of Array.isArray(records) ? records : []) {
    const id = r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && ID.test(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === 1).map(([id]) => id));
}

/**
 * Checks a result against the data it was read from (`input`, in the JSON shape): it is
 * loaded or failed with a sentence; every problem has a path or a row and a sentence; every
 * partnership with a unique id, a known institution and a partner with a valid place is on
 * the map's layout and in the cards' list; every event with a unique id, a known institution
 * and a readable date is on the timeline.
 */
function holds(result: LoadResult, input: unknown, { csv = false } = {}): boolean {
  expect(result.status).to.be.oneOf(['loaded', 'failed']);
  if (result.status === 'aborted') return false;
  const issues = result.status === 'loaded' ? (result.rejected?.issues ?? []) : (result.error.issues ?? []);
  if (result.status === 'failed') expect(result.error.message).to.be.a('string').and.not.equal('');
  for (const issue of issues) {
    expect(issue.message, issue.path).to.be.a('string').and.not.equal('');
    if (csv) expect(issue.line, `${issue.path}: ${issue.message}`).to.be.a('number');
    else expect(issue.message.startsWith(issue.path || 'Racine du fichier'), issue.message.slice(0, 120)).to.equal(true);
  }
  if (result.status !== 'loaded') return true;
  const dataset: Dataset = result.dataset;
  const data = input as Partial<CooperationDataset>;
  const layout = layoutMap(dataset, dataset.partnerships, equalEarth);
  const onMap = new Set(layout.partners.map((p) => p.partnership.id));
  const inCards = new Set(dataset.partnerships.map((p) => p.id));
  const partnershipIds = uniqueIds(data.partnerships);
  for (const p of Array.isArray(data.partnerships) ? data.partnerships : []) {
    if (!p || typeof p !== 'object' || !partnershipIds.has(p.id) || !dataset.institutionById.has(p.institution as string)) continue;
    if (!(Array.isArray(p.partners) && p.partners.some(hasValidPlace))) continue;
    expect(inCards.has(p.id), `partnership ${p.id} in the cards`).to.equal(true);
    expect(onMap.has(p.id), `partnership ${p.id} on the map`).to.equal(true);
  }
  const eventIds = uniqueIds(data.events);
  const onTimeline = new Set(dataset.events.map((e) => e.id));
  for (const e of Array.isArray(data.events) ? data.events : []) {
    if (!e || typeof e !== 'object' || !eventIds.has(e.id) || !dataset.institutionById.has(e.institution as string) || !readableDate(e.date)) continue;
    expect(onTimeline.has(e.id), `event ${e.id} on the timeline`).to.equal(true);
  }
  return true;
}

/** What the elements are given of a result: its records and domain labels. */
const shape = (r: LoadResult) => (r.status === 'loaded' ? JSON.stringify({ i: r.dataset.institutions, p: r.dataset.partnerships, e: r.dataset.events, d: r.dataset.domains }) : r.status);

describe('own data, whatever is in it (fast-check)', function () {
  this.timeout(120000);

  it('random mutations of the bundled dataset: read as parsed JSON and as text, never a throw, every problem located, every showable record shown', () => {
    check(
      'mutated bundled dataset',
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const data = mutated(mutations);
        // As parsed JSON (NaN and -0 survive), and as the text a server sends (they become null and 0).
        holds(readDataset(data), data);
        const text = JSON.stringify(data);
        return holds(readText(text), JSON.parse(text));
      }),
      25,
    );
  });

  // ——— the CSV sheet ———

  const SHEET = [
    'type;id;institution;partnership;title_fr;title_en;partner_fr;partner_kind;city;region;country;lat;lon;precision;status;kind;since;date;date_end;domains',
    'institution;chu-exemple;;;CHU Exemple;Example University Hospital;;;Tours;;FR;47,3941;0,6848;city;;;;;;',
    "partnership;exemple-oran;chu-exemple;;Exemple – Oran : greffe rénale;Example – Oran;CHU d'Oran;hospital;Oran;;DZ;35,6971;-0,6308;city;active;partnership;2016;;;kidney-transplantation|nephrology",
    "partnership;exemple-oran;;;;;Faculté de médecine d'Oran;university;Oran;;DZ;35,7089;-0,6169;city;;;;;;",
    'partnership;exemple-cotonou;chu-exemple;;Exemple – Cotonou;Example – Cotonou;CNHU-HKM;hospital;Cotonou;;BJ;6,3654;2,4183;city;en cours;partnership;03/2021;;;Chirurgie maxillo-faciale | Hématologie',
    'partnership;exemple-zamfara;chu-exemple;;Exemple – Zamfara;Example – Zamfara;Hôpital de district;hospital;;Zamfara;NG;12,17;6,25;region;planned;;2024;;;',
    'event;exemple-oran-convention;chu-exemple;exemple-oran;Signature de la convention;Agreement signed;;;;;;;;;done;agreement;;15/03/2016;;',
    'event;exemple-oran-mission;chu-exemple;exemple-oran;Mission de greffe rénale;Kidney transplant mission;;;Oran;;DZ;;;city;done;mission;;10/10/2019;17/10/2019;',
    'event;exemple-cotonou-formation;chu-exemple;exemple-cotonou;Formation des équipes;Training;;;;;;;;;done;training;;28/02/2023;;',
    'event;exemple-bureau;chu-exemple;;Création du bureau;Office founded;;;;;;;;;done;start;;2015;;',
  ];
  const cells = SHEET.map((row) => row.split(';'));
  const cell: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('', ' ', 'NaN', '35°41', '31/02/2023', '2023-02-31', '47.5', '-0,63', 'en cours', 'pays', 'région', 'x;y', 'a,b', '"', '""', 'a"b', '\t', '\n', '\r\n', '\uFEFF', LONG, 'event', 'domain', 'institution'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.double().map(String),
  );
  type Edit = { do: 'delete-cell' | 'retype' | 'swap' | 'delete-row' | 'duplicate-row'; row: number; column: number; value: string; row2: number; column2: number };
  const edit: fc.Arbitrary<Edit> = fc.record({
    do: fc.constantFrom('delete-cell', 'retype', 'retype', 'swap', 'delete-row', 'duplicate-row'),
    row: fc.nat(),
    column: fc.nat(),
    value: cell,
    row2: fc.nat(),
    column2: fc.nat(),
  });

  /** The sheet with `edits`, written with `separator` (a wrong one replaces the `;` of the sheet). */
  function edited(edits: readonly Edit[], separator: string): string {
    const rows = cells.map((r) => [...r]);
    for (const e of edits) {
      const r = e.row % rows.length;
      const c = e.column % Math.max(1, rows[r].length);
      const [r2] = [e.row2 % rows.length];
      const c2 = e.column2 % Math.max(1, rows[r2].length);
      if (e.do === 'delete-cell') rows[r].splice(c, 1);
      else if (e.do === 'retype') rows[r][c] = e.value;
      else if (e.do === 'swap') [rows[r][c], rows[r2][c2]] = [rows[r2][c2], rows[r][c]];
      else if (e.do === 'delete-row' && rows.length > 1) rows.splice(r, 1);
      else if (e.do === 'duplicate-row') rows.splice(r, 0, [...rows[r]]);
    }
    return rows.map((r) => r.join(separator)).join('\r\n');
  }

  it('random edits of a CSV sheet (cells deleted, swapped, retyped; wrong separators): never a throw, every problem on a row, every showable record shown, its validated JSON clean', () => {
    check(
      'edited CSV sheet',
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(';', ';', ',', '\t', '|'), (edits, separator) => {
        const text = edited(edits, separator);
        const result = readText(text, { url: 'partenariats.csv' });
        // What the sheet says, in the JSON shape, before validation: the records it should show.
        holds(result, parseCsvDataset(text).data, { csv: true });
        // The check page's validated JSON reads back as the same records, with nothing left to
        // correct: only references to what the file does not have, kept as written, are told again.
        if (result.status !== 'loaded') return true;
        const again = checkText(validatedJson(checkText(text, 'partenariats.csv'))!, 'partenariats.json');
        if (again.result.status !== 'loaded') throw new Error(`the validated JSON does not load: ${again.result.status}`);
        expect(shape(again.result)).to.equal(shape(result));
        const left = (again.result.issues ?? []).filter((i) => i.code !== 'unknown-reference' && severityOf(i) !== 'info');
        expect(left.map(describeIssue)).to.deep.equal([]);
        return true;
      }),
      100,
    );
  });

  it('a sheet with French headers and French words, any case and accents, reads as the English one', () => {
    const english = readText(SHEET.join('\n'), { url: 'en.csv' });
    if (english.status !== 'loaded') throw new Error('the English sheet did not load');
    const FIELDS: Record<string, WordField> = { type: 'rowType', partner_kind: 'organisationKind', precision: 'precision', status: 'partnershipStatus', kind: 'partnershipKind' };
    /** The French and English words of `field`'s `id`, for a cell of that column in a row of `type`. */
    const wordsFor = (column: string, type: string, id: string): string[] => {
      const field = column === 'status' && type === 'event' ? 'eventStatus' : column === 'kind' && type === 'event' ? 'eventKind' : FIELDS[column];
      return field ? [id, ...((WORDS[field] as Record<string, readonly string[]>)[id] ?? [])].filter((w) => !/[\u0600-\u06ff]/.test(w)) : [id];
    };
    const variant = (text: string) => fc.constantFrom(text, text.toUpperCase(), text.normalize('NFD').replace(/\p{M}/gu, ''), text.charAt(0).toUpperCase() + text.slice(1));
    const header = cells[0];
    const french = fc.tuple(
      fc.tuple(...header.map((h) => fc.constantFrom(h, ...(COLUMN_NAMES[h] ?? [])).chain(variant))),
      fc.tuple(
        ...cells.slice(1).map((row) =>
          fc.tuple(...row.map((value, j) => (value && (FIELDS[header[j]] || header[j] === 'status' || header[j] === 'kind') ? fc.constantFrom(...wordsFor(header[j], row[0], value)).chain(variant) : fc.constant(value)))),
        ),
      ),
    );
    check(
      'French headers and words',
      fc.property(french, ([head, rows]) => {
        const text = [head, ...rows].map((r) => r.join(';')).join('\r\n');
        const result = readText(text, { url: 'fr.csv' });
        expect(shape(result), text).to.equal(shape(english));
        return result.status === 'loaded' && result.rejected === null;
      }),
      100,
    );
  });
});
