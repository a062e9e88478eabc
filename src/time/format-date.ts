/**
 * Formats partial dates at exactly the precision their source gives, in the page's
 * language, through `Intl.DateTimeFormat`: "avril 2014", "14–26 sept. 2016", "fin 2017",
 * "années 1980–1990". Pure: the locale is an argument, never read from the page.
 *
 * The few words Intl has no pattern for (early/mid/late, "about", decades) are locale data
 * here rather than UI strings, so that a date formats the same wherever it is shown and
 * tests can ask for any language without switching the page's locale.
 */
import type { DatePoint, PartialDate } from '../data/schema.generated.js';
import { dateFormat as formatter } from '../format/intl.js';
import { parseDatePoint, type DatePrecision, type DateSpan } from './partial-date.js';

interface DateWords {
  early: string;
  mid: string;
  late: string;
  about: string;
  decade: string;
  decades: string;
}

// `{}` is the formatted date; `{y}` a decade's first year, `{a}`/`{b}` a decade range's.
const WORDS: Record<'fr' | 'en' | 'ar', DateWords> = {
  fr: { early: 'début {}', mid: 'mi-{}', late: 'fin {}', about: 'vers {}', decade: 'années {y}', decades: 'années {a}–{b}' },
  en: { early: 'early {}', mid: 'mid-{}', late: 'late {}', about: 'about {}', decade: '{y}s', decades: '{a}s–{b}s' },
  ar: { early: 'أوائل {}', mid: 'منتصف {}', late: 'أواخر {}', about: 'حوالي {}', decade: 'عقد {y}', decades: 'عقود {a}–{b}' },
};

const OPTIONS: Record<Exclude<DatePrecision, 'decade'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
// Ranges read better with abbreviated months: "14–26 sept. 2016".
const RANGE_OPTIONS: Record<Exclude<DatePrecision, 'decade'>, Intl.DateTimeFormatOptions> = {
  year: OPTIONS.year,
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

function wordsFor(locale: string): DateWords {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'en' || language === 'ar' ? WORDS[language] : WORDS.fr;
}

/**
 * Formats a partial date for display, e.g. `{start: '2017', part: 'late'}` in "fr" gives
 * "fin 2017". Returns the raw text when the date cannot be parsed, so nothing is hidden.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const first = parseDatePoint(date.start);
  const last = date.end ? parseDatePoint(date.end) : null;
  if (!first || (date.end && !last)) return [date.start, date.end].filter(Boolean).join('–');
  const words = wordsFor(locale);

  let text: string;
  if (!last) {
    text = formatPoint(date.start, first, locale, words);
    if (date.part && (first.precision === 'year' || first.precision === 'month')) {
      text = words[date.part].replace('{}', text);
    }
  } else if (first.precision === 'decade' && last.precision === 'decade') {
    return words.decades.replace('{a}', decadeYear(date.start, locale)).replace('{b}', decadeYear(date.end!, locale));
  } else if (first.precision === last.precision && first.precision !== 'decade') {
    const precision = first.precision;
    // formatRange collapses what both ends share ("14–26 sept. 2016") and its end is inclusive.
    text = formatter(locale, RANGE_OPTIONS[precision]).formatRange(first.start, last.start);
  } else {
    text = `${formatPoint(date.start, first, locale, words)} – ${formatPoint(date.end!, last, locale, words)}`;
  }
  const decadeOnly = first.precision === 'decade';
  return date.approximate && !decadeOnly ? words.about.replace('{}', text) : text;
}

/**
 * The machine-readable form for `<time datetime>`: the date point itself ("2014-09"), a
 * decade as its years ("1980/1989"), a range as "start/end" (ISO 8601 interval).
 */
export function datetimeAttribute(date: PartialDate): string {
  const point = (p: DatePoint) => (p.endsWith('X') ? p.slice(0, 3) + '0' : p);
  if (date.end) return `${point(date.start)}/${date.end.endsWith('X') ? date.end.slice(0, 3) + '9' : date.end}`;
  return date.start.endsWith('X') ? `${point(date.start)}/${date.start.slice(0, 3)}9` : date.start;
}

function formatPoint(point: DatePoint, span: DateSpan, locale: string, words: DateWords): string {
  if (span.precision === 'decade') return words.decade.replace('{y}', decadeYear(point, locale));
  return formatter(locale, OPTIONS[span.precision]).format(span.start);
}

/** A decade's first year in the locale's digits ("1980", or "١٩٨٠" in Arabic). */
function decadeYear(point: DatePoint, locale: string): string {
  return formatter(locale, OPTIONS.year).format(Date.UTC(Number(point.slice(0, 3) + '0'), 6, 1));
}
