/**
 * Reads a dataset from a CSV file as spreadsheets really export it: `;` or `,` or tab
 * separators (a French Excel uses `;`), decimal commas ("47,47"), a byte-order mark, CRLF
 * line ends, French dates ("26/05/2017"), trailing empty rows. One row per record; the
 * layout is documented in the README and shown by `data/example.csv`:
 *
 * | column | meaning |
 * |---|---|
 * | `type` | `institution`, `partnership` (or empty) or `event` |
 * | `id` | the record's id; repeat a partnership's id on further rows to add partners |
 * | `institution` | the home institution's id (partnerships, events) |
 * | `partnership` | the partnership's id (events) |
 * | `title_fr`, `title_en`, `title_ar` | title (an institution's name) |
 * | `summary_fr`, `summary_en`, `summary_ar` | summary or description |
 * | `partner_fr`, `partner_en`, `partner_ar`, `partner_kind` | the partner organisation |
 * | `city`, `country`, `lat`, `lon`, `precision` | the place (ISO country code, WGS 84 degrees, site/city/country) |
 * | `status`, `kind` | partnership status and kind, or event status (done/planned) and kind |
 * | `since` | a partnership's start (2017, 2017-05, 05/2017, 26/05/2017) |
 * | `date`, `date_end`, `approximate`, `part` | an event's date or period |
 * | `domains` | domain ids separated by `|` or `,` |
 * | `source`, `quote` | the document a fact comes from, and its words |
 *
 * The result is a dataset in the JSON shape, to be validated like any other, plus a way
 * to name the spreadsheet row and column behind a JSON path for messages.
 */
import { dsvFormat } from 'd3-dsv';
import type { Citation, CooperationDataset, DatedEvent, Institution, LocalizedText, Partner, Partnership } from './schema.generated.js';

/** Where a value came from in the spreadsheet: its row number (as the spreadsheet shows it) and column. */
export interface CsvLocation {
  line: number;
  column: string | null;
}

/** Something in the spreadsheet that is not part of the layout (the rest is left to validation). */
export type CsvIssue =
  | { path: string; code: 'unknown-column'; column: string; line: number }
  | { path: string; code: 'unknown-row-type'; got: string; line: number; column: 'type' };

/** A dataset read from CSV, and the spreadsheet location behind each JSON path. */
export interface CsvDataset {
  data: CooperationDataset;
  /** Unknown columns (likely typos) and rows of an unknown type, which are skipped. */
  issues: CsvIssue[];
  locate(path: string): CsvLocation | null;
}

const LANGUAGES = ['fr', 'en', 'ar'];
const KNOWN_COLUMNS = new Set([
  'type', 'id', 'institution', 'partnership', 'partner_kind', 'city', 'country', 'lat', 'lon', 'precision',
  'status', 'kind', 'since', 'date', 'date_end', 'approximate', 'part', 'domains', 'source', 'quote',
  ...['title', 'summary', 'partner'].flatMap((field) => LANGUAGES.map((l) => `${field}_${l}`)),
]);

// Which column feeds the last segment of a JSON path, for messages.
const COLUMN_OF_FIELD: Record<string, string> = {
  name: 'title_fr', title: 'title_fr', summary: 'summary_fr', description: 'summary_fr', kind: 'kind',
  start: 'date', end: 'date_end', approximate: 'approximate', part: 'part', document: 'source', quote: 'quote',
};
const PARTNER_COLUMN_OF_FIELD: Record<string, string> = { name: 'partner_fr', kind: 'partner_kind' };

type Row = Record<string, string>;

/** Parses CSV text into a dataset in the JSON shape. Never throws. */
export function parseCsvDataset(text: string): CsvDataset {
  const body = text.replace(/^\uFEFF/, '');
  const parser = dsvFormat(detectDelimiter(body));
  const rows = parser.parseRows(body);
  const header = (rows.shift() ?? []).map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const lines: Record<string, number> = {};
  const data: CooperationDataset = { version: 1, institutions: [], partnerships: [], events: [] };
  const partnershipIndex = new Map<string, number>();
  const issues: CsvIssue[] = header
    .filter((h) => h && !KNOWN_COLUMNS.has(h))
    .map((column) => ({ path: '', code: 'unknown-column', column, line: 1 }));

  rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const line = i + 2; // the header is row 1
    const row: Row = Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()]));
    const type = (row.type || 'partnership').toLowerCase();
    if (type === 'institution') {
      lines[`institutions[${data.institutions.length}]`] = line;
      data.institutions.push(institutionFrom(row));
    } else if (type === 'event') {
      lines[`events[${data.events.length}]`] = line;
      data.events.push(eventFrom(row));
    } else if (type === 'partnership') {
      const existing = row.id ? partnershipIndex.get(row.id) : undefined;
      const index = existing ?? data.partnerships.length;
      if (existing === undefined) {
        lines[`partnerships[${index}]`] = line;
        partnershipIndex.set(row.id, index);
        data.partnerships.push(partnershipFrom(row));
      }
      const partners = data.partnerships[index].partners;
      if (hasPartner(row)) {
        lines[`partnerships[${index}].partners[${partners.length}]`] = line;
        partners.push(partnerFrom(row));
      }
    } else {
      issues.push({ path: '', code: 'unknown-row-type', got: row.type, line, column: 'type' });
    }
  });

  return {
    data,
    issues,
    locate(path) {
      const prefix = Object.keys(lines)
        .filter((p) => path === p || path.startsWith(p + '.') || path.startsWith(p + '['))
        .sort((a, b) => b.length - a.length)[0];
      if (!prefix) return null;
      const rest = path.slice(prefix.length).replace(/^\./, '');
      const field = rest.split(/[.[]/)[0] ?? '';
      const last = rest.split('.').pop() ?? '';
      const inPartner = /partners\[\d+\]$/.test(prefix);
      const column =
        (inPartner ? PARTNER_COLUMN_OF_FIELD[field] : undefined) ??
        (field === 'date' ? COLUMN_OF_FIELD[last] : undefined) ??
        (field === 'sources' ? COLUMN_OF_FIELD[last] : undefined) ??
        COLUMN_OF_FIELD[field] ??
        (KNOWN_COLUMNS.has(field) ? field : null);
      return { line: lines[prefix], column };
    },
  };
}

