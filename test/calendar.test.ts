/** The calendar steps of src/time/calendar.ts against d3-time, the reference they replace (pure, no DOM). */
import { expect } from '@open-wc/testing';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { calendarStep, utc, type CalendarField } from '../src/time/calendar.js';

const reference = { day: utcDay, month: utcMonth, year: utcYear };
const cases: [CalendarField, number][] = [
  ['day', 1], ['day', 2], ['day', 7], ['day', 14],
  ['month', 1], ['month', 3], ['month', 6],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 100], ['year', 1000],
];

describe('calendar steps', () => {
  it('give the same steps as d3-time, across leap years and month ends', () => {
    const spans: [number, number][] = [
      [utc(2016, 1, 20), utc(2016, 3, 10)],
      [utc(2015, 11, 25), utc(2017, 2, 3)],
      [utc(1999, 0, 1), utc(2031, 5, 17)],
      [utc(1978, 4, 12) + 3_600_000, utc(2030, 0, 1)],
    ];
    for (const [field, every] of cases) {
      const interval = every === 1 ? reference[field] : reference[field].every(every)!;
      for (const [start, end] of spans) {
        if (field === 'day' && end - start > 400 * 86_400_000) continue;
        const ours = calendarStep(field, every).range(start, end);
        const theirs = interval.range(new Date(start), new Date(end)).map(Number);
        expect(ours, `${field} × ${every} from ${new Date(start).toISOString()}`).to.deep.equal(theirs);
      }
    }
  });

  it('floors and offsets as d3-time does', () => {
    const t = utc(2016, 3, 17) + 5_000_000;
    for (const [field, every] of cases) {
      const interval = every === 1 ? reference[field] : reference[field].every(every)!;
      const step = calendarStep(field, every);
      expect(step.floor(t), `${field} × ${every}`).to.equal(+interval.floor(new Date(t)));
      const floor = step.floor(t);
      expect(step.offset(floor, 3), `${field} × ${every} + 3`).to.equal(+interval.offset(new Date(floor), 3));
      expect(step.offset(floor, -2), `${field} × ${every} - 2`).to.equal(+interval.offset(new Date(floor), -2));
    }
  });

  it('keeps years before 100 as such', () => {
    expect(new Date(calendarStep('year', 10).floor(utc(57, 5, 1))).getUTCFullYear()).to.equal(50);
    expect(calendarStep('year').range(utc(97), utc(102)).map((t) => new Date(t).getUTCFullYear())).to.deep.equal([97, 98, 99, 100, 101]);
  });
});
