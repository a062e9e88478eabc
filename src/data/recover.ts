/**
 * Field-level recovery: a record whose values do not all fit the schema is repaired value by
 * value (recovery-rules.ts says how, by path), and each value it could not use is reported
 * with what was done instead. The record is checked again after each round of repairs; it is
 * set aside only when a rule says it cannot be shown, or when repairs do not make it valid.
 * Never modifies its input.
 */
import { countryName } from '../format/intl.js';
import { parseDatePoint } from '../time/partial-date.js';
import { countryPosition } from './country-positions.js';
import type { DomainResolver } from './domain-labels.js';
import type { SchemaChecker, SchemaIssue } from './json-schema.js';
import { childPath, isObject, joinPath, pathOf, REMOVE, segmentsOf, valueAt, withValueAt, type Segment } from './record-paths.js';
import { EVENT_RULES, INSTITUTION_RULES, PARTNERSHIP_RULES, type Fix, type Rules } from './recovery-rules.js';
import type { Institution, LocalizedText, Partnership } from './schema.generated.js';
import { foldWord } from './words.js';

/** What was done with a value (or a record) that could not be used as written. */
export type Action =
  | { do: 'set-aside'; reason: 'no-id' | 'no-name' | 'no-date' | 'no-institution' | 'duplicate' | 'unreadable' }
  | { do: 'ignored' }
  | { do: 'dropped' }
  | { do: 'default'; value: string }
  | { do: 'unknown' }
  | { do: 'country-position'; country: string }
  | { do: 'unlocated' }
  | { do: 'renamed'; id: string }
  | { do: 'attached'; id: string; why: 'named' | 'only' | 'partnership' }
  | { do: 'kept' }
  | { do: 'title-from'; title: string }
  | { do: 'start-from-end'; start: string }
  | { do: 'orphan' }
  | { do: 'unattached' }
  | { do: 'new-domain'; id: string; label: string };

/** Problems the schema cannot see, found in a record that fits it. */
export type RecordIssue =
  | { path: string; code: 'unknown-reference'; target: 'institution' | 'partnership' | 'document'; id: string }
  | { path: string; code: 'institution-mismatch'; id: string; expected: string }
  | { path: string; code: 'impossible-date'; got: string; year: number; month: number; day: number }
  | { path: string; code: 'date-order'; start: string; end: string }
  | { path: string; code: 'empty-partner' }
  | { path: string; code: 'missing-coordinates'; missing: 'lat' | 'lon' | 'both' }
  | { path: string; code: 'duplicate-id'; id: string }
  | { path: string; code: 'domain-label'; got: string };

/** A problem with a value and what was done about it. */
export type Recovered<I = SchemaIssue | RecordIssue> = I & { action?: Action };

/** What a record is checked against: what was kept before it. */
export interface RecoveryContext {
  checker: SchemaChecker;
  /** The institutions kept (partnerships and events refer to them). */
  institutions: readonly Institution[];
  /** The partnerships kept, by id (events refer to them). */
  partnerships: ReadonlyMap<string, Partnership>;
  /** The documents' files, when the dataset lists its documents. */
  documents: ReadonlySet<string> | null;
  domains: DomainResolver;
}

export type Collection = 'institutions' | 'partnerships' | 'events';

const RULES: Record<Collection, Rules> = { institutions: INSTITUTION_RULES, partnerships: PARTNERSHIP_RULES, events: EVENT_RULES };
const SCHEMA: Record<Collection, string> = { institutions: 'Institution', partnerships: 'Partnership', events: 'DatedEvent' };
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;

type Outcome = { record: Record<string, unknown> | null; issues: Recovered[] };
type Applied = { record: Record<string, unknown>; action: Action; also?: string[] } | { aside: Extract<Action, { do: 'set-aside' }> };

