/**
 * Picks the text of a `LocalizedText` for a locale, falling back to French (the language
 * of the sources), then English, then whatever the record has. The language actually used
 * is returned too, so a view can mark a fallback with `lang` (WCAG 3.1.2, RGAA 8.8).
 */
import type { LocalizedText } from './schema.generated.js';

/** A text and the language it is in. */
export interface Resolved {
  text: string;
  lang: string;
}

const FALLBACKS = ['fr', 'en'];

/** The best text of `value` for `locale` ("fr", "en", "ar", "ar-MA"...). */
export function resolveText(value: LocalizedText, locale: string): Resolved {
  const tags = Object.keys(value);
  const language = locale.toLowerCase().split('-')[0];
  const exact = tags.find((t) => t.toLowerCase() === locale.toLowerCase());
  const sameLanguage = tags.find((t) => t.toLowerCase().split('-')[0] === language);
  const lang = exact ?? sameLanguage ?? FALLBACKS.find((t) => t in value) ?? tags[0];
  return { text: value[lang] ?? '', lang };
}

/** Just the text of `value` for `locale`. */
export function textIn(value: LocalizedText | null | undefined, locale: string): string {
  return value ? resolveText(value, locale).text : '';
}
