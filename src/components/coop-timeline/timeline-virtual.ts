/**
 * What of a timeline is worth putting in the DOM: the entries and lanes near the view on
 * the time axis, and, for the vertical list of a narrow element, a window's events (or its
 * dense periods as counts). Pure.
 */
import { TIME_UNITS } from '../../time/calendar.js';
import type { TimeWindow } from '../../time/time-window.js';
import type { Entry, LaneInput, TimelineItem } from './timeline-stack.js';

/** The entries whose box meets `[u0, u1]` (world px). */
export function entriesInRange<T extends TimelineItem>(entries: readonly Entry<T>[], u0: number, u1: number): Entry<T>[] {
  return entries.filter((e) => e.x <= u1 && e.x + e.width >= u0);
}

/** The lanes that meet `[top, bottom]` (px from the top of the lanes), as indexes `[first, last)`. */
export function lanesInRange(lanes: readonly { top: number; height: number }[], top: number, bottom: number): [number, number] {
  let first = 0;
  while (first < lanes.length && lanes[first].top + lanes[first].height < top) first++;
  let last = first;
  while (last < lanes.length && lanes[last].top <= bottom) last++;
  return [first, last];
}

/** The world px range rendered around a view `width` px wide at `offset`: half a view on each side, so a pan rarely re-renders. */
export function renderedRange(offset: number, width: number): [number, number] {
  return [offset - width / 2, offset + width * 1.5];
}

/** An entry of the vertical (narrow) list. */
export type ListEntry<T extends TimelineItem> =
  | { type: 'event'; key: string; item: T }
  | { type: 'cluster'; key: string; items: T[]; start: number; end: number };

/**
 * The vertical list of a window: its events, or when there are more than `limit`, the
 * finest calendar unit that brings the list down to `limit` entries, each unit with
 * several events shown as their count.
 */
export function listEntries<T extends TimelineItem>(lanes: readonly LaneInput<T>[], window: TimeWindow, limit: number): { key: string; entries: ListEntry<T>[] }[] {
  const inWindow = lanes.map((lane) => ({ key: lane.key, items: lane.items.filter((i) => i.end > window.start && i.start < window.end) }));
  const total = inWindow.reduce((n, l) => n + l.items.length, 0);
  const asEvents = (items: readonly T[]): ListEntry<T>[] => items.map((item) => ({ type: 'event', key: item.key, item }));
  if (total <= limit) return inWindow.map((l) => ({ key: l.key, entries: asEvents(l.items) }));
  let grouped: { key: string; entries: ListEntry<T>[] }[] = [];
  for (const unit of TIME_UNITS) {
    grouped = inWindow.map((lane) => {
      const entries: ListEntry<T>[] = [];
      for (let i = 0; i < lane.items.length; ) {
        const start = unit.floor(Math.max(lane.items[i].start, window.start));
        const end = unit.offset(start);
        let j = i + 1;
        while (j < lane.items.length && Math.max(lane.items[j].start, window.start) < end) j++;
        const items = lane.items.slice(i, j);
        entries.push(items.length === 1 ? asEvents(items)[0] : { type: 'cluster', key: `${lane.key}|${start}|${end}`, items, start, end });
        i = j;
      }
      return { key: lane.key, entries };
    });
    if (grouped.reduce((n, l) => n + l.entries.length, 0) <= limit) break;
  }
  return grouped;
}
