/**
 * What a timeline draws, derived from its inputs by pure, memoised steps: the events the
 * filters keep, those a search finds, their labels in the page's language, their lanes,
 * the time domain and initial window, and the layout at a scale. Nothing here is state:
 * the same inputs give the same (identical) results, and a step runs again only when one
 * of its inputs changed. The visible window itself belongs to `TimeViewController`.
 */
import type { Dataset, EventRecord, PartnershipRecord } from '../../data/dataset.js';
import { eventsMatching, type DataFilter } from '../../data/query.js';
import { memoize } from '../../model/memoize.js';
import { clampWindow, parseBound, timeDomain, type TimeWindow } from '../../time/time-window.js';
import type { TextMeasure } from './label-width.js';
import { oneLane, timelineEvents, type GroupBy, type Lane, type TimelineEvent } from './timeline-lanes.js';
import { layoutTimeline, type TimelineLayout } from './timeline-stack.js';
import { listEntries, type ListEntry } from './timeline-virtual.js';

/** The module that groups events in lanes (loaded with `group-by`). */
export type Grouping = typeof import('./timeline-groups.js');

/** Most entries in the vertical list; beyond, periods are shown as counts. */
export const LIST_LIMIT = 60;

/** The domain a timeline can show and the window it opens on. */
export interface TimeFrame {
  domain: TimeWindow;
  initial: TimeWindow;
}

export class TimelineModel {
  /** The events the filters keep (the page's, the visitors'), chronological. */
  readonly matched = memoize((dataset: Dataset, filters: readonly DataFilter[]): EventRecord[] => eventsMatching(dataset, filters));

  /** The partnerships of the events the page's filters keep: what a visitor can filter. */
  readonly partnershipsOf = memoize((dataset: Dataset, filter: DataFilter): PartnershipRecord[] => {
    const ids = new Set(eventsMatching(dataset, filter).map((e) => e.partnership));
    return dataset.partnerships.filter((p) => ids.has(p.id));
  });

  /** The events a search finds among them (`searchable` may be the dataset with every field). */
  readonly found = memoize((matched: EventRecord[], searchable: Dataset, filters: readonly DataFilter[], query: string): EventRecord[] =>
    query ? eventsMatching(searchable, [...filters, { text: query }]) : matched,
  );

  /** The events as shown: dates, titles and label widths in `locale`. */
  readonly items = memoize((events: readonly EventRecord[], locale: string, measure: TextMeasure, measureKey: string): TimelineEvent[] =>
    timelineEvents(events, locale, measure, measureKey),
  );

  /** The lanes: one, or one per group (`grouping`: timeline-groups.ts, once loaded). */
  readonly lanes = memoize((items: readonly TimelineEvent[], groupBy: GroupBy | null, grouping: Grouping | null, dataset: Dataset, locale: string): Lane[] =>
    groupBy && grouping ? grouping.groupLanes(items, groupBy, dataset, locale) : oneLane(items),
  );

  /** All that can be shown (the filtered events, and `from`/`to`), and the window asked for. */
  readonly frame = memoize((matched: readonly EventRecord[], from: string | null, to: string | null): TimeFrame => {
    const start = parseBound(from, 'start');
    const end = parseBound(to, 'end');
    const domain = timeDomain(
      matched.map((e) => e.interval),
      { start: start ?? undefined, end: end ?? undefined },
    );
    const asked = { start: start ?? domain.start, end: end ?? domain.end };
    return { domain, initial: asked.end > asked.start ? clampWindow(asked, domain) : { ...domain } };
  });

  /** The entries of `layout` within the window that starts at `offset` world px and spans `base` px. */
  readonly inWindow = memoize(<E extends { x: number }>(layout: { lanes: readonly { entries: readonly E[] }[] }, offset: number, base: number) =>
    layout.lanes.map((l) => ({ entries: l.entries.filter((e) => e.x >= offset && e.x <= offset + base) })),
  );

  /** The time axis' layout of the whole domain at `pxPerMs`. */
  readonly layout = memoize(
    (lanes: readonly Lane[], domain: TimeWindow, pxPerMs: number, maxRows: number, labelled: boolean, margin: number): TimelineLayout<TimelineEvent> =>
      layoutTimeline(lanes, { domain, pxPerMs, maxRows, labelled, margin }),
  );

  /** The vertical list of `window`. */
  readonly list = memoize((lanes: readonly Lane[], window: TimeWindow): { key: string; entries: ListEntry<TimelineEvent>[] }[] => listEntries(lanes, window, LIST_LIMIT));
}
