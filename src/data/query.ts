/**
 * Queries over a normalised dataset: the filters every element offers as attributes
 * (institution, country, domain, status, kind), a time window and an accent-insensitive
 * text search. Each list filter keeps a record matching any of its values; an absent or
 * empty list does not filter. Several filters (the page's, then a visitor's) combine with AND.
 */
import { overlaps } from '../time/partial-date.js';
import type { Dataset, EventRecord, PartnershipRecord } from './dataset.js';
import type { LocalizedText } from './schema.generated.js';

export { parseTokenList } from './tokens.js';

/** What to keep. Every field is optional; filters combine with AND. */
export interface DataFilter {
  /** Home institution ids. */
  institutions?: readonly string[] | null;
  /** ISO 3166-1 alpha-2 codes of partner countries (or of an event's place). */
  countries?: readonly string[] | null;
  /** Domain ids. */
  domains?: readonly string[] | null;
  /** Partnership statuses (active, planned...) for partnerships; done/planned for events. */
  statuses?: readonly string[] | null;
  /** Partnership kinds (partnership, network...) for partnerships; event kinds for events. */
  kinds?: readonly string[] | null;
  /** Start of the time window, UTC milliseconds (inclusive). */
  from?: number | null;
  /** End of the time window, UTC milliseconds (exclusive). */
  to?: number | null;
  /** Words to find, in any language, ignoring case and accents. */
  text?: string | null;
  /** For events: the statuses of their partnership (an event without one is not kept). */
  partnershipStatuses?: readonly string[] | null;
  /** For events: the kinds of their partnership (likewise). */
  partnershipKinds?: readonly string[] | null;
}

/** One filter, or several that must all keep a record. */
export type DataFilters = DataFilter | readonly DataFilter[];

function all(filters: DataFilters): readonly DataFilter[] {
  return Array.isArray(filters) ? filters : [filters as DataFilter];
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Lower-cases and strips accents so that "Viet Duc" finds "Viêt Duc", "hopital" finds
 * "Hôpital" and "coeur" finds "cœur" (ligatures do not decompose under NFD).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[œæß]/g, (c) => LIGATURES[c]);
}

/** The partnerships of a dataset that match `filters`, in dataset order. */
export function partnershipsMatching(dataset: Dataset, filters: DataFilters = {}): PartnershipRecord[] {
  const tests = all(filters).map(partnershipTest);
  return dataset.partnerships.filter((p) => tests.every((test) => test(p)));
}

/** The events of a dataset that match `filters`, in chronological order. */
export function eventsMatching(dataset: Dataset, filters: DataFilters = {}): EventRecord[] {
  const tests = all(filters).map((f) => eventTest(dataset, f));
  return dataset.events.filter((e) => tests.every((test) => test(e)));
}

/** Whether partnership `p` matches `filter`. */
export function partnershipMatches(p: PartnershipRecord, filter: DataFilter): boolean {
  return partnershipTest(filter)(p);
}

function partnershipTest(filter: DataFilter): (p: PartnershipRecord) => boolean {
  const words = searchWords(filter.text);
  return (p) =>
    anyOf(filter.institutions, [p.institution]) &&
    anyOf(filter.countries, p.countries) &&
    anyOf(filter.domains, p.domains) &&
    anyOf(filter.statuses, [p.status]) &&
    anyOf(filter.kinds, [p.kind]) &&
    activeWithin(p, filter.from, filter.to) &&
    (words.length === 0 || containsAll(partnershipText(p), words));
}

function eventTest(dataset: Dataset, filter: DataFilter): (e: EventRecord) => boolean {
  const words = searchWords(filter.text);
  return (e) => {
    const partnership = e.partnership === null ? undefined : dataset.partnershipById.get(e.partnership);
    const countries = e.place?.country ? [e.place.country, ...(partnership?.countries ?? [])] : (partnership?.countries ?? []);
    return (
      anyOf(filter.institutions, [e.institution]) &&
      anyOf(filter.countries, countries) &&
      anyOf(filter.domains, partnership?.domains ?? []) &&
      anyOf(filter.statuses, [e.status]) &&
      anyOf(filter.kinds, [e.kind]) &&
      anyOf(filter.partnershipStatuses, partnership ? [partnership.status] : []) &&
      anyOf(filter.partnershipKinds, partnership ? [partnership.kind] : []) &&
      overlaps(e.interval, filter.from, filter.to) &&
      (words.length === 0 || containsAll(eventText(e, partnership), words))
    );
  };
}

/** The partnerships of one home institution. */
export function partnershipsOf(dataset: Dataset, institutionId: string): PartnershipRecord[] {
  return partnershipsMatching(dataset, { institutions: [institutionId] });
}

function anyOf(wanted: readonly string[] | null | undefined, values: readonly string[]): boolean {
  return !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));
}

function activeWithin(p: PartnershipRecord, from?: number | null, to?: number | null): boolean {
  if (from == null && to == null) return true;
  // An unknown start counts as "always was", an unknown end as "still going".
  const start = p.sinceInterval?.start ?? -Infinity;
  const end = p.untilInterval?.end ?? Infinity;
  return (to == null || start < to) && (from == null || end > from);
}

function searchWords(text: string | null | undefined): string[] {
  return foldForSearch(text ?? '').split(/\s+/).filter(Boolean);
}

function containsAll(haystack: string, words: string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

function allLanguages(...texts: (LocalizedText | null | undefined)[]): string {
  return texts.flatMap((t) => (t ? Object.values(t) : [])).join(' ');
}

// Folded search text per record, computed on first search: records are immutable.
const searchable = new WeakMap<object, string>();

function partnershipText(p: PartnershipRecord): string {
  let text = searchable.get(p);
  if (text === undefined) {
    const partners = p.partners.map((x) => `${allLanguages(x.name)} ${x.city ?? ''}`).join(' ');
    searchable.set(p, (text = foldForSearch(`${allLanguages(p.title, p.summary)} ${partners}`)));
  }
  return text;
}

function eventText(e: EventRecord, p: PartnershipRecord | undefined): string {
  let text = searchable.get(e);
  if (text === undefined) {
    const place = e.place ? `${e.place.name ?? ''} ${e.place.city ?? ''}` : '';
    searchable.set(e, (text = foldForSearch(`${allLanguages(e.title, e.description)} ${place}`)));
  }
  return p ? `${text} ${partnershipText(p)}` : text;
}
