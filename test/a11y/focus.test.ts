/**
 * Focus visible, proven by pixels (WCAG 2.4.7, 2.4.11; RGAA 10.7): every Tab stop and every
 * arrow-key stop of each element changes the pixels around it when it takes focus, on all
 * four sides, at least 2 px thick, and no parent's overflow clips the indicator. Also the
 * keyboard journeys: Tab goes into each element and out again (no trap), in both themes.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/map.js';
import '../../src/timeline.js';
import '../../src/card.js';
import '../../src/filters.js';
import { changed, indicator, pixelsOf, type Region } from '../helpers/pixels.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A readable name of a focus stop, for failure messages. */
function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${label}"`;
}

const pad = (r: DOMRect, by = 10): Region => ({ x: Math.max(0, r.x - by), y: Math.max(0, r.y - by), width: r.width + 2 * by, height: r.height + 2 * by });

/**
 * The focus indicator of the stop that has focus now: pixels with it, then with the focus
 * moved away (to `away`), then the focus given back. Returns its sides' thickness.
 */
async function measureStop(away: HTMLElement): Promise<{ name: string; sides: Record<string, number>; count: number }> {
  const stop = deepActive() as HTMLElement | SVGElement;
  // The page scrolls the stop into view; the region is where it is now.
  stop.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  await aTimeout(60);
  const box = stop.getBoundingClientRect();
  const region = pad(box);
  const focused = await pixelsOf(region);
  away.focus();
  await aTimeout(60);
  const blurred = await pixelsOf(region);
  stop.focus();
  await aTimeout(30);
  const { sides, count } = indicator(changed(focused, blurred), region, box);
  return { name: nameOf(stop), sides, count };
}

/** Every Tab stop from `before` until the focus reaches `after`, each measured (at most `limit`). */
async function tabStops(before: HTMLElement, after: HTMLElement, limit = 40) {
  const results = [];
  before.focus();
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (deepActive() === after) return results;
    results.push(await measureStop(before));
  }
  throw new Error(`Tab did not leave the element after ${limit} stops (a keyboard trap?)`);
}

function expectVisible(stops: { name: string; sides: Record<string, number> }[]): void {
  const weak = stops.filter((s) => Object.values(s.sides).some((t) => t < 2)).map((s) => `${s.name}: ${JSON.stringify(s.sides)}`);
  expect(weak, 'focus indicators thinner than 2 px on a side, or clipped').to.deep.equal([]);
}

async function page(markup: string, theme = 'light') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; padding: 12px"></div>`);
  wrapper.innerHTML = `<button id="before">avant</button>${markup.replaceAll('THEME', theme)}<button id="after">après</button>`;
  return {
    wrapper,
    before: wrapper.querySelector<HTMLElement>('#before')!,
    after: wrapper.querySelector<HTMLElement>('#after')!,
  };
}

describe('focus visible, by pixels', function () {
  this.timeout(60000);
  // Wide enough for the elements: a screenshot stops at the viewport's edge.
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const theme of ['light', 'dark']) {
    it(`map (${theme}): every Tab stop, and the marks with the arrow keys`, async () => {
      const { wrapper, before, after } = await page('<coop-map institution="chu-angers" theme="THEME"></coop-map>', theme);
      const map = wrapper.querySelector('coop-map')!;
      await waitUntil(() => map.shadowRoot?.querySelector('.marks .mark'), 'no marks', { timeout: 15000 });
      const stops = await tabStops(before, after);
      expect(stops.map((s) => s.name)).to.include.members(['button "Carte"', 'button "Tableau"']);
      expectVisible(stops);
      // The marks: Tab to the first, then arrows.
      const first = map.shadowRoot!.querySelector<SVGGElement>('.mark[tabindex="0"]')!;
      first.focus();
      const marks = [await measureStop(before)];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'ArrowRight' });
        marks.push(await measureStop(before));
      }
      expectVisible(marks);
    });

    it(`timeline (${theme}): every Tab stop, and the events with the arrow keys`, async () => {
      const { wrapper, before, after } = await page(`<coop-timeline src="${SMALL}" searchable theme="THEME"></coop-timeline>`, theme);
      const timeline = wrapper.querySelector('coop-timeline')!;
      await waitUntil(() => timeline.shadowRoot?.querySelector('button.item'), 'no events', { timeout: 15000 });
      const stops = await tabStops(before, after);
      expectVisible(stops);
      const first = timeline.shadowRoot!.querySelector<HTMLElement>('button.item[tabindex="0"]')!;
      first.focus();
      const events = [await measureStop(before)];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'ArrowRight' });
        events.push(await measureStop(before));
      }
      expectVisible(events);
    });
  }

  it('card, cards and filters: every Tab stop', async () => {
    const { wrapper, before, after } = await page(
      `<coop-filters group="focus-f"></coop-filters><coop-cards src="${SMALL}" group="focus-f"></coop-cards><coop-card partnership="angers-tlemcen"></coop-card>`,
    );
    const card = wrapper.querySelector('coop-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('h2'), 'no card', { timeout: 15000 });
    await waitUntil(() => wrapper.querySelector('coop-filters')!.shadowRoot?.querySelector('fieldset'), 'no filters', { timeout: 15000 });
    await waitUntil(() => wrapper.querySelector('coop-cards')!.shadowRoot?.querySelector('coop-card')?.shadowRoot?.querySelector('button'), 'no cards', { timeout: 15000 });
    const stops = await tabStops(before, after, 60);
    expect(stops.length).to.be.above(8);
    expectVisible(stops);
  });
});
