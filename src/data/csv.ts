/**
 * Reads a dataset from a CSV file as spreadsheets really export it: `;` or `,` or tab
 * separators (a French Excel uses `;`), decimal commas ("47,47"), a byte-order mark, CRLF
 * line ends, French dates ("26/05/2017"), trailing empty rows; column headers in English or
 * French (`title_fr` or `titre_fr`, `city` or `ville`: words.ts), and codes written as the
 * words the elements display ("en cours", "à l'étude", "visite", "pays"). One row per record;
 * the layout is documented in the README and shown by `data/example.csv`:
 *
 * | column (English, French) | meaning |
 * |---|---|
 * | `type` | `institution`, `partnership` (or empty), `event`, or `domain` (a domain's labels) |
 * | `id`, `identifiant` | the record's id; repeat a partnership's id on further rows to add partners |
 * | `institution`, `établissement` | the home institution's id (partnerships, events) |
 * | `partnership`, `partenariat` | the partnership's id (events) |
 * | `title_fr`…, `titre_fr`… | title (an institution's name, a domain's label) |
 * | `summary_fr`…, `résumé_fr`… | summary or description |
 * | `partner_fr`…, `partenaire_fr`…; `partner_kind`, `type_partenaire` | the partner organisation |
 * | `city`, `region`, `country`, `lat`, `lon`, `precision` (`ville`, `région`, `pays`, `latitude`, `longitude`, `précision`) | the place |
 * | `status`, `statut`; `kind`, `nature` | partnership status and kind, or event status (done/planned) and kind |
 * | `since`, `depuis` | a partnership's start (2017, 2017-05, 05/2017, 26/05/2017) |
 * | `date`, `date_end` (`date_fin`), `approximate`, `part` | an event's date or period |
 * | `domains`, `domaines` | domain ids or labels separated by `|` (or `,`) |
 * | `source`, `quote` (`document`, `citation`) | the document a fact comes from, and its words |
 *
 * The result is a dataset in the JSON shape, to be validated (and repaired) like any other,
 * plus a way to name the spreadsheet row, column and cell behind a JSON path for messages.
 */
import { dsvFormat } from 'd3-dsv';
import { countryCode } from './country-positions.js';
import type { Action } from './recover.js';
import type { Citation, CooperationDataset, DatedEvent, Institution, LocalizedText, Partner, Partnership } from './schema.generated.js';
import { columnName, foldWord, idForWord, type WordField } from './words.js';

/** Where a value came from in the spreadsheet: its row number (as the spreadsheet shows it), column and cell. */
export interface CsvLocation {
  line: number;
  column: string | null;
  /** The cell as it was typed. */
  cell?: string;
}

type Ignored = { action: Extract<Action, { do: 'ignored' }> };

/** Something in the spreadsheet that is not part of the layout, ignored (the rest is left to validation). */
export type CsvIssue =
  | ({ path: string; code: 'unknown-column'; column: string; line: number } & Ignored)
  | ({ path: string; code: 'duplicate-column'; column: string; line: number } & Ignored)
  | ({ path: string; code: 'unknown-row-type'; got: string; line: number; column: string } & Ignored);

/** A dataset read from CSV, and the spreadsheet location behind each JSON path. */
export interface CsvDataset {
  data: CooperationDataset;
  /** Unknown columns (likely typos) and rows of an unknown type, which are skipped. */
  issues: CsvIssue[];
  locate(path: string): CsvLocation | null;
}

const LANGUAGES = ['fr', 'en', 'ar'];
const IGNORED = { do: 'ignored' } as const;

// Which column feeds a field of a record, for messages.
const COLUMN_OF_FIELD: Record<string, string> = {
  name: 'title', shortName: 'title', title: 'title', summary: 'summary', description: 'summary', since: 'since', until: 'since',
  start: 'date', end: 'date_end', approximate: 'approximate', part: 'part', document: 'source', quote: 'quote', sources: 'source',
};
const PARTNER_COLUMN_OF_FIELD: Record<string, string> = { name: 'partner', kind: 'partner_kind' };

type Row = Record<string, string>;