/** Picks the separator that splits the header row into the most fields, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * Reads a number as spreadsheets write it: "47,47" and "47.47" are 47.47; blank is null.
 * Anything else is returned as written, so validation can say what was wrong with it.
 */
export function readNumber(cell: string): number | string | null {
  if (cell === '') return null;
  const normalised = cell.replace(/\s/g, '').replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : cell;
}

/** Reads a date as written in a cell: ISO ("2017-05-26", "2017-05", "2017") or French ("26/05/2017", "05/2017"). */
export function readDate(cell: string): string {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  if (day) return `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const month = /^(\d{1,2})\/(\d{4})$/.exec(cell);
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  return cell;
}

function readBoolean(cell: string): boolean | string | undefined {
  if (cell === '') return undefined;
  if (/^(true|vrai|oui|yes|1|x)$/i.test(cell)) return true;
  if (/^(false|faux|non|no|0)$/i.test(cell)) return false;
  return cell;
}

function localized(row: Row, field: string): LocalizedText | null {
  const entries = LANGUAGES.map((l) => [l, row[`${field}_${l}`]] as const).filter(([, v]) => v);
  return entries.length ? Object.fromEntries(entries) : null;
}

function citation(row: Row): [Citation] | undefined {
  return row.source || row.quote ? [{ document: row.source ?? '', quote: row.quote ?? '' }] : undefined;
}

function place(row: Row) {
  return {
    city: row.city || null,
    country: row.country ? row.country.toUpperCase() : null,
    lat: readNumber(row.lat ?? '') as number | null,
    lon: readNumber(row.lon ?? '') as number | null,
    precision: (row.precision || (row.city ? 'city' : 'country')) as Partner['precision'],
  };
}

function hasPartner(row: Row): boolean {
  return Boolean(localized(row, 'partner') || row.city || row.country || row.lat || row.lon);
}

function institutionFrom(row: Row): Institution {
  return withoutUndefined({
    id: row.id,
    name: localized(row, 'title') as LocalizedText,
    kind: 'hospital',
    ...place(row),
    sources: citation(row),
  });
}

function partnerFrom(row: Row): Partner {
  const { city, country, lat, lon, precision } = place(row);
  return withoutUndefined({
    name: localized(row, 'partner'),
    kind: (row.partner_kind || undefined) as Partner['kind'],
    city,
    country,
    lat,
    lon,
    precision,
  });
}

function partnershipFrom(row: Row): Partnership {
  return withoutUndefined({
    id: row.id,
    institution: row.institution,
    kind: (row.kind || 'partnership') as Partnership['kind'],
    title: localized(row, 'title') as LocalizedText,
    summary: localized(row, 'summary') ?? undefined,
    partners: [],
    status: (row.status || 'unknown') as Partnership['status'],
    since: row.since ? { start: readDate(row.since) } : null,
    domains: (row.domains ?? '').split(/[|,]/).map((d) => d.trim()).filter(Boolean),
    sources: citation(row),
  });
}

function eventFrom(row: Row): DatedEvent {
  const hasPlace = row.city || row.country;
  return withoutUndefined({
    id: row.id,
    institution: row.institution,
    partnership: row.partnership || null,
    date: withoutUndefined({
      start: readDate(row.date ?? ''),
      end: row.date_end ? readDate(row.date_end) : undefined,
      approximate: readBoolean(row.approximate ?? '') as boolean | undefined,
      part: (row.part || undefined) as 'early' | 'mid' | 'late' | undefined,
    }),
    status: (row.status || 'done') as DatedEvent['status'],
    kind: (row.kind || 'other') as DatedEvent['kind'],
    title: localized(row, 'title') as LocalizedText,
    description: localized(row, 'summary') ?? undefined,
    place: hasPlace ? { name: null, ...place(row) } : undefined,
    sources: citation(row),
  });
}

/** Drops keys whose value is undefined, so optional columns left blank are simply absent. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
