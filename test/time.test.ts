import { expect } from '@open-wc/testing';
import { periodAsPartialDate, TIME_UNITS, unitForScale, utc as calendarUtc } from '../src/time/calendar.js';
import { datetimeAttribute, formatPartialDate } from '../src/time/format-date.js';
import { axisTicks, clampWindow, fitWindow, MIN_SPAN, panWindow, parseBound, timeDomain, zoomWindow } from '../src/time/time-window.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

describe('calendar (pure)', () => {
  it('keeps years 0 to 99 as such', () => {
    expect(new Date(calendarUtc(45, 2, 3)).getUTCFullYear()).to.equal(45);
    expect(calendarUtc(2016, 3, 12)).to.equal(utc(2016, 4, 12));
  });

  it('picks the finest calendar unit at least a count box wide', () => {
    const pxPerYear = (px: number) => px / (365.2425 * DAY);
    expect(unitForScale(pxPerYear(20), 104).name).to.equal('decade');
    expect(unitForScale(pxPerYear(120), 104).name).to.equal('year');
    expect(unitForScale(pxPerYear(1500), 104).name).to.equal('month');
    expect(unitForScale(pxPerYear(200_000), 104).name).to.equal('day');
    const unit = (name: string) => TIME_UNITS.find((u) => u.name === name)!;
    expect(unit('year').floor(utc(2016, 7, 3))).to.equal(utc(2016));
    expect(unit('year').offset(utc(2016))).to.equal(utc(2017));
    expect(unit('quarter').floor(utc(2016, 8, 20))).to.equal(utc(2016, 7));
    expect(unit('decade').floor(utc(1987, 3))).to.equal(utc(1980));
    expect(unit('month').offset(utc(2016, 12), 2)).to.equal(utc(2017, 2));
  });

  it('names periods of whole units as partial dates, formatted and machine-readable', () => {
    expect(periodAsPartialDate(utc(2016), utc(2017))).to.deep.equal({ start: '2016' });
    expect(periodAsPartialDate(utc(2015), utc(2017))).to.deep.equal({ start: '2015', end: '2016' });
    expect(periodAsPartialDate(utc(2010), utc(2020))).to.deep.equal({ start: '201X' });
    expect(periodAsPartialDate(utc(1980), utc(2000))).to.deep.equal({ start: '198X', end: '199X' });
    expect(periodAsPartialDate(utc(2016, 4), utc(2016, 5))).to.deep.equal({ start: '2016-04' });
    expect(periodAsPartialDate(utc(2016, 4), utc(2016, 7))).to.deep.equal({ start: '2016-04', end: '2016-06' });
    expect(periodAsPartialDate(utc(2016, 4, 12), utc(2016, 4, 13))).to.deep.equal({ start: '2016-04-12' });
    expect(formatPartialDate(periodAsPartialDate(utc(2010), utc(2020)), 'fr')).to.equal('années 2010');
    expect(formatPartialDate(periodAsPartialDate(utc(2016, 4), utc(2016, 5)), 'fr')).to.equal('avril 2016');
    expect(datetimeAttribute(periodAsPartialDate(utc(1980), utc(2000)))).to.equal('1980/1999');
  });
});

