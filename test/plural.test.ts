/**
 * Counted messages: the form Intl.PluralRules picks for each count, from translations that
 * give a language's forms joined by " | " (src/format/plural.ts), and the real Arabic strings
 * of the elements (2, 3–10, 11–99, 100+ each their own form).
 */
import { expect } from '@open-wc/testing';
import { counted, pluralForm } from '../src/format/plural.js';
import { formatNumber } from '../src/format/intl.js';
import { setLocale } from '../src/localization.js';
import { eventCount, foundCount } from '../src/components/coop-timeline/timeline-format.js';
import { problemsSummary } from '../src/data/problem-counts.js';

/** "N events" as a translation gives it: zero | one | two | few | many | other, the count's placeholder (here 100+) in the last. */
const EVENTS_AR = 'لا أحداث | حدث واحد | حدثان | # أحداث | # حدثًا | ١٠٠ حدث';

describe('plural forms', () => {
  it('picks the Arabic form that Intl.PluralRules gives: 0, 2, 3–10, 11–99, 100+, with the count in the page’s digits', () => {
    const form = (n: number) => pluralForm(EVENTS_AR, n, 'ar');
    expect(form(0)).to.equal('لا أحداث');
    expect(form(2)).to.equal('حدثان');
    for (const n of [3, 7, 10, 103, 110]) expect(form(n), String(n)).to.equal(`${formatNumber(n, 'ar')} أحداث`);
    for (const n of [11, 42, 99, 111, 1011]) expect(form(n), String(n)).to.equal(`${formatNumber(n, 'ar')} حدثًا`);
    expect(form(100)).to.equal('١٠٠ حدث');
  });

  it('uses a translation without forms as it is, and the one message for exactly one', () => {
    expect(pluralForm('28 événements', 28, 'fr')).to.equal('28 événements');
    const calls: string[] = [];
    const message = (n: number) => counted(n, 'ar', () => (calls.push('one'), 'un'), () => (calls.push('other'), EVENTS_AR));
    expect(message(1)).to.equal('un');
    expect(message(2)).to.equal('حدثان');
    expect(calls).to.deep.equal(['one', 'other']);
    expect(pluralForm('a | b', 5, 'ar'), 'fewer forms than the language has: the last').to.equal('b');
  });

  it('gives the elements’ own counts their Arabic forms, and French and English their two', async () => {
    try {
      await setLocale('ar');
      expect(eventCount(1, 'ar')).to.equal('حدث واحد');
      expect(eventCount(2, 'ar')).to.equal('حدثان');
      expect(eventCount(4, 'ar')).to.equal(`${formatNumber(4, 'ar')} أحداث`);
      expect(eventCount(25, 'ar')).to.equal(`${formatNumber(25, 'ar')} حدثًا`);
      expect(eventCount(300, 'ar')).to.equal(`${formatNumber(300, 'ar')} حدث`);
      expect(foundCount(2, 'ar')).to.equal('تم العثور على حدثين');
      expect(problemsSummary({ setAside: 2, corrected: 12 })).to.equal(`سجلان مستبعدان · ${formatNumber(12, 'ar')} قيمةً مصحّحة`);
      await setLocale('en');
      expect([eventCount(1, 'en'), eventCount(2, 'en'), eventCount(0, 'en')]).to.deep.equal(['1 event', '2 events', '0 events']);
    } finally {
      await setLocale(null);
    }
    expect([eventCount(1, 'fr'), eventCount(2, 'fr')]).to.deep.equal(['1 événement', '2 événements']);
  });
});
