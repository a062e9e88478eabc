/**
 * Partial dates: dates known only to the year, the month, the day or the decade, single or
 * as ranges, possibly approximate or narrowed to a part ("fin 2017"). This module turns
 * them into comparable intervals of time; it never makes a date more precise than its
 * source. Pure: no DOM, no locale (formatting lives in `format-date.ts`).
 */
import type { DatePoint, PartialDate } from '../data/schema.generated.js';

/** How precisely a date point is known. */
export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

/** A parsed date point: its first instant, the instant after its last, and its precision. */
export interface DateSpan {
  /** First millisecond (UTC) the point covers. */
  start: number;
  /** First millisecond (UTC) after the point. */
  end: number;
  precision: DatePrecision;
}

/**
 * A partial date as an interval of time: `[start, end)` in UTC milliseconds, with what is
 * needed to format it honestly.
 */
export interface DateInterval extends DateSpan {
  /** True when the source gives a range (a start and an end). */
  isRange: boolean;
  /** Precision of the range's end, when it is a range. */
  endPrecision: DatePrecision | null;
  approximate: boolean;
  part: PartialDate['part'] | null;
}

const DATE_POINT = /^(?:(\d{3})X|(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)$/;

/**
 * Parses a date point ("2014", "2014-09", "2014-09-20", "198X"). Returns null when it is
 * not one, including impossible days such as "2023-02-30".
 */
export function parseDatePoint(point: DatePoint): DateSpan | null {
  const m = DATE_POINT.exec(point);
  if (!m) return null;
  const [, decade, year, month, day] = m;
  if (decade !== undefined) {
    const y = Number(decade) * 10;
    return { start: utc(y, 0, 1), end: utc(y + 10, 0, 1), precision: 'decade' };
  }
  const y = Number(year);
  if (month === undefined) return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1), precision: 'year' };
  const mo = Number(month) - 1;
  if (mo < 0 || mo > 11) return null;
  if (day === undefined) return { start: utc(y, mo, 1), end: utc(y, mo + 1, 1), precision: 'month' };
  const d = Number(day);
  const start = utc(y, mo, d);
  if (new Date(start).getUTCMonth() !== mo || d < 1) return null;
  return { start, end: utc(y, mo, d + 1), precision: 'day' };
}

/**
 * Turns a partial date into an interval. "fin 2017" (`part: 'late'`) covers the last third
 * of 2017; a range covers from its start's first day to its end's last day. Returns null
 * when a point cannot be parsed or the range ends before it starts.
 */
export function toInterval(date: PartialDate): DateInterval | null {
  const first = parseDatePoint(date.start);
  if (!first) return null;
  const last = date.end ? parseDatePoint(date.end) : null;
  if (date.end && !last) return null;
  if (last && last.end <= first.start) return null;
  const span = date.part && !last ? narrowToPart(first, date.part) : first;
  return {
    start: span.start,
    end: last ? last.end : span.end,
    precision: first.precision,
    isRange: last !== null,
    endPrecision: last ? last.precision : null,
    approximate: date.approximate === true,
    part: date.part ?? null,
  };
}

/** The middle instant of an interval, where a mark for it is drawn on a time axis. */
export function midpoint(interval: DateSpan): number {
  return interval.start + (interval.end - interval.start) / 2;
}

/**
 * Orders intervals chronologically: earlier start first, then the shorter (more precise)
 * one, so "2016-04" comes before "2016" and "2016" before "201X".
 */
export function compareIntervals(a: DateSpan, b: DateSpan): number {
  return a.start - b.start || a.end - b.end;
}

/** True when the interval overlaps `[from, to)`; either bound may be omitted. */
export function overlaps(interval: DateSpan, from?: number | null, to?: number | null): boolean {
  return (from == null || interval.end > from) && (to == null || interval.start < to);
}

/**
 * Narrows a year or month to its early, mid or late third: a year's thirds are Jan-Apr,
 * May-Aug and Sep-Dec; a month's are days 1-10, 11-20 and 21 to its end. Decades and days
 * are not narrowed.
 */
function narrowToPart(span: DateSpan, part: NonNullable<PartialDate['part']>): DateSpan {
  const index = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  const d = new Date(span.start);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  if (span.precision === 'year') {
    return { ...span, start: utc(y, index * 4, 1), end: utc(y, index * 4 + 4, 1) };
  }
  if (span.precision === 'month') {
    const start = utc(y, mo, 1 + index * 10);
    return { ...span, start, end: index === 2 ? span.end : utc(y, mo, 11 + index * 10) };
  }
  return span;
}

function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0-99 to 1900-1999; set the full year explicitly.
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year + (d.getUTCFullYear() - 2000));
  return d.getTime();
}
