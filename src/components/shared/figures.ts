/**
 * Key figures as a reader should see them: the number in the page's language, its unit,
 * and how exact the source is ("environ 30", "plus de 300"), never more precise than said.
 */
import { msg } from '@lit/localize';
import { textIn } from '../../data/localized-text.js';
import type { Figure } from '../../data/schema.generated.js';
import { formatNumber } from '../../format/intl.js';

/** The value with its unit: "1 800", "6 M €", "0,5 t", "2 ans". Null values give the source's words. */
export function figureValue(figure: Figure, locale: string): string {
  if (figure.value === null) return textIn(figure.text, locale);
  const value = figure.value;
  switch (figure.unit) {
    case 'EUR':
      return formatNumber(value, locale, { style: 'currency', currency: 'EUR', notation: value >= 1e6 ? 'compact' : 'standard', maximumFractionDigits: 1 });
    case 'year':
    case 'month':
      return formatNumber(value, locale, { style: 'unit', unit: figure.unit, unitDisplay: 'long' });
    case 't':
      return `${formatNumber(value, locale)} t`;
    case null:
    case undefined:
      return formatNumber(value, locale);
    default:
      return `${formatNumber(value, locale)} ${figure.unit}`;
  }
}

/** The qualifier before a value, in words: "environ", "plus de"... (empty for exact values). */
export function figureQualifier(figure: Figure): string {
  switch (figure.qualifier) {
    case 'about':
      return msg('environ');
    case 'more-than':
      return msg('plus de');
    case 'at-least':
      return msg('au moins');
    case 'up-to':
      return msg("jusqu'à");
    default:
      return '';
  }
}

/** The whole figure as one phrase: "environ 30 transplantations rénales effectuées". */
export function figureSentence(figure: Figure, locale: string): string {
  const qualifier = figureQualifier(figure);
  const value = figureValue(figure, locale);
  const counts = textIn(figure.counts, locale);
  return [qualifier, value, counts].filter(Boolean).join(' ');
}
