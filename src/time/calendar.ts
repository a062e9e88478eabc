/**
 * Calendar arithmetic in UTC: steps of days, months and years (what axis ticks and the units
 * of dense periods are made of), the units a timeline groups dense periods by (months,
 * years, decades...), and whole periods of them written as partial dates. Pure: no DOM, no
 * locale. (d3-time did the stepping until d3-scale left; three fields need no library.)
 */
import type { PartialDate } from '../data/schema.generated.js';

export const DAY = 86_400_000;
export const YEAR = 365.2425 * DAY;

/** A UTC instant, with years 0-99 kept as such (Date.UTC maps them to 1900-1999). */
export function utc(year: number, monthIndex = 0, day = 1): number {
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year + (d.getUTCFullYear() - 2000));
  return d.getTime();
}

/** A calendar field to step along. */
export type CalendarField = 'day' | 'month' | 'year';

/**
 * Steps of `every` days, months or years, at round values of the field as d3-time's
 * `utcDay.every(n)`, `utcMonth.every(n)` and `utcYear.every(n)` take them: days 1, 3, 5… of
 * each month, months 0, 3, 6, 9, years divisible by `every`.
 */
export interface CalendarStep {
  /** The step at or before `t`. */
  floor(t: number): number;
  /** `t` (a step) moved by `n` steps. */
  offset(t: number, n?: number): number;
  /** The steps in [start, end). */
  range(start: number, end: number): number[];
}

const mod = (a: number, b: number) => ((a % b) + b) % b;

export function calendarStep(field: CalendarField, every = 1): CalendarStep {
  const dayMatches = (t: number) => mod(new Date(t).getUTCDate() - 1, every) === 0;
  const floor = (t: number): number => {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    if (field === 'year') return utc(year - mod(year, every));
    if (field === 'month') return utc(year, d.getUTCMonth() - mod(d.getUTCMonth(), every));
    let day = utc(year, d.getUTCMonth(), d.getUTCDate());
    while (!dayMatches(day)) day -= DAY;
    return day;
  };
  const offset = (t: number, n = 1): number => {
    const d = new Date(t);
    if (field === 'year') return utc(d.getUTCFullYear() + n * every);
    if (field === 'month') return utc(d.getUTCFullYear(), d.getUTCMonth() + n * every);
    // Days run on within a month and start again on its 1st, as d3-time's filtered days do.
    for (let i = 0; i < Math.abs(n); i++) {
      t += n > 0 ? DAY : -DAY;
      while (!dayMatches(t)) t += n > 0 ? DAY : -DAY;
    }
    return t;
  };
  return {
    floor,
    offset,
    range(start, end) {
      const steps: number[] = [];
      for (let t = floor(start) < start ? offset(floor(start)) : floor(start); t < end; t = offset(t)) steps.push(t);
      return steps;
    },
  };
}

/** A calendar unit dense periods are grouped by. */
export interface TimeUnit {
  name: 'day' | 'month' | 'quarter' | 'half-year' | 'year' | '2 years' | '5 years' | 'decade' | '20 years' | '50 years' | 'century';
  /** The shortest duration of one unit (a February for months). */
  minDuration: number;
  /** The start of the unit containing `t`. */
  floor(t: number): number;
  /** `t` moved by `n` units. */
  offset(t: number, n?: number): number;
}

function unit(name: TimeUnit['name'], field: CalendarField, step: number, minDuration: number): TimeUnit {
  const { floor, offset } = calendarStep(field, step);
  return { name, minDuration: step * minDuration, floor, offset };
}

/** Units from the finest to the coarsest. */
export const TIME_UNITS: readonly TimeUnit[] = [
  unit('day', 'day', 1, DAY),
  unit('month', 'month', 1, 28 * DAY),
  unit('quarter', 'month', 3, 28 * DAY),
  unit('half-year', 'month', 6, 28 * DAY),
  unit('year', 'year', 1, 365 * DAY),
  unit('2 years', 'year', 2, 365 * DAY),
  unit('5 years', 'year', 5, 365 * DAY),
  unit('decade', 'year', 10, 365 * DAY),
  unit('20 years', 'year', 20, 365 * DAY),
  unit('50 years', 'year', 50, 365 * DAY),
  unit('century', 'year', 100, 365 * DAY),
];

/** The finest unit at least `minWidth` px wide when a millisecond is `pxPerMs` px. */
export function unitForScale(pxPerMs: number, minWidth: number): TimeUnit {
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
