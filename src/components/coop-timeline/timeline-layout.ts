/**
 * What the timeline draws, computed without the DOM: the time domain and the visible
 * window, a D3 UTC time scale, lanes of items stacked in rows so that no two labels
 * overlap, dense periods collapsed into counts, and the slice of it all worth rendering.
 *
 * Positions are inline pixels (from the inline-start edge: the left in French, the right
 * in Arabic), in "world" coordinates: the whole domain at the current zoom. Panning only
 * translates the world, so the stacking stays put while the user scrolls through time.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { PartialDate } from '../../data/schema.generated.js';
import { parseDatePoint } from '../../time/partial-date.js';

/** A period of time: `[start, end)` in UTC milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** What the layout needs of an event: its interval and how wide its label is. */
export interface TimelineItem {
  key: string;
  start: number;
  end: number;
  /** The label's width in px (see `estimateTextWidth`), drawn from the item's start. */
  labelWidth: number;
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
  row: number;
}

/** Several events of a dense period, shown as their count. */
export interface ClusterEntry<T extends TimelineItem> {
  type: 'cluster';
  key: string;
  items: T[];
  /** The period the cluster covers (whole calendar units). */
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
  /** World width, px: the domain at this zoom plus the room left for the last labels. */
  width: number;
  height: number;
  /** The calendar unit dense periods were grouped by. */
  unit: TimeUnit;
}

/** Height of one row of events, px (a 46px tall target plus a gap). */
export const ROW_HEIGHT = 50;
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
/** Label widths are clamped to this range; longer titles are truncated with an ellipsis. */
export const MIN_LABEL_WIDTH = 56;
export const MAX_LABEL_WIDTH = 220;
/** Shortest window one can zoom to. */
export const MIN_SPAN = 14 * 86_400_000;

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

// ——— calendar units ———

/** A calendar unit dense periods are grouped by, with UTC arithmetic. */
export interface TimeUnit {
  name: 'day' | 'month' | 'quarter' | 'half-year' | 'year' | '2 years' | '5 years' | 'decade' | '20 years' | '50 years' | 'century';
  /** The shortest duration of one unit (a February for months). */
  minDuration: number;
  /** The start of the unit containing `t`. */
  floor(t: number): number;
  /** `t` moved by `n` units. */
  offset(t: number, n?: number): number;
}

/** A UTC date, with years 0-99 kept as such (Date.UTC maps them to 1900-1999). */
function utc(year: number, monthIndex: number, day = 1): number {
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year + (d.getUTCFullYear() - 2000));
  return d.getTime();
}

function monthsUnit(name: TimeUnit['name'], step: number): TimeUnit {
  return {
    name,
    minDuration: step * 28 * DAY,
    floor(t) {
      const d = new Date(t);
      const m = d.getUTCMonth();
      return utc(d.getUTCFullYear(), m - (m % step));
    },
    offset(t, n = 1) {
      const d = new Date(t);
      return utc(d.getUTCFullYear(), d.getUTCMonth() + n * step, d.getUTCDate());
    },
  };
}

function yearsUnit(name: TimeUnit['name'], step: number): TimeUnit {
  return {
    name,
    minDuration: step * 365 * DAY,
    floor(t) {
      const y = new Date(t).getUTCFullYear();
      return utc(y - (((y % step) + step) % step), 0);
    },
    offset(t, n = 1) {
      const d = new Date(t);
      return utc(d.getUTCFullYear() + n * step, d.getUTCMonth(), d.getUTCDate());
    },
  };
}

/** Units from the finest to the coarsest. */
export const TIME_UNITS: readonly TimeUnit[] = [
  {
    name: 'day',
    minDuration: DAY,
    floor: (t) => Math.floor(t / DAY) * DAY,
    offset: (t, n = 1) => t + n * DAY,
  },
  monthsUnit('month', 1),
  monthsUnit('quarter', 3),
  monthsUnit('half-year', 6),
  yearsUnit('year', 1),
  yearsUnit('2 years', 2),
  yearsUnit('5 years', 5),
  yearsUnit('decade', 10),
  yearsUnit('20 years', 20),
  yearsUnit('50 years', 50),
  yearsUnit('century', 100),
];

