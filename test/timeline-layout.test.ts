import { expect } from '@open-wc/testing';
import { TIME_UNITS, unitForScale } from '../src/time/calendar.js';
import { estimateTextWidth, labelWidths, MAX_LABEL_WIDTH, MIN_LABEL_WIDTH } from '../src/components/coop-timeline/label-width.js';
import { entryHolding, findEntry, keyAction, neighbourKey } from '../src/components/coop-timeline/timeline-keyboard.js';
import { CLUSTER_MIN_WIDTH, GAP, LANE_GAP, LANE_LABEL_HEIGHT, layoutTimeline, ROW_HEIGHT, stackLane, type Entry, type TimelineItem } from '../src/components/coop-timeline/timeline-stack.js';
import { entriesInRange, lanesInRange, listEntries } from '../src/components/coop-timeline/timeline-virtual.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const item = (key: string, start: number, end: number, full = 150, wrapped = full): TimelineItem => ({ key, start, end, full, wrapped });

/** Deterministic pseudo-random items: `n` events between 1980 and 2030, some of them periods. */
function randomItems(n: number, seed = 7): TimelineItem[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const items: TimelineItem[] = [];
  for (let i = 0; i < n; i++) {
    const start = utc(1980) + Math.floor(random() * 50 * 365) * DAY;
    const length = random() < 0.2 ? Math.floor(random() * 3 * 365) * DAY : random() < 0.5 ? 30 * DAY : DAY;
    const full = 60 + Math.floor(random() * 240);
    items.push(item(`i${i}`, start, start + length, full, Math.max(56, Math.round(full * 0.6))));
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A lane of `items` stacked across `width` px for the years `[y0, y1)`. */
function stack(items: readonly TimelineItem[], width: number, y0: number, y1: number, maxRows: number) {
  const px = width / (utc(y1) - utc(y0));
  return stackLane(items, (t) => (t - utc(y0)) * px, unitForScale(px, CLUSTER_MIN_WIDTH), maxRows);
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
const shownKeys = <T extends TimelineItem>(entries: readonly Entry<T>[]) => entries.flatMap((e) => (e.type === 'event' ? [e.item.key] : e.items.map((i) => i.key)));

describe('timeline stacking (pure)', () => {
  it('stacks items in rows without overlapping labels, and shows each item once', () => {
    const items = randomItems(300);
    for (const width of [1000, 4000, 30_000, 400_000]) {
      const { entries, rows } = stack(items, width, 1979, 2031, 4);
      expectNoOverlap(entries);
      expect(rows, `${width} px`).to.be.within(1, 4);
      expect(shownKeys(entries).sort(), `${width} px`).to.deep.equal(items.map((i) => i.key).sort());
      for (let i = 1; i < entries.length; i++) expect(entries[i].x).to.be.at.least(entries[i - 1].x);
    }
  });

  it('adds rows, then wraps titles, before folding a period into a count', () => {
    // Five events in one year on a narrow axis (Marrakech's 2016 on a 640 px column).
    const year = Array.from({ length: 5 }, (_, i) => item(`e${i}`, utc(2016, 1 + i * 2), utc(2016, 1 + i * 2, 2), 240, 130));
    const px = 500 / (utc(2019) - utc(2013));
    const at = (rows: number) => stackLane(year, (t) => (t - utc(2013)) * px, unitForScale(px, CLUSTER_MIN_WIDTH), rows).entries;
    expect(at(8).every((e) => e.type === 'event'), 'eight rows hold them').to.equal(true);
    expect(at(8).map((e) => e.row)).to.deep.equal([0, 1, 2, 3, 4]);
    expect(at(3).map((e) => e.type)).to.deep.equal(['cluster']);
    // Two of them fit side by side only when wrapped on two lines.
    const pair = [item('a', utc(2016), utc(2016, 1, 2), 240, 100), item('b', utc(2016, 10), utc(2016, 10, 2), 240, 100)];
    const two = stackLane(pair, (t) => (t - utc(2013)) * (1000 / (utc(2019) - utc(2013))), TIME_UNITS[4], 1).entries;
    expect(two.map((e) => e.type)).to.deep.equal(['event', 'event']);
    expect(two[0].width).to.be.below(240);
    expectNoOverlap(two);
  });

  it('widens a label into the free space beside it, up to its one-line width', () => {
    const px = 1000 / (utc(2020) - utc(2010));
    // One row: a and b share it only if a wraps; c comes years later.
    const items = [item('a', utc(2012), utc(2012, 1, 2), 400, 70), item('b', utc(2012, 11), utc(2012, 11, 2), 90), item('c', utc(2016), utc(2016, 1, 2), 200, 120)];
    const { entries } = stackLane(items, (t) => (t - utc(2010)) * px, TIME_UNITS[4], 1);
    const byKey = Object.fromEntries(entries.map((e) => [e.key, e]));
    expect(entries.map((e) => e.type)).to.deep.equal(['event', 'event', 'event']);
    // a widens up to b (less the gap): more than wrapped, less than its full 400 px.
    expect(byKey.a.width).to.be.closeTo(byKey.b.x - GAP - byKey.a.x, 1e-6);
    expect(byKey.a.width).to.be.above(70).and.below(400);
    // b and c have room after them: their whole title on one line.
    expect(byKey.b.width).to.equal(90);
    expect(byKey.c.width).to.equal(200);
    expectNoOverlap(entries);
  });

  it('collapses dense periods into counts when zoomed out, and opens them when zoomed in', () => {
    const dense = Array.from({ length: 15 }, (_, i) => item(`e${i}`, utc(2016) + i * 24 * DAY, utc(2016) + (i * 24 + 1) * DAY));
    const sparse = [2020, 2022, 2024].map((y) => item(`y${y}`, utc(y), utc(y + 1)));
    const items = [...dense, ...sparse];
    const far = stack(items, 1000, 2000, 2030, 3).entries;
    expect(far[0].type).to.equal('cluster');
    expect(far[0].type === 'cluster' && far[0].items.map((i) => i.key)).to.include.members(dense.map((i) => i.key));
    const near = stack(items, 200_000, 2000, 2030, 3).entries;
    expect(near.every((e) => e.type === 'event')).to.equal(true);
    expect(near).to.have.length(18);
    expectNoOverlap(near);
    const middle = stack(items, 12_000, 2000, 2030, 3).entries;
    expect(middle.filter((e) => e.type === 'cluster').flatMap((e) => (e.type === 'cluster' ? e.items : []))).to.have.length(15);
    expect(middle.filter((e) => e.type === 'event').map((e) => e.key)).to.deep.equal(['y2020', 'y2022', 'y2024']);
    expectNoOverlap(middle);
  });

  it('draws periods as bars from start to end, points as dots', () => {
    const { entries } = stack([item('decades', utc(1980), utc(2000), 120), item('day', utc(2016, 9, 14), utc(2016, 9, 15), 120)], 1000, 1980, 2030, 3);
    const [decades, day] = entries;
    expect(decades.type === 'event' && decades.barWidth).to.be.closeTo(400, 1);
    expect(decades.width).to.be.closeTo(400, 1);
    expect(day.type === 'event' && day.barWidth).to.equal(10);
    expect(day.width).to.equal(120);
  });

  it('lays lanes one under the other', () => {
    const items = randomItems(40);
    const domain = { start: utc(1979), end: utc(2031) };
    const layout = layoutTimeline(
      [
        { key: 'a', items: items.slice(0, 20) },
        { key: 'b', items: items.slice(20) },
        { key: 'empty', items: [] },
      ],
      { domain, pxPerMs: 1800 / (domain.end - domain.start), maxRows: 3, labelled: true, margin: 200 },
    );
    const [a, b, empty] = layout.lanes;
    expect(a.top).to.equal(0);
    expect(a.height).to.equal(LANE_LABEL_HEIGHT + a.rows * ROW_HEIGHT + LANE_GAP);
    expect(b.top).to.equal(a.height);
    expect(empty.rows).to.equal(1);
    expect(empty.entries).to.deep.equal([]);
    expect(layout.height).to.equal(a.height + b.height + empty.height);
    expect(layout.width).to.be.closeTo(1800 + 200, 1e-6);
  });
});

describe('timeline virtualisation and list (pure)', () => {
  it('renders only the entries and lanes near the viewport', () => {
    const { entries } = stack(randomItems(2000), 50_000, 1979, 2031, 5);
    const inView = entriesInRange(entries, 20_000, 21_500);
    expect(inView.length).to.be.above(0).and.below(entries.length / 10);
    for (const e of inView) expect(e.x <= 21_500 && e.x + e.width >= 20_000).to.equal(true);
    for (const e of entries.filter((e) => !inView.includes(e))) expect(e.x > 21_500 || e.x + e.width < 20_000).to.equal(true);
    const lanes = [0, 1, 2, 3, 4, 5].map((i) => ({ top: i * 100, height: 100 }));
    expect(lanesInRange(lanes, 0, 150)).to.deep.equal([0, 2]);
    expect(lanesInRange(lanes, 250, 420)).to.deep.equal([2, 5]);
    expect(lanesInRange(lanes, 900, 1000)).to.deep.equal([6, 6]);
  });

  it('lists a window as events, or as counts by the finest unit that fits the limit', () => {
    const items = randomItems(500);
    const window = { start: utc(2000), end: utc(2010) };
    const inWindow = items.filter((i) => i.end > window.start && i.start < window.end);
    expect(listEntries([{ key: 'all', items }], window, 1000)[0].entries.map((e) => e.key)).to.deep.equal(inWindow.map((i) => i.key));
    const grouped = listEntries([{ key: 'all', items }], window, 30)[0].entries;
    expect(grouped.length).to.be.at.most(30).and.above(5);
    expect(grouped.reduce((n, e) => n + (e.type === 'event' ? 1 : e.items.length), 0)).to.equal(inWindow.length);
    expect(grouped.some((e) => e.type === 'cluster')).to.equal(true);
  });
});

describe('timeline keyboard (pure)', () => {
  it('moves the focus through entries and lanes', () => {
    const lanes = [{ entries: [{ key: 'a1', x: 0 }, { key: 'a2', x: 300 }] }, { entries: [] }, { entries: [{ key: 'c1', x: 20 }, { key: 'c2', x: 280 }, { key: 'c3', x: 900 }] }];
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
    const lanes = [{ entries: [{ type: 'event', key: 'a' }] }, { entries: [{ type: 'cluster', key: 'c', items: [item('x', 0, 1), item('y', 0, 1)] }] }];
    expect(findEntry(lanes, 'c')).to.deep.equal({ lane: 1, entry: lanes[1].entries[0] });
    expect(findEntry(lanes, 'y')).to.equal(null);
    expect(entryHolding(lanes, 'y')).to.deep.equal({ lane: 1, entry: lanes[1].entries[0] });
    expect(entryHolding(lanes, 'a')!.lane).to.equal(0);
    expect(entryHolding(lanes, 'z')).to.equal(null);
  });
});

describe('label widths (pure)', () => {
  it('estimates label widths from their characters, on one line and wrapped on two, within bounds', () => {
    expect(estimateTextWidth('mmmm', 14)).to.be.above(estimateTextWidth('iiii', 14));
    expect(estimateTextWidth('Mission cœur ouvert', 14)).to.be.within(100, 180);
    const label = (title: string, line = 'mai 2017', extra = 0) => labelWidths({ line: { text: line, fontSize: 12.5, extra }, title: { text: title, fontSize: 14 } });
    expect(label('x', 'x')).to.deep.equal({ full: MIN_LABEL_WIDTH, wrapped: MIN_LABEL_WIDTH });
    expect(label('A very long title '.repeat(10)).full).to.equal(MAX_LABEL_WIDTH);
    const title = label('Début du partenariat Angers – Tlemcen en greffe rénale');
    expect(title.wrapped).to.be.below(title.full).and.above(title.full * 0.5);
    // Never narrower than its longest word or its first line.
    expect(label('Transplantation', 'mai 2017').wrapped).to.be.at.least(estimateTextWidth('Transplantation', 14));
    expect(label('Oui', 'mai 2017', 40).full).to.be.above(label('Oui', 'mai 2017').full);
  });
});
