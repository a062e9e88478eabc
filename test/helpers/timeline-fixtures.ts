/**
 * What the `<coop-timeline>` tests share (test/coop-timeline.test.ts,
 * test/timeline-interaction.test.ts): the small fixture they show by default
 * (test/fixtures/small-dataset.json, served raw as a web server would send it, and imported
 * as JSON for expected values: its events in chronological order, what a coop-load says of
 * events), mounting a timeline at a width, and reading its entries and focus.
 */
import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/timeline.js';
import type { CoopTimeline } from '../../src/timeline.js';
import type { CoopLoadEvent } from '../../src/events/coop-load.js';
import type { CooperationDataset, DatedEvent } from '../../src/data/schema.generated.js';
import smallJson from '../fixtures/small-dataset.json';

/** The fixture, where it is served raw (see web-test-runner.config.js), and as data. */
export const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;
export const small = smallJson as unknown as CooperationDataset;

/** A date point ("198X", "2014-09", "2016-09-14") as a string that sorts chronologically. */
const sortable = (point: string) => point.replace(/X/g, '0');

/** The ids of `events` in chronological order of their start: a timeline's reading and keyboard order. */
export function chronological(events: readonly DatedEvent[]): string[] {
  return [...events]
    .sort((a, b) => (sortable(a.date.start) < sortable(b.date.start) ? -1 : sortable(a.date.start) > sortable(b.date.start) ? 1 : 0))
    .map((e) => e.id);
}

/** The fixture's event ids in chronological order. */
export const CHRONOLOGICAL: readonly string[] = chronological(small.events);

export const eventById = (id: string) => small.events.find((e) => e.id === id)!;

/** The fixture's event ids, chronological, of the events that `keep` keeps. */
export const keysWhere = (keep: (e: DatedEvent) => boolean) => CHRONOLOGICAL.filter((id) => keep(eventById(id)));

/** The coop-load detail of a timeline showing `events`: how many, and how many partnerships they belong to. */
export const loadDetail = (events: readonly DatedEvent[]) => ({
  partnerships: new Set(events.map((e) => e.partnership).filter((p) => p !== null)).size,
  events: events.length,
});

let groups = 0;

/** Creates a timeline `width` px wide and waits for its coop-load and the layout at its width. */
export async function mount(attributes: Record<string, string> = {}, width = 900): Promise<{ el: CoopTimeline; load: CoopLoadEvent; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">avant</button></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('coop-timeline');
  // Each timeline in a group of its own: a link group remembers its last selection.
  for (const [name, value] of Object.entries({ src: SMALL, group: `test-${++groups}`, ...attributes })) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'coop-load');
  wrapper.append(el);
  const load = await loaded;
  await settle(el);
  return { el, load, before: wrapper.querySelector('button')! };
}

export async function settle(el: CoopTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

export const root = (el: CoopTimeline) => el.shadowRoot!;
export const items = (el: CoopTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.item')];
export const eventKeys = (el: CoopTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.event .item')].map((b) => b.dataset.key);
export const button = (el: CoopTimeline, key: string) => root(el).querySelector<HTMLButtonElement>(`.item[data-key="${key}"]`)!;
/** The data-key of the focused entry (an event's or a count's `.item` button), or undefined when the focus is on none. */
export const focused = (el: CoopTimeline) => {
  const active = root(el).activeElement as HTMLElement | null;
  return active?.matches('button.item') ? active.dataset.key : undefined;
};
export const navButton = (el: CoopTimeline, label: string) => root(el).querySelector<HTMLButtonElement>(`.nav button[aria-label="${label}"]`)!;
