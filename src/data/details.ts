/**
 * Partnerships and events with every field, for the views that tell them whole (a card, an
 * event's details, a search through descriptions). A dataset read from a file has them all
 * already; the bundled one brings them per partnership on first use (see `bundled.ts`).
 */
import { detailParts } from '../generated/data/details.js';
import type { DetailPart } from './bundled.js';
import { normalizeDataset, type Dataset, type EventRecord, type PartnershipRecord } from './dataset.js';
import type { SourceDocument } from './schema.generated.js';

/** Events told whole, with the documents their citations refer to. */
export interface EventDetails {
  /** With every field, in chronological order. */
  events: readonly EventRecord[];
  documentByFile: ReadonlyMap<string, SourceDocument>;
}

/** A partnership told whole, with its events. */
export interface PartnershipDetails extends EventDetails {
  partnership: PartnershipRecord;
}

/** What one details part covers: a partnership id, or `@institution` for its events without a partnership. */
type Owner = string;

const cache = new WeakMap<Dataset, Map<Owner, Promise<EventDetails & { partnership?: PartnershipRecord }>>>();
const ready = new WeakMap<Dataset, Map<Owner, EventDetails & { partnership?: PartnershipRecord }>>();

/** The details of a partnership if they are at hand; undefined while they still have to be fetched. */
export function peekDetails(dataset: Dataset, partnershipId: string): PartnershipDetails | null | undefined {
  if (!dataset.partnershipById.has(partnershipId)) return null;
  const found = dataset.complete ? fromComplete(dataset, partnershipId) : ready.get(dataset)?.get(partnershipId);
  return found ? (found as PartnershipDetails) : undefined;
}

/** The details of a partnership of `dataset`; null when it has no such partnership. */
export async function loadDetails(dataset: Dataset, partnershipId: string): Promise<PartnershipDetails | null> {
  if (!dataset.partnershipById.has(partnershipId)) return null;
  return (await ownerDetails(dataset, partnershipId)) as PartnershipDetails;
}

/** An event with every field if it is at hand; undefined while it still has to be fetched. */
export function peekEventDetails(dataset: Dataset, eventId: string): EventRecord | null | undefined {
  const event = dataset.eventById.get(eventId);
  if (!event) return null;
  if (dataset.complete) return event;
  return ready.get(dataset)?.get(ownerOf(event))?.events.find((e) => e.id === eventId);
}

const ownerOf = (event: EventRecord): Owner => event.partnership ?? `@${event.institution}`;

/** One event with every field, and the documents it cites; null when `dataset` has no such event. */
export async function loadEventDetails(dataset: Dataset, eventId: string): Promise<{ event: EventRecord; documentByFile: ReadonlyMap<string, SourceDocument> } | null> {
  const event = dataset.eventById.get(eventId);
  if (!event) return null;
  const details = await ownerDetails(dataset, ownerOf(event));
  return { event: details.events.find((e) => e.id === eventId) ?? event, documentByFile: details.documentByFile };
}

const parts = new Map<string, Promise<DetailPart | null>>();

/** The details part of a bundled owner, or null when it has none. */
function bundledDetails(owner: Owner): Promise<DetailPart | null> {
  let part = parts.get(owner);
  if (!part) parts.set(owner, (part = Object.hasOwn(detailParts, owner) ? (detailParts[owner]() as Promise<DetailPart>) : Promise.resolve(null)));
  return part;
}

function ownerDetails(dataset: Dataset, owner: Owner): Promise<EventDetails & { partnership?: PartnershipRecord }> {
  let forDataset = cache.get(dataset);
  if (!forDataset) cache.set(dataset, (forDataset = new Map()));
  let loading = forDataset.get(owner);
  if (!loading) {
    loading = (dataset.complete ? Promise.resolve(fromComplete(dataset, owner)) : fromBundled(dataset, owner)).then((details) => {
      let done = ready.get(dataset);
      if (!done) ready.set(dataset, (done = new Map()));
      done.set(owner, details);
      return details;
    });
    forDataset.set(owner, loading);
  }
  return loading;
}

function fromComplete(dataset: Dataset, owner: Owner): EventDetails & { partnership?: PartnershipRecord } {
  const partnership = dataset.partnershipById.get(owner);
  const events = partnership
    ? (dataset.eventsByPartnership.get(owner) ?? [])
    : dataset.events.filter((e) => e.partnership === null && `@${e.institution}` === owner);
  return { partnership, events, documentByFile: dataset.documentByFile };
}

async function fromBundled(dataset: Dataset, owner: Owner): Promise<EventDetails & { partnership?: PartnershipRecord }> {
  const part = await bundledDetails(owner);
  const base = fromComplete(dataset, owner);
  const more = new Map(part?.events.map((e) => [e.id, e]));
  return {
    partnership: base.partnership && { ...base.partnership, ...part?.partnership },
    events: base.events.map((e) => ({ ...e, ...more.get(e.id) })),
    documentByFile: new Map(part?.documents.map((d) => [d.file, d])),
  };
}

const completed = new WeakMap<Dataset, Promise<Dataset>>();

/**
 * `dataset` with every field of every record (itself if it has them already): what a search
 * through descriptions and summaries needs. Fetches the missing details once.
 */
export function completeDataset(dataset: Dataset): Promise<Dataset> {
  if (dataset.complete) return Promise.resolve(dataset);
  let loading = completed.get(dataset);
  if (!loading) {
    const owners = [...new Set([...dataset.partnerships.map((p) => p.id), ...dataset.events.map(ownerOf)])];
    loading = Promise.all(owners.map((owner) => ownerDetails(dataset, owner))).then((all) => {
      const partnerships = all.flatMap((d) => (d.partnership ? [d.partnership] : []));
      const byId = new Map(all.flatMap((d) => d.events).map((e) => [e.id, e]));
      const documents = new Map(all.flatMap((d) => [...d.documentByFile]));
      return normalizeDataset({
        version: 1,
        institutions: [...dataset.institutions],
        domains: { ...dataset.domains },
        documents: [...documents.values()],
        partnerships,
        events: dataset.events.map((e) => byId.get(e.id) ?? e),
      });
    });
    completed.set(dataset, loading);
  }
  return loading;
}
