import { expect } from '@open-wc/testing';
import { compareIntervals, midpoint, overlaps, parseDatePoint, toInterval } from '../src/time/partial-date.js';
import { datetimeAttribute, formatPartialDate } from '../src/time/format-date.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('partial dates: parsing into intervals', () => {
  it('reads a year, a month, a day and a decade at their own precision', () => {
    expect(parseDatePoint('2014')).to.include({ precision: 'year' });
    expect(iso(parseDatePoint('2014')!.start)).to.equal('2014-01-01');
    expect(iso(parseDatePoint('2014')!.end)).to.equal('2015-01-01');
    expect(iso(parseDatePoint('2014-09')!.end)).to.equal('2014-10-01');
    expect(iso(parseDatePoint('2014-12')!.end)).to.equal('2015-01-01');
    expect(iso(parseDatePoint('2016-09-26')!.end)).to.equal('2016-09-27');
    const decade = parseDatePoint('198X')!;
    expect(decade.precision).to.equal('decade');
    expect([iso(decade.start), iso(decade.end)]).to.deep.equal(['1980-01-01', '1990-01-01']);
  });

  it('refuses impossible dates and other text', () => {
    for (const bad of ['2023-02-29', '2024-13', '2024-00', '2016-09-31', '17/05/2017', 'fin 2017', '20X', '']) {
      expect(parseDatePoint(bad), bad).to.equal(null);
    }
    expect(parseDatePoint('2024-02-29')).not.to.equal(null);
  });

  it('turns a range into one interval from the first day of its start to the last day of its end', () => {
    const caravan = toInterval({ start: '2017-05-26', end: '2017-06-01' })!;
    expect([iso(caravan.start), iso(caravan.end)]).to.deep.equal(['2017-05-26', '2017-06-02']);
    expect(caravan.isRange).to.equal(true);
    const decades = toInterval({ start: '198X', end: '199X', approximate: true })!;
    expect([iso(decades.start), iso(decades.end)]).to.deep.equal(['1980-01-01', '2000-01-01']);
    expect(decades.approximate).to.equal(true);
  });

  it('narrows "fin 2017" and "début septembre 2025" to a third of the period', () => {
    const late2017 = toInterval({ start: '2017', part: 'late' })!;
    expect([iso(late2017.start), iso(late2017.end)]).to.deep.equal(['2017-09-01', '2018-01-01']);
    expect(late2017.precision).to.equal('year');
    const earlySept = toInterval({ start: '2025-09', part: 'early' })!;
    expect([iso(earlySept.start), iso(earlySept.end)]).to.deep.equal(['2025-09-01', '2025-09-11']);
    const lateFeb = toInterval({ start: '2024-02', part: 'late' })!;
    expect([iso(lateFeb.start), iso(lateFeb.end)]).to.deep.equal(['2024-02-21', '2024-03-01']);
  });

  it('rejects a range that ends before it starts', () => {
    expect(toInterval({ start: '2017', end: '2016' })).to.equal(null);
    expect(toInterval({ start: '2017', end: 'soon' })).to.equal(null);
    expect(toInterval({ start: '2017-05', end: '2017-05' })).not.to.equal(null);
  });

  it('orders by start, then the more precise first', () => {
    const order = (points: string[]) =>
      points
        .map((start) => ({ start, interval: toInterval({ start })! }))
        .sort((a, b) => compareIntervals(a.interval, b.interval))
        .map((d) => d.start);
    expect(order(['2016-04-20', '2016', '201X', '2016-04', '2015-12-31'])).to.deep.equal(['201X', '2015-12-31', '2016', '2016-04', '2016-04-20']);
    expect(order(['2016', '201X', '2016-01', '2010', '2016-01-01'])).to.deep.equal(['2010', '201X', '2016-01-01', '2016-01', '2016']);
  });

  it('knows the middle of an interval and whether it meets a window', () => {
    const year = toInterval({ start: '2014' })!;
    expect(iso(midpoint(year))).to.equal('2014-07-02');
    expect(overlaps(year, Date.UTC(2014, 11, 31), null)).to.equal(true);
    expect(overlaps(year, Date.UTC(2015, 0, 1), null)).to.equal(false);
    expect(overlaps(year, null, Date.UTC(2014, 0, 1))).to.equal(false);
    expect(overlaps(year)).to.equal(true);
  });
});

describe('partial dates: formatting at the source precision', () => {
  const cases: [Parameters<typeof formatPartialDate>[0], string, string][] = [
    [{ start: '2014' }, '2014', '2014'],
    [{ start: '2014-04' }, 'avril 2014', 'April 2014'],
    [{ start: '2025-11-12' }, '12 novembre 2025', 'November 12, 2025'],
    [{ start: '2016-09-14', end: '2016-09-26' }, '14–26 sept. 2016', 'Sep 14 – 26, 2016'],
    [{ start: '2017', part: 'late' }, 'fin 2017', 'late 2017'],
    [{ start: '2025-09', part: 'early' }, 'début septembre 2025', 'early September 2025'],
    [{ start: '198X', end: '199X', approximate: true }, 'années 1980–1990', '1980s–1990s'],
    [{ start: '2026', end: '2028' }, '2026–2028', '2026 – 2028'],
    [{ start: '2015', approximate: true }, 'vers 2015', 'about 2015'],
  ];
  for (const [date, fr, en] of cases) {
    it(`${JSON.stringify(date)} → "${fr}" / "${en}"`, () => {
      expect(formatPartialDate(date, 'fr').replace(/\u202f|\u2009/g, ' ')).to.equal(fr);
      expect(formatPartialDate(date, 'en').replace(/\u202f|\u2009/g, ' ')).to.equal(en);
    });
  }

  it('formats in Arabic with Arabic month names and qualifiers', () => {
    expect(formatPartialDate({ start: '2014-04' }, 'ar')).to.match(/أبريل|نيسان/);
    expect(formatPartialDate({ start: '2017', part: 'late' }, 'ar')).to.match(/^أواخر /);
  });

  it('falls back to French words for languages it does not know', () => {
    expect(formatPartialDate({ start: '2017', part: 'late' }, 'de')).to.equal('fin 2017');
  });

  it('shows an unreadable date as written instead of hiding it', () => {
    expect(formatPartialDate({ start: 'bientôt' }, 'fr')).to.equal('bientôt');
  });

  it('gives <time datetime> values in ISO 8601', () => {
    expect(datetimeAttribute({ start: '2014-09' })).to.equal('2014-09');
    expect(datetimeAttribute({ start: '2017-05-26', end: '2017-06-01' })).to.equal('2017-05-26/2017-06-01');
    expect(datetimeAttribute({ start: '198X', end: '199X' })).to.equal('1980/1999');
    expect(datetimeAttribute({ start: '198X' })).to.equal('1980/1989');
  });
});