/** The finest unit at least `minWidth` px wide when a millisecond is `pxPerMs` px. */
export function unitForScale(pxPerMs: number, minWidth = CLUSTER_MIN_WIDTH): TimeUnit {
  return TIME_UNITS.find((u) => u.minDuration * pxPerMs >= minWidth) ?? TIME_UNITS[TIME_UNITS.length - 1];
}

/**
 * A period of whole calendar units as a partial date, so that it is formatted and given a
 * `datetime` like any event: [2016, 2017) is "2016", [2010, 2020) the 2010s, April 2016
 * a month, [2015, 2017) "2015–2016".
 */
export function periodAsPartialDate(start: number, end: number): PartialDate {
  const a = new Date(start);
  const b = new Date(end - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = (d: Date) => String(d.getUTCFullYear()).padStart(4, '0');
  const month = (d: Date) => `${year(d)}-${pad(d.getUTCMonth() + 1)}`;
  const day = (d: Date) => `${month(d)}-${pad(d.getUTCDate())}`;
  const wholeYears = a.getUTCMonth() === 0 && a.getUTCDate() === 1 && b.getUTCMonth() === 11 && b.getUTCDate() === 31;
  const wholeMonths = a.getUTCDate() === 1 && new Date(end).getUTCDate() === 1;
  if (wholeYears) {
    const y0 = a.getUTCFullYear();
    const y1 = b.getUTCFullYear();
    if (y0 % 10 === 0 && y1 % 10 === 9 && y0 >= 1000) {
      const decade = (y: number) => `${String(y).slice(0, 3)}X`;
      return y1 - y0 === 9 ? { start: decade(y0) } : { start: decade(y0), end: decade(y1) };
    }
    return y0 === y1 ? { start: year(a) } : { start: year(a), end: year(b) };
  }
  if (wholeMonths) return month(a) === month(b) ? { start: month(a) } : { start: month(a), end: month(b) };
  return day(a) === day(b) ? { start: day(a) } : { start: day(a), end: day(b) };
}

// ——— domain, window, zoom ———

/**
 * Reads a `from` or `to` attribute ("2014", "2016-04", "2016-04-12", "198X"): `from`
 * gives the first instant of that period, `to` the instant after its last. Null when blank
 * or not a date.
 */
export function parseBound(value: string | null | undefined, edge: 'start' | 'end'): number | null {
  const span = value ? parseDatePoint(value.trim()) : null;
  return span ? span[edge] : null;
}

/** The years shown when there is nothing to show. */
const FALLBACK_DOMAIN: TimeWindow = { start: utc(1980, 0), end: utc(2030, 0) };

/**
 * The period the timeline can show: every interval (and the window asked for with
 * `from`/`to`), padded by 3% on each side and at least a year long.
 */
export function timeDomain(intervals: readonly TimeWindow[], extra: Partial<TimeWindow> = {}): TimeWindow {
  let start = Infinity;
  let end = -Infinity;
  for (const i of intervals) {
    if (i.start < start) start = i.start;
    if (i.end > end) end = i.end;
  }
  if (extra.start != null) start = Math.min(start, extra.start);
  if (extra.end != null) end = Math.max(end, extra.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return { ...FALLBACK_DOMAIN };
  if (end - start < YEAR) {
    const middle = (start + end) / 2;
    start = middle - YEAR / 2;
    end = middle + YEAR / 2;
  }
  const pad = (end - start) * 0.03;
  return { start: Math.round(start - pad), end: Math.round(end + pad) };
}

/** `window` kept inside `domain` and no shorter than `minSpan` (nor longer than the domain). */
export function clampWindow(window: TimeWindow, domain: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  const full = domain.end - domain.start;
  const span = Math.min(full, Math.max(Math.min(minSpan, full), window.end - window.start));
  const middle = (window.start + window.end) / 2;
  let start = middle - span / 2;
  start = Math.min(Math.max(start, domain.start), domain.end - span);
  return { start, end: start + span };
}

/** The window zoomed by `factor` (2 shows half as much time) around `anchor` (default: its middle). */
export function zoomWindow(window: TimeWindow, factor: number, anchor = (window.start + window.end) / 2): TimeWindow {
  return { start: anchor - (anchor - window.start) / factor, end: anchor + (window.end - anchor) / factor };
}

/** The window moved by `fraction` of its span (negative: back in time). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** A window that shows all of `intervals`, with a margin. */
export function fitWindow(intervals: readonly TimeWindow[], domain: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  if (!intervals.length) return { ...domain };
  const start = Math.min(...intervals.map((i) => i.start));
  const end = Math.max(...intervals.map((i) => i.end));
  const pad = Math.max((end - start) * 0.08, minSpan / 2);
  return clampWindow({ start: start - pad, end: end + pad }, domain, minSpan);
}

/** A zoom: scale factor `k` (1 shows the whole domain) and translation `tx` (inline px, ≤ 0). */
export interface InlineTransform {
  k: number;
  tx: number;
}

/** The zoom that shows `window` across `base` px. */
export function transformFor(window: TimeWindow, domain: TimeWindow, base: number): InlineTransform {
  const k = (domain.end - domain.start) / (window.end - window.start);
  return { k, tx: (-(window.start - domain.start) / (domain.end - domain.start)) * base * k };
}

/** `t` with k in [1, maxK] and the domain still covering the `base` px of the view. */
export function clampTransform(t: InlineTransform, base: number, maxK: number): InlineTransform {
  const k = Math.min(Math.max(1, maxK), Math.max(1, t.k));
  return { k, tx: Math.min(0, Math.max(base * (1 - k), t.tx)) };
}

/** The window a zoom shows across `base` px. */
export function windowFor(t: InlineTransform, domain: TimeWindow, base: number): TimeWindow {
  const span = domain.end - domain.start;
  const at = (u: number) => domain.start + ((u - t.tx) / (base * t.k)) * span;
  return { start: at(0), end: at(base) };
}

/** The room kept after the domain's end for the last events' labels, px. */
export function endMargin(width: number): number {
  return Math.round(Math.min(MAX_LABEL_WIDTH, width / 4));
}

/** The D3 time scale of the whole domain at zoom `k`, onto world px. */
export function timeScale(domain: TimeWindow, base: number, k: number): ScaleTime<number, number> {
  return scaleUtc().domain([domain.start, domain.end]).range([0, base * k]);
}

/** Axis ticks between world px `u0` and `u1`, about `spacing` px apart: D3 picks round dates. */
export function axisTicks(scale: ScaleTime<number, number>, u0: number, u1: number, spacing = 110): { ticks: { time: number; x: number }[]; step: number } {
  const [d0, d1] = scale.domain().map(Number);
  const t0 = Math.max(d0, +scale.invert(u0));
  const t1 = Math.min(d1, +scale.invert(u1));
  if (!(t1 > t0)) return { ticks: [], step: YEAR };
  let count = Math.max(1, Math.floor((scale(t1) - scale(t0)) / spacing));
  let ticks: { time: number; x: number }[];
  // D3's count is a hint (it may give twice as many): ask for fewer until labels have room.
  for (;;) {
    ticks = scaleUtc().domain([t0, t1]).ticks(count).map((d) => ({ time: +d, x: scale(d) }));
    if (count === 1 || ticks.length < 2 || ticks[1].x - ticks[0].x >= spacing * 0.8) break;
    count = Math.max(1, Math.floor(count / 1.5));
  }
  const step = ticks.length > 1 ? ticks[1].time - ticks[0].time : YEAR;
  return { ticks, step };
}

// ——— stacking and clustering ———

/**
 * Stacks one lane's items in at most `maxRows` rows: each box starts `GAP` px after the
 * previous box in its row, so labels never overlap. Items are taken unit by unit (months,
 * years...: `unit` is chosen so one unit is at least a count box wide); a unit whose items
 * do not all fit collapses into one count box, merged with the units before it if even
 * the count has no room. Zooming in widens the units and the gaps, and counts open up.
 */
export function stackLane<T extends TimelineItem>(
  items: readonly T[],
  x: (t: number) => number,
  unit: TimeUnit,
  maxRows: number,
  laneKey = '',
): { entries: Entry<T>[]; rows: number } {
  interface Segment {
    start: number;
    end: number;
    /** Row ends before this segment was placed. */
    before: number[];
    entries: Entry<T>[];
    items: T[];
  }
  const segments: Segment[] = [];
  let rowEnds: number[] = new Array(Math.max(1, maxRows)).fill(-Infinity);
  let i = 0;
  while (i < items.length) {
    const start = unit.floor(items[i].start);
    const end = unit.offset(start);
    let j = i + 1;
    while (j < items.length && items[j].start < end) j++;
    const unitItems = items.slice(i, j);
    i = j;

    const before = rowEnds;
    const placed = placeItems(unitItems, x, before);
    if (placed) {
      segments.push({ start, end, before, entries: placed.entries, items: unitItems });
      rowEnds = placed.rowEnds;
      continue;
    }
    let clusterStart = start;
    let members = unitItems;
    let state = before;
    for (;;) {
      const x0 = x(clusterStart);
      const x1 = Math.max(x(end) - GAP, x0 + CLUSTER_MIN_WIDTH);
      const row = state.findIndex((e) => e + GAP <= x0);
      if (row >= 0) {
        const next = state.slice();
        next[row] = x1;
        const entry: ClusterEntry<T> = { type: 'cluster', key: `${laneKey}|${clusterStart}|${end}`, items: members, start: clusterStart, end, x: x0, width: x1 - x0, row };
        segments.push({ start: clusterStart, end, before: state, entries: [entry], items: members });
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
  const rows = entries.reduce((n, e) => Math.max(n, e.row + 1), 1);
  return { entries, rows };
}

function placeItems<T extends TimelineItem>(items: readonly T[], x: (t: number) => number, rowEnds: readonly number[]): { entries: EventEntry<T>[]; rowEnds: number[] } | null {
  const ends = rowEnds.slice();
  const entries: EventEntry<T>[] = [];
  for (const item of items) {
    const x0 = x(item.start);
    const barWidth = Math.max(MIN_BAR, x(item.end) - x0);
    const width = Math.max(barWidth, item.labelWidth);
    const row = ends.findIndex((e) => e + GAP <= x0);
    if (row < 0) return null;
    ends[row] = x0 + width;
    entries.push({ type: 'event', key: item.key, item, x: x0, width, barWidth, row });
  }
  return { entries, rowEnds: ends };
}

/** Lays out lanes for the whole domain at zoom `k`, `base` px being the unzoomed width. */
export function layoutTimeline<T extends TimelineItem>(
  lanes: readonly LaneInput<T>[],
  options: { domain: TimeWindow; base: number; k: number; maxRows: number; labelled: boolean; margin?: number },
): TimelineLayout<T> {
  const { domain, base, k, maxRows, labelled } = options;
  const scale = timeScale(domain, base, k);
  const x = (t: number) => scale(t);
  const unit = unitForScale((base * k) / (domain.end - domain.start));
  let top = 0;
  const laidOut = lanes.map((lane) => {
    const { entries, rows } = stackLane(lane.items, x, unit, maxRows, lane.key);
    const height = (labelled ? LANE_LABEL_HEIGHT : 0) + rows * ROW_HEIGHT + LANE_GAP;
    const result: LaneLayout<T> = { key: lane.key, entries, rows, top, height };
    top += height;
    return result;
  });
  return { lanes: laidOut, width: base * k + (options.margin ?? 0), height: top, unit };
}

// ——— what to render ———

/** The entries whose box meets `[u0, u1]` (world px): all that needs to be in the DOM. */
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
      let i = 0;
      while (i < lane.items.length) {
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

// ——— keyboard ———

export type Move = 'next' | 'previous' | 'first' | 'last' | 'lane-up' | 'lane-down';

/**
 * Where a key press takes the focus: the next or previous entry in reading order (lane by
 * lane, chronological in each), the first or last, or the entry nearest in time in the lane
 * above or below. Null when there is nowhere to go.
 */
export function neighbourKey(lanes: readonly { entries: readonly { key: string; x?: number }[] }[], key: string | null, move: Move): string | null {
  const all = lanes.flatMap((lane, laneIndex) => lane.entries.map((entry, index) => ({ entry, laneIndex, index })));
  if (!all.length) return null;
  if (move === 'first') return all[0].entry.key;
  if (move === 'last') return all[all.length - 1].entry.key;
  const at = all.findIndex((a) => a.entry.key === key);
  if (at < 0) return all[0].entry.key;
  if (move === 'next') return all[at + 1]?.entry.key ?? null;
  if (move === 'previous') return all[at - 1]?.entry.key ?? null;
  const current = all[at];
  const step = move === 'lane-down' ? 1 : -1;
  for (let lane = current.laneIndex + step; lane >= 0 && lane < lanes.length; lane += step) {
    const entries = lanes[lane].entries;
    if (!entries.length) continue;
    const x = current.entry.x ?? 0;
    let best = entries[0];
    for (const e of entries) if (Math.abs((e.x ?? 0) - x) < Math.abs((best.x ?? 0) - x)) best = e;
    return best.key;
  }
  return null;
}

/** What a key does to the timeline, or null when it is not the timeline's. */
export type KeyAction = Move | 'page-next' | 'page-previous' | 'zoom-in' | 'zoom-out' | 'reset' | 'clear';

/**
 * The keyboard model: arrows follow time (mirrored in right-to-left pages) and, when events
 * are in lanes on the axis, Up and Down change lanes; Home/End, Page Up/Down, + − 0, Escape.
 */
export function keyAction(key: string, options: { rtl: boolean; lanes: boolean }): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
      return options.rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return options.rtl ? 'next' : 'previous';
    case 'ArrowDown':
      return options.lanes ? 'lane-down' : 'next';
    case 'ArrowUp':
      return options.lanes ? 'lane-up' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageDown':
      return 'page-next';
    case 'PageUp':
      return 'page-previous';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'reset';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/** Where entry `key` is: its lane's index and the entry, or null. */
export function findEntry<E extends { key: string }>(lanes: readonly { entries: readonly E[] }[], key: string | null): { lane: number; entry: E } | null {
  if (!key) return null;
  for (let lane = 0; lane < lanes.length; lane++) {
    const entry = lanes[lane].entries.find((e) => e.key === key);
    if (entry) return { lane, entry };
  }
  return null;
}

/** The entry that shows item `key`: the item itself, or the count that holds it. */
export function entryHolding<E extends { key: string; type: string; items?: readonly { key: string }[] }>(
  lanes: readonly { entries: readonly E[] }[],
  key: string,
): { lane: number; entry: E } | null {
  for (let lane = 0; lane < lanes.length; lane++) {
    for (const entry of lanes[lane].entries) {
      if (entry.key === key || (entry.type === 'cluster' && entry.items?.some((i) => i.key === key))) return { lane, entry };
    }
  }
  return null;
}

// ——— labels ———

/**
 * An estimate of a text's width in px at `fontSize`, from the shapes of its characters: the
 * layout must reserve each label's room without measuring the DOM. Generous, since the
 * browser truncates what does not fit with an ellipsis.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return Math.ceil(em * fontSize * 1.06);
}

// Widths in em of a proportional sans-serif's characters, memoised: labels of 10,000
// events are estimated on every change of language.
const charWidths = new Map<string, number>();
function charWidth(c: string): number {
  let w = charWidths.get(c);
  if (w === undefined) {
    if (/[ilj.,;:'’!|()\u00a0\u202f ]/.test(c)) w = 0.3;
    else if (/[ftrI\-–]/.test(c)) w = 0.38;
    else if (/[mwMW@]/.test(c)) w = 0.86;
    else if (/[A-Z]/.test(c)) w = 0.68;
    else if (/\d/.test(c)) w = 0.56;
    else w = 0.54;
    charWidths.set(c, w);
  }
  return w;
}

/** The width of an event's label box: its widest line (measured by `measure`), clamped. */
export function labelWidth(
  lines: readonly { text: string; fontSize: number; weight?: number; extra?: number }[],
  padding = 10,
  measure: (text: string, fontSize: number, weight?: number) => number = estimateTextWidth,
): number {
  const widest = Math.max(0, ...lines.map((l) => measure(l.text, l.fontSize, l.weight) + (l.extra ?? 0)));
  return Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, widest + padding));
}
