/**
 * Lanes of events stacked in rows on the time axis, without the DOM. Every event is shown
 * when rows can hold it: labels are packed at their two-line width, a row is added (up to
 * a maximum) before a dense period is folded into a count, and then each label widens into
 * the free space beside it up to its one-line width, so a title is never cut (nor wrapped)
 * where there is room.
 *
 * Positions are inline px (from the inline-start edge: the left in French, the right in
 * Arabic) in "world" coordinates: the whole domain at the current scale. Panning only
 * translates the world, so the stacking stays put while a visitor moves through time.
 */
import { unitForScale, type TimeUnit } from '../../time/calendar.js';
import type { TimeWindow } from '../../time/time-window.js';

/** What stacking needs of an event: its interval and its label's widths (see label-width.ts). */
export interface TimelineItem {
  key: string;
  start: number;
  end: number;
  /** Label width with the title on one line, px. */
  full: number;
  /** Label width with the title wrapped on two lines, px. */
  wrapped: number;
}

/** One event, placed. */
export interface EventEntry<T extends TimelineItem> {
  type: 'event';
  key: string;
  item: T;
  /** Inline start of the box, world px. */
  x: number;
  /** Width of the box (the bar or the label, whichever is wider). */
  width: number;
  /** Width of the bar, from the event's start to its end (at least a dot). */
  barWidth: number;
  /** Where the bar starts inside the box: 0, or more for a label that ends at the axis' end. */
  barOffset: number;
  row: number;
}

/** Several events of a dense period, shown as their count. */
export interface ClusterEntry<T extends TimelineItem> {
  type: 'cluster';
  key: string;
  items: T[];
  /** The period the count covers (whole calendar units). */
  start: number;
  end: number;
  x: number;
  width: number;
  row: number;
}

export type Entry<T extends TimelineItem> = EventEntry<T> | ClusterEntry<T>;

/** A lane of events: all of them, or one group (institution, country...). */
export interface LaneInput<T extends TimelineItem> {
  key: string;
  /** In chronological order. */
  items: readonly T[];
}

export interface LaneLayout<T extends TimelineItem> {
  key: string;
  /** In chronological order, which is also the keyboard order. */
  entries: Entry<T>[];
  /** Rows used (at least 1). */
  rows: number;
  /** Offset of the lane from the top of the lanes, px. */
  top: number;
  height: number;
}

export interface TimelineLayout<T extends TimelineItem> {
  lanes: LaneLayout<T>[];
  /** World width, px: the domain at this scale plus the room left for the last labels. */
  width: number;
  height: number;
  /** The calendar unit dense periods were grouped by. */
  unit: TimeUnit;
}

/** Height of one row: a mark, the date, and a title on up to two lines (the CSS reads it). */
export const ROW_HEIGHT = 74;
/** Height of a lane's label, px. */
export const LANE_LABEL_HEIGHT = 26;
/** Space under each lane, px. */
export const LANE_GAP = 8;
/** Horizontal space between two boxes in one row, px. */
export const GAP = 8;
/** Narrowest bar: a dot. */
export const MIN_BAR = 10;
/** Narrowest count box; the grouping unit is chosen so that one unit is at least this wide. */
export const CLUSTER_MIN_WIDTH = 104;

type Place = (t: number) => number;

/**
 * Stacks one lane's items in at most `maxRows` rows. Items are taken unit by unit (months,
 * years...: `unit` is chosen so one unit is at least a count box wide); a unit whose items
 * do not all fit collapses into one count box, merged with the units before it if even the
 * count has no room. Zooming in widens the units and the gaps, and counts open up.
 */