describe('time windows (pure)', () => {
  it('reads from/to attributes as the first and the next instant of a partial date', () => {
    expect(parseBound('2014', 'start')).to.equal(utc(2014));
    expect(parseBound('2014', 'end')).to.equal(utc(2015));
    expect(parseBound(' 2016-04 ', 'end')).to.equal(utc(2016, 5));
    expect(parseBound('2016-04-12', 'start')).to.equal(utc(2016, 4, 12));
    expect(parseBound('198X', 'end')).to.equal(utc(1990));
    expect(parseBound('avril 2014', 'start')).to.equal(null);
    expect(parseBound('', 'start')).to.equal(null);
    expect(parseBound(null, 'end')).to.equal(null);
  });

  it('pads the domain, includes the asked window, and never makes it shorter than a year', () => {
    const domain = timeDomain([{ start: utc(2000), end: utc(2010) }]);
    expect(domain.start).to.be.below(utc(2000)).and.above(utc(1999));
    expect(domain.end).to.be.above(utc(2010)).and.below(utc(2011));
    expect(timeDomain([{ start: utc(2000), end: utc(2010) }], { start: utc(1990) }).start).to.be.below(utc(1990));
    const one = timeDomain([{ start: utc(2016, 9, 14), end: utc(2016, 9, 15) }]);
    expect(one.end - one.start).to.be.at.least(365 * DAY);
    expect(one.start).to.be.below(utc(2016, 9, 14));
    expect(timeDomain([])).to.deep.equal({ start: utc(1980), end: utc(2030) });
  });

  it('zooms about an instant that stays put, pans and clamps windows inside the domain', () => {
    const domain = { start: utc(2000), end: utc(2020) };
    const quarter = (utc(2020) - utc(2000)) / 4;
    expect(zoomWindow(domain, 2)).to.deep.equal({ start: utc(2000) + quarter, end: utc(2020) - quarter });
    expect(zoomWindow(zoomWindow(domain, 2), 0.5)).to.deep.equal(domain);
    // About 2005: it stays at the same fraction of the window.
    const about = zoomWindow(domain, 4, utc(2005), domain);
    const fraction = (w: { start: number; end: number }) => (utc(2005) - w.start) / (w.end - w.start);
    expect(fraction(about)).to.be.closeTo(fraction(domain), 1e-9);
    expect(about.end - about.start).to.be.closeTo((domain.end - domain.start) / 4, 1);
    // Never shorter than the shortest span, never longer than the domain, always inside it.
    const deep = zoomWindow(domain, 1e6, utc(2019, 12, 30), domain);
    expect(deep.end - deep.start).to.equal(MIN_SPAN);
    expect(deep.end).to.be.at.most(domain.end);
    expect(zoomWindow(domain, 0.1, utc(2010), domain)).to.deep.equal(domain);
    const moved = panWindow({ start: utc(2010), end: utc(2012) }, 0.5);
    expect(moved.end - moved.start).to.equal(utc(2012) - utc(2010));
    expect(moved.start).to.be.above(utc(2010));
    expect(panWindow({ start: utc(2016), end: utc(2019) }, 2, domain)).to.deep.equal({ start: utc(2020) - (utc(2019) - utc(2016)), end: utc(2020) });
    expect(clampWindow({ start: utc(2019), end: utc(2023) }, domain)).to.deep.equal({ start: utc(2016), end: utc(2020) });
    expect(clampWindow({ start: utc(2010), end: utc(2010) + DAY }, domain).end - clampWindow({ start: utc(2010), end: utc(2010) + DAY }, domain).start).to.equal(MIN_SPAN);
    expect(clampWindow({ start: utc(1900), end: utc(2100) }, domain)).to.deep.equal(domain);
    const fit = fitWindow([{ start: utc(2016), end: utc(2017) }], domain);
    expect(fit.start).to.be.below(utc(2016));
    expect(fit.end).to.be.above(utc(2017));
  });

  it('gives round ticks inside the window, never closer than labels need', () => {
    const { ticks, step } = axisTicks({ start: utc(1980), end: utc(2030) }, 1000, 100);
    expect(ticks.length).to.be.within(4, 12);
    for (const tick of ticks) {
      expect(new Date(tick.time).getUTCMonth()).to.equal(0);
      expect(tick.x).to.be.within(0, 1000);
      expect(tick.x).to.be.closeTo(((tick.time - utc(1980)) / (utc(2030) - utc(1980))) * 1000, 1e-6);
    }
    expect(step).to.be.at.least(365 * DAY);
    expect(axisTicks({ start: utc(2016), end: utc(2017) }, 1000, 100).step).to.be.within(28 * DAY, 92 * DAY);
    expect(axisTicks({ start: utc(2016), end: utc(2016) }, 1000).ticks).to.deep.equal([]);
    for (const years of [3, 4.3, 7, 13]) {
      const t = axisTicks({ start: utc(2013), end: utc(2013) + years * 365 * DAY }, 880, 110).ticks;
      for (let i = 1; i < t.length; i++) expect(t[i].x - t[i - 1].x, `${years} years`).to.be.at.least(88);
    }
  });
});
