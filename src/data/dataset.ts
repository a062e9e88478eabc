/**
 * The normalised dataset the elements read: validated records with their dates turned into
 * comparable intervals, events in chronological order, and indexes by id. Built once per
 * loaded dataset; never modifies the records it was given.
 */
import { compareIntervals, toInterval, type DateInterval } from '../time/partial-date.js';
import type {
  CooperationDataset,
  DatedEvent,
  Institution,
  LocalizedText,
  Partnership,
  SourceDocument,
} from './schema.generated.js';

/** A partnership with its start as an interval and the countries of its partners. */
export interface PartnershipRecord extends Partnership {
  /** `since` as an interval, or null when the start is unknown. */
  readonly sinceInterval: DateInterval | null;
  /** `until` as an interval, or null while it goes on (or its end is unknown). */
  readonly untilInterval: DateInterval | null;
  /** ISO codes of the partners' countries, without repeats, in partner order. */
  readonly countries: readonly string[];
}

/** A dated event with its date as an interval. */
export interface EventRecord extends DatedEvent {
  readonly interval: DateInterval;
  /** For an event of a file whose partnership is not in it (set aside, or misspelt): the id it names (`partnership` is then null). */
  readonly unknownPartnership?: string;
}

/** A loaded, validated, normalised dataset. */
export interface Dataset {
  /**
   * Whether the records have every field. The bundled data leaves out the long texts and
   * citations until a card asks for them (see `details.ts`); a file's data has them all.
   */
  readonly complete: boolean;
  readonly institutions: readonly Institution[];
  /** In the order of the source file. */
  readonly partnerships: readonly PartnershipRecord[];
  /** In chronological order (then by id, so the order is stable). */
  readonly events: readonly EventRecord[];
  readonly documents: readonly SourceDocument[];
  /** Labels of domain ids. */
  readonly domains: Readonly<Record<string, LocalizedText>>;
  readonly institutionById: ReadonlyMap<string, Institution>;
  readonly partnershipById: ReadonlyMap<string, PartnershipRecord>;
  readonly eventById: ReadonlyMap<string, EventRecord>;
  readonly documentByFile: ReadonlyMap<string, SourceDocument>;
  /** Events of each partnership, chronological. */
  readonly eventsByPartnership: ReadonlyMap<string, readonly EventRecord[]>;
  /** For data split by institution: each institution's file (as written, relative to the dataset's); its records are not in this dataset. */
  readonly parts: Readonly<Record<string, string>> | null;
}

/**
 * Builds the normalised dataset from validated data (see `validateDataset`): records whose
 * dates cannot be read must have been set aside already.
 */
export function normalizeDataset(data: CooperationDataset, { complete = true } = {}): Dataset {
  const partnerships: PartnershipRecord[] = data.partnerships.map((p) => ({
    ...p,
    sinceInterval: p.since ? toInterval(p.since) : null,
    untilInterval: p.until ? toInterval(p.until) : null,
    countries: [...new Set(p.partners.map((partner) => partner.country).filter((c): c is string => !!c))],
  }));
  const events: EventRecord[] = data.events
    .map((e) => ({ ...e, interval: toInterval(e.date)! }))
    .sort((a, b) => compareIntervals(a.interval, b.interval) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const eventsByPartnership = new Map<string, EventRecord[]>();
  for (const event of events) {
    if (event.partnership === null) continue;
    const list = eventsByPartnership.get(event.partnership);
    if (list) list.push(event);
    else eventsByPartnership.set(event.partnership, [event]);
  }

  const documents = data.documents ?? [];
  return {
    complete,
    institutions: data.institutions,
    partnerships,
    events,
    documents,
    domains: data.domains ?? {},
    institutionById: new Map(data.institutions.map((i) => [i.id, i])),
    partnershipById: new Map(partnerships.map((p) => [p.id, p])),
    eventById: new Map(events.map((e) => [e.id, e])),
    documentByFile: new Map(documents.map((d) => [d.file, d])),
    eventsByPartnership,
    parts: data.parts ?? null,
  };
}
