/**
 * Counted messages in the form each language needs. @lit/localize has no plural syntax yet
 * (lit/lit#1891), so a counted message is two `msg()` calls, the one and the many, chosen by
 * the caller as French and English need: `counted(n, locale, () => msg('1 partenariat'),
 * () => msg(str`${all} partenariats`))`. A language with more forms gives them all in the
 * translation of the second, joined by " | " in CLDR order (Arabic: zero | one | two | few |
 * many | other, that is 0, 1, 2, 3–10, 11–99, 100+), and `Intl.PluralRules` picks the form
 * for `n`. A translation without " | " is used as it is. (French says "0 partenariats" here,
 * as most interfaces do.)
 */
import { formatNumber, pluralRules } from './intl.js';

const CLDR_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The message for `n`: `one()` for exactly 1 (it may write "1"), else the form of `other()` that `locale`'s plural rules choose. */
export function counted(n: number, locale: string, one: () => string, other: () => string): string {
  return n === 1 ? one() : pluralForm(other(), n, locale);
}

/**
 * The form of `text` for `n`: forms joined by " | ", in CLDR order of `locale`'s categories.
 * A translation must hold each placeholder of its source exactly once (lit-localize checks
 * it): the count's placeholder sits in the last form, and the other forms write "#" where the
 * count goes, which becomes `n` in the page's digits.
 */
export function pluralForm(text: string, n: number, locale: string): string {
  if (!text.includes(' | ')) return text;
  const rules = pluralRules(locale);
  const categories = CLDR_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const forms = text.split(' | ');
  return (forms[categories.indexOf(rules.select(n))] ?? forms[forms.length - 1]).replace('#', formatNumber(n, locale));
}
