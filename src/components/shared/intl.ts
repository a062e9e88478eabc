/**
 * Intl formatters memoised per locale: country names through `Intl.DisplayNames`, numbers
 * through `Intl.NumberFormat`. Creating them is costly; a map re-renders many times.
 */
const regionNames = new Map<string, Intl.DisplayNames>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The name of a country in `locale` ("ML" gives "Mali"), or the code when unknown. */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number formatted for `locale`, e.g. 1800 as "1 800" in French. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format.format(value);
}
