/**
 * The library's one cache of Intl formatters: building an Intl object costs far more than
 * using it (the first `Intl.DateTimeFormat` of a page costs tens of milliseconds on a slow
 * phone), and views format on every render. Formatters are kept per locale and options.
 * Country names, numbers, dates and sorting all go through here.
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.PluralRules | Intl.Collator>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.PluralRules | Intl.Collator>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** A date formatter for `locale`, in UTC unless the options say otherwise. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
}

/** A number formatter for `locale`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The plural rules of `locale` (Arabic has six categories). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, {}, () => new Intl.PluralRules(locale));
}

/** A collator for `locale`: names sorted as its readers expect ("Égypte" beside "Espagne"). */
export function collator(locale: string): Intl.Collator {
  return cached('collator', locale, {}, () => new Intl.Collator(locale));
}

/** The name of a country in `locale` ("ML" gives "Mali"), or the code when unknown. */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  const names = cached('region', locale, {}, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number formatted for `locale`, e.g. 1800 as "1 800" in French. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}