/** Repairs the record at `path` of `collection`; `record` is null when it had to be set aside. */
export function recoverRecord(raw: unknown, collection: Collection, path: string, context: RecoveryContext): Outcome {
  const issues: Recovered[] = [];
  const schema = context.checker.resolve(`#/$defs/${SCHEMA[collection]}`);
  const aside = (reason: Extract<Action, { do: 'set-aside' }>['reason'], found: (SchemaIssue | RecordIssue)[]): Outcome => ({
    record: null,
    issues: [...issues, ...found.map((issue, i) => ({ ...issue, path: joinPath(path, issue.path), ...(i === 0 ? { action: { do: 'set-aside' as const, reason } } : {}) }))],
  });
  if (!isObject(raw)) return aside('unreadable', [{ path: '', code: 'type', expected: ['object'], got: raw }]);
  const idIssues = 'id' in raw ? context.checker.check(raw.id, context.checker.resolve('#/$defs/Id'), 'id') : [{ path: '', code: 'required' as const, field: 'id' }];
  if (idIssues.length) return aside('no-id', idIssues);

  let record: Record<string, unknown> = collection === 'partnerships' ? resolveDomains(raw, path, context, issues) : raw;
  for (let round = 0; round < 6; round++) {
    const found = context.checker.check(record, schema, '');
    if (!found.length) break;
    const handled = new Map<string, Action>();
    for (const issue of found) {
      const target = targetOf(issue);
      const key = pathOf(target);
      const done = [...handled.keys()].find((p) => key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}[`));
      if (done !== undefined) {
        if (done === key) issues.push({ ...issue, path: joinPath(path, issue.path), action: handled.get(done)! });
        continue;
      }
      const applied = issue.code === 'unknown-field' ? drop(record, target, { do: 'ignored' }) : applyRule(record, target, collection, context);
      if ('aside' in applied) return aside(applied.aside.reason, [issue]);
      record = applied.record;
      handled.set(key, applied.action);
      for (const also of applied.also ?? []) handled.set(also, applied.action);
      issues.push({ ...issue, path: joinPath(path, issue.path), action: applied.action });
    }
  }
  const left = context.checker.check(record, schema, '');
  if (left.length) return aside('unreadable', left);

  const checked = checkBeyondSchema(record, collection, context);
  if ('aside' in checked) return aside(checked.aside.reason, [checked.issue]);
  for (const issue of checked.issues) issues.push({ ...issue, path: joinPath(path, issue.path) });
  return { record: checked.record, issues };
}

/** The path a schema issue is about: a missing or unknown field's own path. */
function targetOf(issue: SchemaIssue): Segment[] {
  const segments = segmentsOf(issue.path);
  return issue.code === 'required' || issue.code === 'unknown-field' ? [...segments, issue.field] : segments;
}

/** The longest rule that leads to `target` (an index matches `[]`, a last key `*`), applied. */
function applyRule(record: Record<string, unknown>, target: Segment[], collection: Collection, context: RecoveryContext): Applied {
  const rules = RULES[collection];
  for (let n = target.length; n >= 1; n--) {
    const at = target.slice(0, n);
    const pattern = pathOf(at.map((s) => (typeof s === 'number' ? -1 : s))).replace(/\[-1\]/g, '[]');
    const wildcard = typeof at[n - 1] === 'string' && n > 1 ? pattern.replace(/[^.]+$/, '*') : null;
    const fix = rules[pattern] ?? (wildcard ? rules[wildcard] : undefined);
    if (fix) return applyFix(fix, record, at, collection, context);
  }
  // No rule: the item of a list that holds the value goes (an activity, a figure...).
  for (let n = target.length; n >= 1; n--) if (typeof target[n - 1] === 'number') return drop(record, target.slice(0, n), { do: 'dropped' });
  return { aside: { do: 'set-aside', reason: 'unreadable' } };
}

function drop(record: Record<string, unknown>, at: Segment[], action: Action): Applied {
  return { record: withValueAt(record, at, REMOVE), action };
}

function set(record: Record<string, unknown>, at: Segment[], value: unknown, action: Action): Applied {
  return { record: withValueAt(record, at, value), action };
}

function applyFix(fix: Fix, record: Record<string, unknown>, at: Segment[], collection: Collection, context: RecoveryContext): Applied {
  if (typeof fix === 'object') return set(record, at, fix.default, Array.isArray(fix.default) ? { do: 'dropped' } : { do: 'default', value: fix.default as string });
  switch (fix) {
    case 'set-aside':
      return { aside: { do: 'set-aside', reason: 'unreadable' } };
    case 'drop':
      return drop(record, at, { do: 'dropped' });
    case 'unknown':
      return set(record, at, null, { do: 'unknown' });
    case 'place':
      return placeAtCountry(record, at.slice(0, -1));
    case 'precision': {
      const place = valueAt(record, at.slice(0, -1));
      const value = isObject(place) && place.city ? 'city' : isObject(place) && place.region ? 'region' : 'country';
      return set(record, at, value, { do: 'default', value });
    }
    case 'institution':
      return homeInstitution(record, at, collection, context);
    case 'partnership-title':
      return partnershipTitle(record, at);
    case 'event-title': {
      // Its partnership's title, else its id: an event with a date can always be shown.
      const partnership = typeof record.partnership === 'string' ? context.partnerships.get(record.partnership) : undefined;
      return partnership ? set(record, at, partnership.title, { do: 'title-from', title: Object.values(partnership.title)[0] }) : titleFromId(record, at);
    }
    case 'institution-name':
      return isLocalizedText(record.shortName) ? set(record, at, record.shortName, { do: 'title-from', title: Object.values(record.shortName)[0] }) : titleFromId(record, at);
    case 'event-date': {
      const date = record.date;
      if (isObject(date) && typeof date.end === 'string' && parseDatePoint(date.end)) {
        // The end is the one date known: a single date, no longer "early" or "late" in anything.
        const { end, part, ...rest } = date;
        void part;
        return set(record, ['date'], { ...rest, start: end }, { do: 'start-from-end', start: end });
      }
      return { aside: { do: 'set-aside', reason: 'no-date' } };
    }
    case 'event-partnership':
      return set(record, at, null, { do: 'unattached' });
  }
}

/** Coordinates that cannot be read: the country's position, at its level, or no place at all. */
function placeAtCountry(record: Record<string, unknown>, place: Segment[]): Applied {
  const value = valueAt(record, place);
  const country = isObject(value) && typeof value.country === 'string' && COUNTRY.test(value.country) ? value.country : null;
  const position = countryPosition(country);
  let next = withValueAt(record, [...place, 'lat'], position ? position[0] : null);
  next = withValueAt(next, [...place, 'lon'], position ? position[1] : null);
  if (position) next = withValueAt(next, [...place, 'precision'], 'country');
  const also = [pathOf([...place, 'lat']), pathOf([...place, 'lon'])];
  return { record: next, action: position ? { do: 'country-position', country: country! } : { do: 'unlocated' }, also };
}

/** The home institution a record means: the one its cell names, its partnership's, or the file's only one. */
function homeInstitution(record: Record<string, unknown>, at: Segment[], collection: Collection, context: RecoveryContext): Applied {
  const cell = valueAt(record, at);
  const folded = typeof cell === 'string' ? foldWord(cell) : '';
  const named = folded
    ? context.institutions.find((i) => foldWord(i.id) === folded || [i.name, i.shortName].some((t) => t && Object.values(t).some((v) => foldWord(v) === folded)))
    : undefined;
  if (named) return set(record, at, named.id, { do: 'attached', id: named.id, why: 'named' });
  const partnership = collection === 'events' && typeof record.partnership === 'string' ? context.partnerships.get(record.partnership) : undefined;
  if (partnership) return set(record, at, partnership.institution, { do: 'attached', id: partnership.institution, why: 'partnership' });
  if (context.institutions.length === 1) return set(record, at, context.institutions[0].id, { do: 'attached', id: context.institutions[0].id, why: 'only' });
  if (typeof cell === 'string' && ID.test(cell)) return { record, action: { do: 'kept' } };
  return { aside: { do: 'set-aside', reason: 'no-institution' } };
}

/**
 * A partnership without a usable title is called by its first partner's name, else its city,
 * its region or its country, else (a partner placed by coordinates alone) its id; one with
 * neither a named partner nor any place is set aside.
 */
function partnershipTitle(record: Record<string, unknown>, at: Segment[]): Applied {
  const partners = Array.isArray(record.partners) ? record.partners.filter(isObject) : [];
  const name = partners.map((p) => p.name).find(isLocalizedText);
  if (name) return set(record, at, name, { do: 'title-from', title: Object.values(name)[0] });
  const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
  const place = partners.map((p) => p.city).find(text) ?? partners.map((p) => p.region).find(text);
  if (place) return set(record, at, { fr: place }, { do: 'title-from', title: place });
  const country = partners.map((p) => p.country).find((c): c is string => typeof c === 'string' && COUNTRY.test(c) && countryName(c, 'fr') !== c);
  if (country) {
    const title = Object.fromEntries(['fr', 'en', 'ar'].map((language) => [language, countryName(country, language)]));
    return set(record, at, title, { do: 'title-from', title: title.fr });
  }
  if (partners.some((p) => typeof p.lat === 'number' && typeof p.lon === 'number')) return titleFromId(record, at);
  return { aside: { do: 'set-aside', reason: 'no-name' } };
}

/** The record's id as its title (the id is valid: recovery starts there). */
function titleFromId(record: Record<string, unknown>, at: Segment[]): Applied {
  const id = String(record.id);
  return set(record, at, { fr: id }, { do: 'title-from', title: id });
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return isObject(value) && Object.keys(value).length > 0 && Object.entries(value).every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k) && typeof v === 'string' && v !== '');
}

/** Domains written as labels read as ids (new domains made for unknown ones), before the schema is checked. */
function resolveDomains(record: Record<string, unknown>, path: string, context: RecoveryContext, issues: Recovered[]): Record<string, unknown> {
  if (!Array.isArray(record.domains)) return record;
  const language = isObject(record.title) ? (Object.keys(record.title)[0] ?? 'fr') : 'fr';
  const ids: unknown[] = [];
  record.domains.forEach((entry, i) => {
    if (typeof entry !== 'string') return void ids.push(entry);
    const resolved = context.domains.resolve(entry, language);
    if (!resolved) return void issues.push({ path: joinPath(path, `domains[${i}]`), code: 'empty', got: entry, action: { do: 'dropped' } });
    if (resolved.created !== undefined) issues.push({ path: joinPath(path, `domains[${i}]`), code: 'domain-label', got: entry, action: { do: 'new-domain', id: resolved.id, label: resolved.created } });
    if (!ids.includes(resolved.id)) ids.push(resolved.id);
  });
  return { ...record, domains: ids };
}

type Checked = { record: Record<string, unknown>; issues: Recovered<RecordIssue>[] } | { aside: Extract<Action, { do: 'set-aside' }>; issue: RecordIssue };

/** References, dates and empty partners: what the schema cannot check, repaired the same way. */
function checkBeyondSchema(input: Record<string, unknown>, collection: Collection, context: RecoveryContext): Checked {
  let record = input;
  const issues: Recovered<RecordIssue>[] = [];
  const fix = (issue: RecordIssue, applied: Applied): boolean => {
    if ('aside' in applied) return false;
    record = applied.record;
    issues.push({ ...issue, action: applied.action });
    return true;
  };
  // A place without (both) coordinates but with a country is drawn at the country's position.
  const placeWithoutCoordinates = (at: Segment[]) => {
    const place = valueAt(record, at) as Record<string, unknown>;
    const [lat, lon] = [typeof place.lat === 'number', typeof place.lon === 'number'];
    if ((lat && lon) || (!lat && !lon && !place.country)) return;
    const applied = placeAtCountry(record, at);
    if (!lat && !lon && 'action' in applied && applied.action.do === 'unlocated') return;
    const missing = lat ? 'lon' : lon ? 'lat' : 'both';
    fix({ path: pathOf([...at, missing === 'lon' ? 'lon' : 'lat']), code: 'missing-coordinates', missing }, applied);
  };
  if (collection !== 'institutions') {
    const institution = record.institution as string;
    const partnership = collection === 'events' && typeof record.partnership === 'string' ? context.partnerships.get(record.partnership) : undefined;
    if (!context.institutions.some((i) => i.id === institution)) {
      const issue: RecordIssue = { path: 'institution', code: 'unknown-reference', target: 'institution', id: institution };
      const applied = homeInstitution(record, ['institution'], collection, context);
      if (!fix(issue, applied)) return { aside: (applied as { aside: Extract<Action, { do: 'set-aside' }> }).aside, issue };
    } else if (partnership && partnership.institution !== institution) {
      fix({ path: 'institution', code: 'institution-mismatch', id: institution, expected: partnership.institution }, set(record, ['institution'], partnership.institution, { do: 'attached', id: partnership.institution, why: 'partnership' }));
    }
    if (collection === 'events' && typeof record.partnership === 'string' && !partnership) {
      issues.push({ path: 'partnership', code: 'unknown-reference', target: 'partnership', id: record.partnership, action: { do: 'orphan' } });
    }
  }
  const dates: [Segment[], 'unknown' | 'drop' | 'event'][] =
    collection === 'partnerships' ? [[['since'], 'unknown'], [['until'], 'drop']] : collection === 'events' ? [[['date'], 'event']] : [];
  const figures = Array.isArray(record.figures) ? record.figures : [];
  figures.forEach((_, i) => dates.push([['figures', i, 'period'], 'drop']));
  for (const [at, how] of dates) {
    const date = valueAt(record, at);
    if (!isObject(date)) continue;
    const start = impossible(date.start, [...at, 'start']);
    const end = impossible(date.end, [...at, 'end']);
    if (how === 'event' && start) {
      const applied = applyFix('event-date', record, at, collection, context);
      if (!fix(start, applied)) return { aside: (applied as { aside: Extract<Action, { do: 'set-aside' }> }).aside, issue: start };
    } else if (start) fix(start, how === 'unknown' ? set(record, at, null, { do: 'unknown' }) : drop(record, at, { do: 'dropped' }));
    else if (end) fix(end, drop(record, [...at, 'end'], { do: 'dropped' }));
    else if (typeof date.end === 'string' && parseDatePoint(date.end)!.end <= parseDatePoint(date.start as string)!.start) {
      fix({ path: pathOf(at), code: 'date-order', start: date.start as string, end: date.end }, drop(record, [...at, 'end'], { do: 'dropped' }));
    }
  }
  if (collection === 'partnerships') {
    // A partner with neither a name nor anything of a place says nothing: it goes, its partnership stays.
    const partners = record.partners as Record<string, unknown>[];
    for (let i = partners.length - 1; i >= 0; i--) {
      const p = partners[i];
      if (!p.name && !p.city && !p.region && !p.country && (p.lat == null || p.lon == null)) fix({ path: `partners[${i}]`, code: 'empty-partner' }, drop(record, ['partners', i], { do: 'dropped' }));
    }
    (record.partners as unknown[]).forEach((_, i) => placeWithoutCoordinates(['partners', i]));
  } else if (collection === 'institutions') placeWithoutCoordinates([]);
  if (context.documents) for (const issue of unknownDocuments(record, context.documents)) issues.push({ ...issue, action: { do: 'kept' } });
  return { record, issues };
}

/** An impossible day ("2023-02-31") as an issue at `at`, else null. */
function impossible(point: unknown, at: Segment[]): RecordIssue | null {
  if (typeof point !== 'string' || parseDatePoint(point)) return null;
  const [year, month, day] = point.split('-').map(Number);
  return { path: pathOf(at), code: 'impossible-date', got: point, year, month, day };
}

/** Citations (objects with `document` and `quote`) anywhere in a record that name an unlisted document. */
function unknownDocuments(record: object, known: ReadonlySet<string>): RecordIssue[] {
  const found: RecordIssue[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (isObject(value)) {
      if (typeof value.document === 'string' && typeof value.quote === 'string' && !known.has(value.document)) {
        found.push({ path: joinPath(path, 'document'), code: 'unknown-reference', target: 'document', id: value.document });
      }
      for (const [key, child] of Object.entries(value)) visit(child, childPath(path, key));
    }
  };
  visit(record, '');
  return found;
}