/** Parses CSV text into a dataset in the JSON shape. Never throws. */
export function parseCsvDataset(text: string): CsvDataset {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  const issues: CsvIssue[] = [];
  const written: Record<string, string> = {};
  const header = (rows.shift() ?? []).map((cell) => {
    const text = cell.replace(/^\uFEFF/, '').trim();
    const name = text ? columnName(text) : null;
    if (text && !name) issues.push({ path: '', code: 'unknown-column', column: text, line: 1, action: IGNORED });
    else if (name && written[name]) issues.push({ path: '', code: 'duplicate-column', column: text, line: 1, action: IGNORED });
    else if (name) return ((written[name] = text), name);
    return null;
  });
  const lines: Record<string, number> = {};
  const rowAt = new Map<number, Row>();
  const data: CooperationDataset = { version: 1, domains: {}, institutions: [], partnerships: [], events: [] };
  const partnershipIndex = new Map<string, number>();

  rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const line = i + 2; // the header is row 1
    const row: Row = {};
    header.forEach((h, j) => h && (row[h] = (cells[j] ?? '').trim()));
    rowAt.set(line, row);
    const type = row.type ? idForWord('rowType', row.type) : 'partnership';
    if (type === 'institution') {
      lines[`institutions[${data.institutions.length}]`] = line;
      data.institutions.push(institutionFrom(row));
    } else if (type === 'event') {
      lines[`events[${data.events.length}]`] = line;
      data.events.push(eventFrom(row));
    } else if (type === 'domain') {
      const label = localized(row, 'title');
      const id = row.id || (label ? foldWord(Object.values(label)[0]).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '');
      lines[`domains.${id}`] = line;
      data.domains![id] = label as LocalizedText;
    } else if (type === 'partnership') {
      let index = row.id ? partnershipIndex.get(row.id) : undefined;
      // A further row of a partnership adds a partner; one with a title of its own is another partnership (with the same id: validation renames it).
      const title = localized(row, 'title');
      if (index !== undefined && title && JSON.stringify(title) !== JSON.stringify(data.partnerships[index].title)) index = undefined;
      if (index === undefined) {
        index = data.partnerships.length;
        lines[`partnerships[${index}]`] = line;
        if (!partnershipIndex.has(row.id)) partnershipIndex.set(row.id, index);
        data.partnerships.push(partnershipFrom(row));
      }
      const partners = data.partnerships[index].partners;
      if (hasPartner(row)) {
        lines[`partnerships[${index}].partners[${partners.length}]`] = line;
        partners.push(partnerFrom(row));
      }
    } else {
      issues.push({ path: '', code: 'unknown-row-type', got: row.type, line, column: written.type ?? 'type', action: IGNORED });
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
      const line = lines[prefix];
      const rest = path.slice(prefix.length).replace(/^\./, '');
      const parts = rest.split(/[.[\]]+/).filter(Boolean);
      const [field = '', ...more] = parts;
      const last = parts[parts.length - 1] ?? '';
      const inPartner = /partners\[\d+\]$/.test(prefix);
      let column: string | null =
        (inPartner ? PARTNER_COLUMN_OF_FIELD[field] : undefined) ??
        (field === 'date' || field === 'sources' || field === 'place' ? (COLUMN_OF_FIELD[last] ?? (field === 'place' ? last : undefined)) : undefined) ??
        COLUMN_OF_FIELD[field] ??
        (field ? field : null);
      if (column === 'title' || column === 'summary' || column === 'partner') {
        const language = more.find((m) => LANGUAGES.includes(m)) ?? LANGUAGES.find((l) => written[`${column}_${l}`]) ?? 'fr';
        column = `${column}_${language}`;
      }
      if (prefix.startsWith('domains.')) column = null;
      const cell = column ? rowAt.get(line)?.[column] : undefined;
      return { line, column: column ? (written[column] ?? column) : null, ...(cell !== undefined ? { cell } : {}) };
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

/**
 * Reads a date as written in a cell: ISO ("2017-05-26", "2017-05", "2017") or French
 * ("26/05/2017", "26.05.2017", "05/2017"). An impossible day such as "31/02/2023" is read
 * as "2023-02-31", for validation to name it.
 */
export function readDate(cell: string): string {
  const day = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(cell);
  if (day) return `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const isoSlashes = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(cell);
  if (isoSlashes) return [isoSlashes[1], isoSlashes[2].padStart(2, '0'), ...(isoSlashes[3] ? [isoSlashes[3].padStart(2, '0')] : [])].join('-');
  const month = /^(\d{1,2})[/.](\d{4})$/.exec(cell);
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  return cell;
}

function readBoolean(cell: string): boolean | string | undefined {
  if (cell === '') return undefined;
  if (/^(true|vrai|oui|yes|1|x|environ|approximati(f|ve)|~)$/i.test(cell)) return true;
  if (/^(false|faux|non|no|0)$/i.test(cell)) return false;
  return cell;
}

/** A code written as an id or as a word the elements display; as written when it is neither, for validation to name. */
function word(field: WordField, cell: string | undefined): string | undefined {
  return cell ? (idForWord(field, cell) ?? cell) : undefined;
}

/** An ISO code as is (in capitals), a country's name as its code, anything else as written. */
function countryOf(cell: string | undefined): string | null {
  if (!cell) return null;
  return /^[a-z]{2}$/i.test(cell) ? cell.toUpperCase() : (countryCode(cell, foldWord) ?? cell);
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
    ...(row.region ? { region: row.region } : {}),
    country: countryOf(row.country),
    lat: readNumber(row.lat ?? '') as number | null,
    lon: readNumber(row.lon ?? '') as number | null,
    precision: (word('precision', row.precision) ?? (row.city ? 'city' : row.region ? 'region' : 'country')) as Partner['precision'],
  };
}

function hasPartner(row: Row): boolean {
  return Boolean(localized(row, 'partner') || row.city || row.region || row.country || row.lat || row.lon);
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
  const { city, country, lat, lon, precision, ...region } = place(row);
  return withoutUndefined({
    name: localized(row, 'partner'),
    kind: word('organisationKind', row.partner_kind) as Partner['kind'],
    city,
    ...region,
    country,
    lat,
    lon,
    precision,
  });
}

function partnershipFrom(row: Row): Partnership {
  return withoutUndefined({
    id: row.id,
    institution: row.institution || undefined,
    kind: (word('partnershipKind', row.kind) ?? 'partnership') as Partnership['kind'],
    title: localized(row, 'title') as LocalizedText,
    summary: localized(row, 'summary') ?? undefined,
    partners: [],
    status: (word('partnershipStatus', row.status) ?? 'unknown') as Partnership['status'],
    since: row.since ? { start: readDate(row.since) } : null,
    domains: splitList(row.domains ?? ''),
    sources: citation(row),
  }) as Partnership;
}

function eventFrom(row: Row): DatedEvent {
  const hasPlace = row.city || row.region || row.country || row.lat || row.lon;
  return withoutUndefined({
    id: row.id,
    institution: row.institution || undefined,
    partnership: row.partnership || null,
    date: withoutUndefined({
      start: readDate(row.date ?? ''),
      end: row.date_end ? readDate(row.date_end) : undefined,
      approximate: readBoolean(row.approximate ?? '') as boolean | undefined,
      part: word('part', row.part) as 'early' | 'mid' | 'late' | undefined,
    }),
    status: (word('eventStatus', row.status) ?? 'done') as DatedEvent['status'],
    kind: (word('eventKind', row.kind) ?? 'other') as DatedEvent['kind'],
    title: localized(row, 'title') as LocalizedText,
    description: localized(row, 'summary') ?? undefined,
    place: hasPlace ? { name: null, ...place(row) } : undefined,
    sources: citation(row),
  }) as DatedEvent;
}

/** "a | b" or "a, b": a list of ids or labels (a `|` list keeps its commas: "Congrès, rencontre"). */
function splitList(cell: string): string[] {
  return cell
    .split(cell.includes('|') ? '|' : ',')
    .map((d) => d.trim())
    .filter(Boolean);
}

/** Drops keys whose value is undefined, so optional columns left blank are simply absent. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
