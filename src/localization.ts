/**
 * The one place where localization is configured. The page's language decides: the
 * `lang` of `<html>` picks French (the source language), English or Arabic, anything else
 * falls back to French, and changing `lang` at run time switches every element.
 * `setLocale` is exported for developers who drive the language themselves.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

const locales = new Set<string>([sourceLocale, ...targetLocales]);

// One import per language, written out: a template import would bring a resolver helper.
const translations: Record<string, () => Promise<LocaleModule>> = {
  en: () => import('./generated/locales/en.js'),
  ar: () => import('./generated/locales/ar.js'),
};

const { getLocale, setLocale: setRuntimeLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale](),
});

/** The supported locale closest to a language tag: "en-GB" gives "en", "de" gives "fr". */
export function localeFor(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales.has(language) ? language : sourceLocale) as Locale;
}

/** The current locale of the elements. */
export function currentLocale(): Locale {
  return getLocale() as Locale;
}

let followsPage = true;
let switching: Promise<void> = Promise.resolve();

/** Resolves once the strings of the current (or requested) language are loaded. */
export function localeReady(): Promise<void> {
  return switching;
}

function switchTo(locale: Locale): Promise<void> {
  switching = setRuntimeLocale(locale).catch(() => {});
  return switching;
}

/** Sets the elements' language, and stops following `<html lang>`; `setLocale(null)` follows it again. */
export function setLocale(locale: string | null): Promise<void> {
  followsPage = locale === null;
  return switchTo(locale === null ? localeFor(document.documentElement.lang) : localeFor(locale));
}

if (typeof document !== 'undefined') {
  const follow = () => {
    if (followsPage) void switchTo(localeFor(document.documentElement.lang));
  };
  follow();
  new MutationObserver(follow).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
