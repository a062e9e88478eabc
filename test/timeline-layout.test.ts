import { expect } from '@open-wc/testing';
import { datetimeAttribute, formatPartialDate } from '../src/time/format-date.js';
import {
  axisTicks,
  clampWindow,
  entriesInRange,
  estimateTextWidth,
  entryHolding,
  findEntry,
  fitWindow,
  keyAction,
  GAP,
  labelWidth,
  LANE_GAP,
  LANE_LABEL_HEIGHT,
  lanesInRange,
  layoutTimeline,
  listEntries,
  MAX_LABEL_WIDTH,
  MIN_LABEL_WIDTH,
  MIN_SPAN,
  neighbourKey,
  panWindow,
  parseBound,
  periodAsPartialDate,
  ROW_HEIGHT,
  stackLane,
  TIME_UNITS,
  timeDomain,
  timeScale,
  transformFor,
  unitForScale,
  windowFor,
  zoomWindow,
  type Entry,
  type TimelineItem,
} from '../src/components/coop-timeline/timeline-layout.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

/** Deterministic pseudo-random items: `n` events between 1980 and 2030, some of them periods. */
function randomItems(n: number, seed = 7): TimelineItem[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const items: TimelineItem[] = [];
  for (let i = 0; i < n; i++) {
    const start = utc(1980) + Math.floor(random() * 50 * 365) * DAY;
    const length = random() < 0.2 ? Math.floor(random() * 3 * 365) * DAY : random() < 0.5 ? 30 * DAY : DAY;
    items.push({ key: `i${i}`, start, end: start + length, labelWidth: 60 + Math.floor(random() * 160) });
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Fails if two boxes of one row are closer than GAP. */
function expectNoOverlap<T extends TimelineItem>(entries: readonly Entry<T>[]): void {
  const rows = new Map<number, Entry<T>[]>();
  for (const e of entries) rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
  for (const [row, inRow] of rows) {
    inRow.sort((a, b) => a.x - b.x);
    for (let i = 1; i < inRow.length; i++) {
      const previous = inRow[i - 1];
      expect(inRow[i].x, `row ${row}: ${previous.key} then ${inRow[i].key}`).to.be.at.least(previous.x + previous.width + GAP - 1e-6);
    }
  }
}

/** Every item once, as an event or inside a count. */
function shownKeys<T extends TimelineItem>(entries: readonly Entry<T>[]): string[] {
  return entries.flatMap((e) => (e.type === 'event' ? [e.item.key] : e.items.map((i) => i.key)));
}

describe('timeline layout (pure)', () => {
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
    const wider = timeDomain([{ start: utc(2000), end: utc(2010) }], { start: utc(1990) });
    expect(wider.start).to.be.below(utc(1990));
    const one = timeDomain([{ start: utc(2016, 9, 14), end: utc(2016, 9, 15) }]);
    expect(one.end - one.start).to.be.at.least(365 * DAY);
    expect(one.start).to.be.below(utc(2016, 9, 14));
    expect(timeDomain([])).to.deep.equal({ start: utc(1980), end: utc(2030) });
  });

  it('zooms, pans and clamps windows inside the domain', () => {
    const domain = { start: utc(2000), end: utc(2020) };
    const half = zoomWindow(domain, 2);
    expect(half).to.deep.equal({ start: utc(2000) + (utc(2020) - utc(2000)) / 4, end: utc(2020) - (utc(2020) - utc(2000)) / 4 });
    expect(zoomWindow(half, 0.5)).to.deep.equal(domain);
    const moved = panWindow({ start: utc(2010), end: utc(2012) }, 0.5);
    expect(moved.end - moved.start).to.equal(utc(2012) - utc(2010));
    expect(moved.start).to.be.above(utc(2010));
    // Past the end: shifted back in, same length.
    const late = clampWindow({ start: utc(2019), end: utc(2023) }, domain);
    expect(late).to.deep.equal({ start: utc(2016), end: utc(2020) });
    // Too short: widened to the shortest span; too long: the domain.
    const tiny = clampWindow({ start: utc(2010), end: utc(2010) + DAY }, domain);
    expect(tiny.end - tiny.start).to.equal(MIN_SPAN);
    expect(clampWindow({ start: utc(1900), end: utc(2100) }, domain)).to.deep.equal(domain);
    const fit = fitWindow([{ start: utc(2016), end: utc(2017) }], domain);
    expect(fit.start).to.be.below(utc(2016));
    expect(fit.end).to.be.above(utc(2017));
  });

  it('turns a window into a zoom transform and back', () => {
    const domain = { start: utc(1980), end: utc(2030) };
    const window = { start: utc(2014), end: utc(2018) };
    const t = transformFor(window, domain, 800);
    expect(t.k).to.be.closeTo((utc(2030) - utc(1980)) / (utc(2018) - utc(2014)), 1e-9);
    expect(t.tx).to.be.below(0);
    const back = windowFor(t, domain, 800);
    expect(back.start).to.be.closeTo(window.start, 1);
    expect(back.end).to.be.closeTo(window.end, 1);
    // The scale agrees: the window's start is at the viewport's inline start.
    expect(timeScale(domain, 800, t.k)(window.start) + t.tx).to.be.closeTo(0, 1e-6);
    expect(timeScale(domain, 800, t.k)(window.end) + t.tx).to.be.closeTo(800, 1e-6);
  });

  it('asks D3 for round ticks inside the range, and says how far apart they are', () => {
    const scale = timeScale({ start: utc(1980), end: utc(2030) }, 1000, 1);
    const { ticks, step } = axisTicks(scale, 0, 1000, 100);
    expect(ticks.length).to.be.within(4, 12);
    for (const tick of ticks) {
      expect(new Date(tick.time).getUTCMonth()).to.equal(0);
      expect(tick.x).to.be.within(0, 1000);
    }
    expect(step).to.be.at.least(365 * DAY);
    const zoomed = timeScale({ start: utc(2016), end: utc(2017) }, 1000, 1);
    const months = axisTicks(zoomed, 0, 1000, 100);
    expect(months.step).to.be.within(28 * DAY, 92 * DAY);
    expect(axisTicks(scale, 2000, 3000).ticks).to.deep.equal([]);
    // Never closer than the labels need, whatever D3 would give for the count.
    for (const years of [3, 4.3, 7, 13]) {
      const s = timeScale({ start: utc(2013), end: utc(2013) + years * 365 * DAY }, 880, 1);
      const t = axisTicks(s, 0, 880, 110).ticks;
      for (let i = 1; i < t.length; i++) expect(t[i].x - t[i - 1].x, `${years} years`).to.be.at.least(88);
    }
  });

  it('picks the finest calendar unit at least a count box wide', () => {
    const pxPerYear = (px: number) => px / (365.2425 * DAY);
    expect(unitForScale(pxPerYear(20)).name).to.equal('decade');
    expect(unitForScale(pxPerYear(120)).name).to.equal('year');
    expect(unitForScale(pxPerYear(1500)).name).to.equal('month');
    expect(unitForScale(pxPerYear(200_000)).name).to.equal('day');
    const year = TIME_UNITS.find((u) => u.name === 'year')!;
    expect(year.floor(utc(2016, 7, 3))).to.equal(utc(2016));
    expect(year.offset(utc(2016))).to.equal(utc(2017));
    const quarter = TIME_UNITS.find((u) => u.name === 'quarter')!;
    expect(quarter.floor(utc(2016, 8, 20))).to.equal(utc(2016, 7));
    const decade = TIME_UNITS.find((u) => u.name === 'decade')!;
    expect(decade.floor(utc(1987, 3))).to.equal(utc(1980));
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

  it('stacks items in rows without overlapping labels, and shows each item once', () => {
    const items = randomItems(300);
    for (const k of [1, 4, 30, 400]) {
      const scale = timeScale({ start: utc(1979), end: utc(2031) }, 1000, k);
      const unit = unitForScale((1000 * k) / (utc(2031) - utc(1979)));
      const { entries, rows } = stackLane(items, (t) => scale(t), unit, 4);
      expectNoOverlap(entries);
      expect(rows, `k=${k}`).to.be.within(1, 4);
      expect(shownKeys(entries).sort(), `k=${k}`).to.deep.equal(items.map((i) => i.key).sort());
      // Chronological: each entry starts no earlier than the previous one.
      for (let i = 1; i < entries.length; i++) expect(entries[i].x).to.be.at.least(entries[i - 1].x);
    }
  });

  it('collapses dense periods into counts when zoomed out, and opens them when zoomed in', () => {
    // Fifteen events in 2016, one a month or so apart, as in Marrakech's brochure.
    const dense: TimelineItem[] = Array.from({ length: 15 }, (_, i) => ({ key: `e${i}`, start: utc(2016) + i * 24 * DAY, end: utc(2016) + (i * 24 + 1) * DAY, labelWidth: 150 }));
    const sparse: TimelineItem[] = [2020, 2022, 2024].map((y) => ({ key: `y${y}`, start: utc(y), end: utc(y + 1), labelWidth: 150 }));
    const items = [...dense, ...sparse];
    const domain = { start: utc(2000), end: utc(2030) };
    const at = (k: number) => {
      const scale = timeScale(domain, 1000, k);
      return stackLane(items, (t) => scale(t), unitForScale((1000 * k) / (domain.end - domain.start)), 3).entries;
    };
    const far = at(1);
    expect(far[0].type).to.equal('cluster');
    expect(far[0].type === 'cluster' && far[0].items.map((i) => i.key)).to.include.members(dense.map((i) => i.key));
    const near = at(200);
    expect(near.every((e) => e.type === 'event')).to.equal(true);
    expect(near).to.have.length(18);
    expectNoOverlap(near);
    const middle = at(12);
    expect(middle.filter((e) => e.type === 'cluster').flatMap((e) => (e.type === 'cluster' ? e.items : []))).to.have.length(15);
    expect(middle.filter((e) => e.type === 'event').map((e) => e.key)).to.deep.equal(['y2020', 'y2022', 'y2024']);
    expectNoOverlap(middle);
    expect(shownKeys(middle)).to.have.length(18);
  });

  it('draws periods as bars from start to end, points as dots', () => {
    const scale = timeScale({ start: utc(1980), end: utc(2030) }, 1000, 1);
    const items: TimelineItem[] = [
      { key: 'decades', start: utc(1980), end: utc(2000), labelWidth: 120 },
      { key: 'day', start: utc(2016, 9, 14), end: utc(2016, 9, 15), labelWidth: 120 },
    ];
    const { entries } = stackLane(items, (t) => scale(t), TIME_UNITS[0], 3);
    const [decades, day] = entries;
    expect(decades.type === 'event' && decades.barWidth).to.be.closeTo(400, 1);
    expect(decades.width).to.be.closeTo(400, 1);
    expect(day.type === 'event' && day.barWidth).to.equal(10);
    expect(day.width).to.equal(120);
  });

  it('lays lanes one under the other', () => {
    const items = randomItems(40);
    const layout = layoutTimeline(
      [
        { key: 'a', items: items.slice(0, 20) },
        { key: 'b', items: items.slice(20) },
        { key: 'empty', items: [] },
      ],
      { domain: { start: utc(1979), end: utc(2031) }, base: 900, k: 2, maxRows: 3, labelled: true, margin: 200 },
    );
    const [a, b, empty] = layout.lanes;
    expect(a.top).to.equal(0);
    expect(a.height).to.equal(LANE_LABEL_HEIGHT + a.rows * ROW_HEIGHT + LANE_GAP);
    expect(b.top).to.equal(a.height);
    expect(empty.rows).to.equal(1);
    expect(empty.entries).to.deep.equal([]);
    expect(layout.height).to.equal(a.height + b.height + empty.height);
    expect(layout.width).to.equal(900 * 2 + 200);
  });

  it('renders only the entries and lanes near the viewport', () => {
    const items = randomItems(2000);
    const scale = timeScale({ start: utc(1979), end: utc(2031) }, 1000, 50);
    const { entries } = stackLane(items, (t) => scale(t), unitForScale((1000 * 50) / (utc(2031) - utc(1979))), 5);
    const inView = entriesInRange(entries, 20_000, 21_500);
    expect(inView.length).to.be.above(0).and.below(entries.length / 10);
    for (const e of inView) expect(e.x <= 21_500 && e.x + e.width >= 20_000).to.equal(true);
    const missed = entries.filter((e) => !inView.includes(e));
    for (const e of missed) expect(e.x > 21_500 || e.x + e.width < 20_000).to.equal(true);

    const lanes = [0, 1, 2, 3, 4, 5].map((i) => ({ top: i * 100, height: 100 }));
    expect(lanesInRange(lanes, 0, 150)).to.deep.equal([0, 2]);
    expect(lanesInRange(lanes, 250, 420)).to.deep.equal([2, 5]);
    expect(lanesInRange(lanes, 900, 1000)).to.deep.equal([6, 6]);
  });

  it('lists a window as events, or as counts by the finest unit that fits the limit', () => {
    const items = randomItems(500);
    const window = { start: utc(2000), end: utc(2010) };
    const inWindow = items.filter((i) => i.end > window.start && i.start < window.end);
    const all = listEntries([{ key: 'all', items }], window, 1000);
    expect(all[0].entries.map((e) => e.key)).to.deep.equal(inWindow.map((i) => i.key));
    const grouped = listEntries([{ key: 'all', items }], window, 30);
    expect(grouped[0].entries.length).to.be.at.most(30).and.above(5);
    const counted = grouped[0].entries.reduce((n, e) => n + (e.type === 'event' ? 1 : e.items.length), 0);
    expect(counted).to.equal(inWindow.length);
    expect(grouped[0].entries.some((e) => e.type === 'cluster')).to.equal(true);
  });

  it('moves the focus through entries and lanes', () => {
    const lanes = [
      { entries: [{ key: 'a1', x: 0 }, { key: 'a2', x: 300 }] },
      { entries: [] },
      { entries: [{ key: 'c1', x: 20 }, { key: 'c2', x: 280 }, { key: 'c3', x: 900 }] },
    ];
    expect(neighbourKey(lanes, 'a1', 'next')).to.equal('a2');
    expect(neighbourKey(lanes, 'a2', 'next')).to.equal('c1');
    expect(neighbourKey(lanes, 'c3', 'next')).to.equal(null);
    expect(neighbourKey(lanes, 'a1', 'previous')).to.equal(null);
    expect(neighbourKey(lanes, 'c2', 'first')).to.equal('a1');
    expect(neighbourKey(lanes, 'a1', 'last')).to.equal('c3');
    expect(neighbourKey(lanes, 'a2', 'lane-down')).to.equal('c2');
    expect(neighbourKey(lanes, 'c1', 'lane-up')).to.equal('a1');
    expect(neighbourKey(lanes, 'a1', 'lane-up')).to.equal(null);
    expect(neighbourKey(lanes, 'gone', 'next')).to.equal('a1');
    expect(neighbourKey([], null, 'first')).to.equal(null);
  });

  it('maps keys to moves, mirrored in right-to-left pages, with Up/Down between lanes', () => {
    expect(keyAction('ArrowRight', { rtl: false, lanes: false })).to.equal('next');
    expect(keyAction('ArrowRight', { rtl: true, lanes: false })).to.equal('previous');
    expect(keyAction('ArrowLeft', { rtl: true, lanes: true })).to.equal('next');
    expect(keyAction('ArrowDown', { rtl: false, lanes: false })).to.equal('next');
    expect(keyAction('ArrowDown', { rtl: false, lanes: true })).to.equal('lane-down');
    expect(keyAction('ArrowUp', { rtl: true, lanes: true })).to.equal('lane-up');
    expect(['Home', 'End', 'PageDown', 'PageUp', '+', '-', '0', 'Escape'].map((k) => keyAction(k, { rtl: false, lanes: false }))).to.deep.equal([
      'first',
      'last',
      'page-next',
      'page-previous',
      'zoom-in',
      'zoom-out',
      'reset',
      'clear',
    ]);
    expect(keyAction('a', { rtl: false, lanes: false })).to.equal(null);
    expect(keyAction('Tab', { rtl: false, lanes: false })).to.equal(null);
  });

  it('finds an entry, and the count that holds an item', () => {
    const item = (key: string) => ({ key, start: 0, end: 1, labelWidth: 60 });
    const lanes = [
      { entries: [{ type: 'event', key: 'a' }] },
      { entries: [{ type: 'cluster', key: 'c', items: [item('x'), item('y')] }] },
    ];
    expect(findEntry(lanes, 'c')).to.deep.equal({ lane: 1, entry: lanes[1].entries[0] });
    expect(findEntry(lanes, 'y')).to.equal(null);
    expect(entryHolding(lanes, 'y')).to.deep.equal({ lane: 1, entry: lanes[1].entries[0] });
    expect(entryHolding(lanes, 'a')!.lane).to.equal(0);
    expect(entryHolding(lanes, 'z')).to.equal(null);
  });

  it('estimates label widths from their characters, within bounds', () => {
    expect(estimateTextWidth('mmmm', 14)).to.be.above(estimateTextWidth('iiii', 14));
    expect(estimateTextWidth('Mission cœur ouvert', 14)).to.be.within(100, 180);
    expect(labelWidth([{ text: 'x', fontSize: 14 }])).to.equal(MIN_LABEL_WIDTH);
    expect(labelWidth([{ text: 'A very long title '.repeat(10), fontSize: 14 }])).to.equal(MAX_LABEL_WIDTH);
    expect(labelWidth([{ text: 'mai 2017', fontSize: 12.5, extra: 40 }])).to.be.above(labelWidth([{ text: 'mai 2017', fontSize: 12.5 }]));
  });
});
