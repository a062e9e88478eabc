/**
 * The timeline's words and dates in the page's language: axis tick labels and the
 * displayed period through `Intl.DateTimeFormat` (d3's `timeFormat` speaks English only),
 * and counts of events through `msg()`. Called from render(), never at module scope.
 */
import { msg, str } from '@lit/localize';
import { dateFormat as formatter, formatNumber } from '../../format/intl.js';
import { counted } from '../../format/plural.js';

const DAY = 86_400_000;


/** The label of an axis tick, as precise as the spacing of the ticks (`step`, ms). */
export function tickLabel(time: number, step: number, locale: string): string {
  if (step >= 360 * DAY) return formatter(locale, { year: 'numeric' }).format(time);
  if (step >= 28 * DAY) return formatter(locale, { year: 'numeric', month: 'short' }).format(time);
  return formatter(locale, { day: 'numeric', month: 'short' }).format(time);
}

/** The period on screen, as precise as its length: "1980–2030", "avr.–sept. 2016", "3–17 mai 2016". */
export function windowLabel(start: number, end: number, locale: string): string {
  const span = end - start;
  const options: Intl.DateTimeFormatOptions =
    span > 2 * 365 * DAY ? { year: 'numeric' } : span > 60 * DAY ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
  return formatter(locale, options).formatRange(start, Math.max(start, end - 1));
}

/** "1 événement", "28 événements", "1 800 événements". */
export function eventCount(n: number, locale: string): string {
  const count = formatNumber(n, locale);
  return counted(n, locale, () => msg('1 événement'), () => msg(str`${count} événements`));
}

/** What a search found, for the live region: "Aucun événement trouvé", "3 événements trouvés". */
export function foundCount(n: number, locale: string): string {
  if (n === 0) return msg('Aucun événement trouvé');
  const count = formatNumber(n, locale);
  return counted(n, locale, () => msg('1 événement trouvé'), () => msg(str`${count} événements trouvés`));
}

/** The summary line: how many events in all, the period shown and how many of them it holds. */
export function windowSummary(items: readonly { start: number; end: number }[], window: { start: number; end: number }, locale: string): string {
  const inView = items.reduce((n, s) => n + (s.end > window.start && s.start < window.end ? 1 : 0), 0);
  const period = windowLabel(window.start, window.end, locale);
  return `${msg(str`${eventCount(items.length, locale)} au total`)} · ${msg(str`période affichée : ${period} (${eventCount(inView, locale)})`)}`;
}