export function stackLane<T extends TimelineItem>(
  items: readonly T[],
  x: Place,
  unit: TimeUnit,
  maxRows: number,
  laneKey = '',
  edge = Infinity,
): { entries: Entry<T>[]; rows: number } {
  interface Segment {
    start: number;
    /** Row ends before this segment was placed. */
    before: number[];
    entries: Entry<T>[];
    items: T[];
  }
  const segments: Segment[] = [];
  let rowEnds: number[] = [];
  for (let i = 0; i < items.length; ) {
    const start = unit.floor(items[i].start);
    const end = unit.offset(start);
    let j = i + 1;
    while (j < items.length && items[j].start < end) j++;
    const unitItems = items.slice(i, j);
    i = j;
    const before = rowEnds;
    const placed = placeItems(unitItems, x, before, maxRows, edge);
    if (placed) {
      segments.push({ start, before, entries: placed.entries, items: unitItems });
      rowEnds = placed.rowEnds;
      continue;
    }
    let clusterStart = start;
    let members = unitItems;
    let state = before;
    for (;;) {
      const x0 = x(clusterStart);
      const x1 = Math.max(x(end) - GAP, x0 + CLUSTER_MIN_WIDTH);
      const row = freeRow(state, x0, maxRows);
      if (row >= 0) {
        const next = state.slice();
        next[row] = x1;
        const entry: ClusterEntry<T> = { type: 'cluster', key: `${laneKey}|${clusterStart}|${end}`, items: members, start: clusterStart, end, x: x0, width: x1 - x0, row };
        segments.push({ start: clusterStart, before: state, entries: [entry], items: members });
        rowEnds = next;
        break;
      }
      // No room even for a count: take in the period before (its state had room at its start).
      const previous = segments.pop()!;
      clusterStart = previous.start;
      members = [...previous.items, ...members];
      state = previous.before;
    }
  }
  const entries = segments.flatMap((s) => s.entries);
  widenIntoFreeSpace(entries, edge);
  const rows = entries.reduce((n, e) => Math.max(n, e.row + 1), 1);
  return { entries, rows };
}

/** The first row free at `x0` (a new one while there are fewer than `maxRows`), or -1. */
function freeRow(rowEnds: readonly number[], x0: number, maxRows: number): number {
  const row = rowEnds.findIndex((e) => e + GAP <= x0);
  return row >= 0 ? row : rowEnds.length < Math.max(1, maxRows) ? rowEnds.length : -1;
}

/**
 * Places `items` at their two-line width, or returns null if a row is missing. A label that
 * would run past `edge` ends there instead, its box starting before its bar.
 */
function placeItems<T extends TimelineItem>(items: readonly T[], x: Place, rowEnds: readonly number[], maxRows: number, edge: number): { entries: EventEntry<T>[]; rowEnds: number[] } | null {
  const ends = rowEnds.slice();
  const entries: EventEntry<T>[] = [];
  for (const item of items) {
    const x0 = x(item.start);
    const barWidth = Math.max(MIN_BAR, x(item.end) - x0);
    const boxWidth = Math.max(barWidth, item.wrapped);
    const start = Math.max(Math.min(x0, edge - boxWidth), x0 + barWidth - boxWidth);
    const row = freeRow(ends, start, maxRows);
    if (row < 0) return null;
    ends[row] = start + boxWidth;
    entries.push({ type: 'event', key: item.key, item, x: start, width: boxWidth, barWidth, barOffset: x0 - start > 0.5 ? x0 - start : 0, row });
  }
  return { entries, rowEnds: ends };
}

/** Lets each event's label take the room up to the next box of its row (or `edge`), up to its one-line width. */
function widenIntoFreeSpace<T extends TimelineItem>(entries: Entry<T>[], edge: number): void {
  const nextInRow = new Map<number, number>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    const limit = nextInRow.get(entry.row) ?? edge + GAP;
    if (entry.type === 'event' && entry.barOffset === 0) entry.width = Math.max(entry.width, Math.min(Math.max(entry.barWidth, entry.item.full), limit - GAP - entry.x));
    nextInRow.set(entry.row, Math.min(limit, entry.x));
  }
}

/**
 * Lays out lanes for the whole `domain` at `pxPerMs` px per millisecond, each in at most
 * `maxRows` rows, with `margin` px left after the domain's end for the last labels.
 */
export function layoutTimeline<T extends TimelineItem>(
  lanes: readonly LaneInput<T>[],
  options: { domain: TimeWindow; pxPerMs: number; maxRows: number; labelled: boolean; margin?: number },
): TimelineLayout<T> {
  const { domain, pxPerMs, maxRows, labelled } = options;
  const x: Place = (t) => (t - domain.start) * pxPerMs;
  const unit = unitForScale(pxPerMs, CLUSTER_MIN_WIDTH);
  const width = (domain.end - domain.start) * pxPerMs + (options.margin ?? 0);
  let top = 0;
  const laidOut = lanes.map((lane) => {
    const { entries, rows } = stackLane(lane.items, x, unit, maxRows, lane.key, width);
    const height = (labelled ? LANE_LABEL_HEIGHT : 0) + rows * ROW_HEIGHT + LANE_GAP;
    const result: LaneLayout<T> = { key: lane.key, entries, rows, top, height };
    top += height;
    return result;
  });
  return { lanes: laidOut, width, height: top, unit };
}

/** The room kept after the domain's end for the last events' labels, px. */
export function endMargin(width: number): number {
  return Math.round(Math.min(220, width / 4));
}
