/**
 * A text of the data in the page's language, marked with its own language when it had to
 * fall back to another (WCAG 3.1.2, RGAA 8.7): a French title on an English page is read
 * with French pronunciation. `dir="auto"` isolates it, so French inside an Arabic page keeps
 * its punctuation in place. Names of people and places are proper nouns and need no mark.
 */
import { html, type TemplateResult } from 'lit';
import { resolveText, type Resolved } from '../../data/localized-text.js';
import type { LocalizedText } from '../../data/schema.generated.js';

export function inLanguage(value: LocalizedText | string | null | undefined, locale: string): TemplateResult | string {
  if (!value || typeof value === 'string') return value ?? '';
  return markLanguage(resolveText(value, locale), locale);
}

/** A text already resolved (`resolveText`), marked with its language when it is not the page's. */
export function markLanguage({ text, lang }: Resolved, locale: string): TemplateResult | string {
  return otherLanguage(lang, locale) ? html`<span lang=${lang} dir="auto">${text}</span>` : text;
}

/** `lang` when it is another language than the page's (`locale`), the one to write on the text; else undefined. */
export function otherLanguage(lang: string, locale: string): string | undefined {
  return lang.split('-')[0] === locale.split('-')[0] ? undefined : lang;
}

/** Several data texts, each in its language, separated by ", " (a plain string is shown as it is). */
export function listInLanguage(values: readonly (LocalizedText | string | null | undefined)[], locale: string): (TemplateResult | string)[] {
  return values.flatMap((value, i) => (i ? [', ', inLanguage(value, locale)] : [inLanguage(value, locale)]));
}
