/**
 * From the dataset's events to what the timeline shows: each event with its date and title
 * in the page's language and the room its label needs, and the one lane they are in
 * without `group-by` (timeline-groups.ts groups them, loaded when `group-by` is set).
 */
import type { EventRecord } from '../../data/dataset.js';
import type { TemplateResult } from 'lit';
import { resolveText, type Resolved } from '../../data/localized-text.js';
import { formatPartialDate } from '../../time/format-date.js';
import { eventStatusLabel } from '../shared/labels.js';
import { estimateTextWidth, labelWidths, type TextMeasure } from './label-width.js';
import type { LaneInput, TimelineItem } from './timeline-stack.js';

/** What lanes group events by. */
export type GroupBy = 'institution' | 'country' | 'partnership' | 'kind';

/** The values `group-by` takes. */
export const GROUP_KEYS: readonly GroupBy[] = ['institution', 'country', 'partnership', 'kind'];

/** Reads the `group-by` attribute; anything else means no grouping. */
export function groupByName(value: string | null | undefined): GroupBy | null {
  const name = (value ?? '').trim().toLowerCase();
  return (GROUP_KEYS as readonly string[]).includes(name) ? (name as GroupBy) : null;
}

/** An event as the timeline shows it. */
export interface TimelineEvent extends TimelineItem {
  event: EventRecord;
  /** The date at the source's precision, in the page's language. */
  date: string;
  title: Resolved;
  /** The language the date and title were prepared for. */
  locale: string;
  /** The language and font the label was measured in. */
  measuredFor: string;
}

/** A lane and what its label says. */
export interface Lane extends LaneInput<TimelineEvent> {
  /** A partnership's title carries its language when it is not the page's (timeline-groups.ts). */
  label: string | TemplateResult;
}

// One TimelineEvent per record and language: records are immutable, and estimating the
// labels of 10,000 events on every search would be wasted work.
const shown = new WeakMap<EventRecord, TimelineEvent>();

/**
 * The events with their formatted date, title and label width in `locale`, measured with
 * `measure` (whose font `measureKey` names; by default an estimate from the characters).
 */
export function timelineEvents(events: readonly EventRecord[], locale: string, measure: TextMeasure = estimateTextWidth, measureKey = 'estimate'): TimelineEvent[] {
  const planned = eventStatusLabel('planned');
  const measuredFor = `${locale}|${measureKey}`;
  // The "Prévu" badge: bold, with a margin, a padding and a border.
  const badge = measure(planned, 12.5, 600) + 14;
  return events.map((event) => {
    const cached = shown.get(event);
    if (cached?.measuredFor === measuredFor) return cached;
    const date = formattedDate(event.date, locale);
    const title = resolveText(event.title, locale);
    const { full, wrapped } = labelWidths({ line: { text: date, fontSize: 12.5, extra: event.status === 'planned' ? badge : 0 }, title: { text: title.text, fontSize: 14 } }, measure);
    const item: TimelineEvent = { key: event.id, start: event.interval.start, end: event.interval.end, full, wrapped, event, date, title, locale, measuredFor };
    shown.set(event, item);
    return item;
  });
}

// Many events share a date ("2016", "2016-04"): format each date once per language.
const dates = new Map<string, string>();
function formattedDate(date: EventRecord['date'], locale: string): string {
  const key = `${locale}|${date.start}|${date.end ?? ''}|${date.approximate ? 1 : 0}|${date.part ?? ''}`;
  let text = dates.get(key);
  if (text === undefined) {
    if (dates.size > 50_000) dates.clear();
    dates.set(key, (text = formatPartialDate(date, locale)));
  }
  return text;
}

/** All events in one unlabelled lane. */
export function oneLane(items: readonly TimelineEvent[]): Lane[] {
  return [{ key: 'all', label: '', items }];
}
