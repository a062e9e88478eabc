/**
 * Partnerships and events with every field, for views that draw the bundled records of
 * whole institutions and tell one of them whole on demand: an event's details, a search
 * through descriptions. A dataset read from a file has every field already; the bundled
 * one brings them per partnership (see `bundled-details.ts`).
 */
import { bundledDetails } from './bundled-details.js';
import { normalizeDataset, type Dataset, type EventRecord } from './dataset.js';

/** What one details part covers: a partnership id, or `@institution` for its events without a partnership. */
const ownerOf = (event: EventRecord): string => event.partnership ?? `@${event.institution}`;

/** Full events by language and id, per dataset, as their parts arrive. */
const full = new WeakMap<Dataset, Map<string, EventRecord>>();

/** An event with every field (texts in `language` and French) if at hand; undefined while it still has to be fetched, null when unknown. */
export function peekEventDetails(dataset: Dataset, eventId: string, language: string): EventRecord | null | undefined {
  const event = dataset.eventById.get(eventId);
  if (!event) return null;
  return dataset.complete ? event : full.get(dataset)?.get(`${language}|${eventId}`);
}

/** An event with every field; null when `dataset` has no such event. */
export async function loadEventDetails(dataset: Dataset, eventId: string, language: string): Promise<EventRecord | null> {
  const known = peekEventDetails(dataset, eventId, language);
  if (known !== undefined) return known;
  const event = dataset.eventById.get(eventId)!;
  const part = await detailsOrNone(ownerOf(event), language);
  let byKey = full.get(dataset);
  if (!byKey) full.set(dataset, (byKey = new Map()));
  for (const e of part?.events ?? []) {
    const record = dataset.eventById.get(e.id);
    if (record) byKey.set(`${language}|${e.id}`, { ...e, interval: record.interval });
  }
  // Without its part, the event as drawn: known from now on, so the view stops asking.
  if (!byKey.has(`${language}|${eventId}`)) byKey.set(`${language}|${eventId}`, event);
  return byKey.get(`${language}|${eventId}`)!;
}

/** A part, or null when it cannot be read: descriptions are extras, and a view shows what it has without them. */
function detailsOrNone(owner: string, language: string) {
  return bundledDetails(owner, language).catch(() => null);
}

const completed = new WeakMap<Dataset, Map<string, Promise<Dataset>>>();

/**
 * `dataset` with every field of every record, texts in `language` and French (itself if it
 * has every field already): what a search through descriptions and summaries needs.
 * Fetches the missing parts once.
 */
export function completeDataset(dataset: Dataset, language: string): Promise<Dataset> {
  if (dataset.complete) return Promise.resolve(dataset);
  let byLanguage = completed.get(dataset);
  if (!byLanguage) completed.set(dataset, (byLanguage = new Map()));
  let loading = byLanguage.get(language);
  if (!loading) {
    const owners = [...new Set([...dataset.partnerships.map((p) => p.id), ...dataset.events.map(ownerOf)])];
    loading = Promise.all(owners.map((owner) => detailsOrNone(owner, language))).then((all) => {
      const partnerships = new Map(all.flatMap((part) => (part?.partnership ? [[part.partnership.id, part.partnership] as const] : [])));
      const events = new Map(all.flatMap((part) => part?.events ?? []).map((e) => [e.id, e]));
      const documents = new Map(all.flatMap((part) => part?.documents ?? []).map((d) => [d.file, d]));
      return normalizeDataset({
        version: 1,
        institutions: [...dataset.institutions],
        domains: { ...dataset.domains },
        documents: [...documents.values()],
        partnerships: dataset.partnerships.map((p) => partnerships.get(p.id) ?? p),
        events: dataset.events.map((e) => events.get(e.id) ?? e),
      });
    });
    byLanguage.set(language, loading);
  }
  return loading;
}
