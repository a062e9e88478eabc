/**
 * Windows of time, as a timeline shows them: the domain (all that can be shown), the window
 * on screen, and the pure operations on them (zoom about an instant, pan, clamp, fit), with
 * the linear mapping onto pixels and axis ticks at round dates. No DOM.
 */
import { parseDatePoint } from './partial-date.js';
import { calendarStep, DAY, utc, YEAR, type CalendarStep } from './calendar.js';

/** A period of time: `[start, end)` in UTC milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Shortest window one can zoom to: two weeks. */
export const MIN_SPAN = 14 * 86_400_000;

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
const FALLBACK_DOMAIN: TimeWindow = { start: utc(1980), end: utc(2030) };

/**
 * The period a timeline can show: every interval (and the window asked for with
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
  const start = Math.min(Math.max(middle - span / 2, domain.start), domain.end - span);
  return { start, end: start + span };
}

/**
 * The window zoomed by `factor` (2 shows half as much time) about `anchor`, which stays
 * where it is on screen (default: the middle). When the span is clamped, the anchor stays.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor = (window.start + window.end) / 2, domain?: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  const span = window.end - window.start;
  const full = domain ? domain.end - domain.start : Infinity;
  const next = Math.min(full, Math.max(Math.min(minSpan, full), span / factor));
  const ratio = (anchor - window.start) / span;
  const start = anchor - ratio * next;
  const zoomed = { start, end: start + next };
  return domain ? shiftInto(zoomed, domain) : zoomed;
}

/** The window moved by `fraction` of its span (negative: back in time), kept in `domain`. */
export function panWindow(window: TimeWindow, fraction: number, domain?: TimeWindow): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  const moved = { start: window.start + shift, end: window.end + shift };
  return domain ? shiftInto(moved, domain) : moved;
}

/** `window` moved (not resized) to lie inside `domain`. */
function shiftInto(window: TimeWindow, domain: TimeWindow): TimeWindow {
  const span = Math.min(window.end - window.start, domain.end - domain.start);
  const start = Math.min(Math.max(window.start, domain.start), domain.end - span);
  return { start, end: start + span };
}

/** A window that shows all of `intervals`, with a margin. */
export function fitWindow(intervals: readonly TimeWindow[], domain: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  if (!intervals.length) return { ...domain };
  let start = Infinity;
  let end = -Infinity;
  for (const i of intervals) {
    start = Math.min(start, i.start);
    end = Math.max(end, i.end);
  }
  const pad = Math.max((end - start) * 0.08, minSpan / 2);
  return clampWindow({ start: start - pad, end: end + pad }, domain, minSpan);
}

/** Whether two windows are the same to the millisecond. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return Math.abs(a.start - b.start) < 1 && Math.abs(a.end - b.end) < 1;
}

/** Pixels per millisecond when `window` spans `width` px. */
export function pxPerMs(window: TimeWindow, width: number): number {
  return width / (window.end - window.start);
}

// Tick steps from the finest, with about how long each lasts. A timeline's ticks are days,
// months or years, never hours or weeks.
const TICK_STEPS: [CalendarStep, number][] = [
  [calendarStep('day'), DAY],
  [calendarStep('day', 2), 2 * DAY],
  [calendarStep('day', 7), 7 * DAY],
  [calendarStep('day', 14), 14 * DAY],
  [calendarStep('month'), 30 * DAY],
  [calendarStep('month', 3), 91 * DAY],
  [calendarStep('month', 6), 182 * DAY],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): [CalendarStep, number] => [calendarStep('year', n), n * YEAR]),
];

/**
 * Axis ticks in `window` spread over `width` px, at round dates (the first of a month, of a
 * year, of a decade...) at least `spacing` px apart: their instants, their offsets in px,
 * and about how long a step between them lasts.
 */
export function axisTicks(window: TimeWindow, width: number, spacing = 110): { ticks: { time: number; x: number }[]; step: number } {
  const { start, end } = window;
  if (!(end > start) || !(width > 0)) return { ticks: [], step: YEAR };
  const scale = pxPerMs(window, width);
  const [steps, step] = TICK_STEPS.find(([, duration]) => duration * scale >= spacing) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const times = steps.range(start, end);
  return { ticks: times.map((time) => ({ time, x: (time - start) * scale })), step };
}
