/**
 * The bundled data per language: a page loads the core part (what the map and the timeline
 * draw) of its language, with French, and a language switch on a live page brings the other
 * language's part, keeping what is shown until it arrives.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/map.js';
import '../src/timeline.js';
import type { CoopMap } from '../src/map.js';
import type { CoopTimeline } from '../src/timeline.js';
import { setLocale } from '../src/localization.js';
import bundled from '../data/cooperation.json';
import type { CooperationDataset } from '../src/data/schema.generated.js';

const data = bundled as unknown as CooperationDataset;
const start = data.events.find((e) => e.id === 'angers-tlemcen-2012-start')!;
const peltier = data.partnerships.find((p) => p.id === 'angers-djibouti-peltier')!.partners[0].name!;

const entries = (el: CoopTimeline) => [...el.shadowRoot!.querySelectorAll('ol > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const marks = (el: CoopMap) => [...el.shadowRoot!.querySelectorAll('.marks .mark')].map((m) => m.getAttribute('aria-label') ?? '');
const cores = () => performance.getEntriesByType('resource').map((e) => /\/core\/chu-angers\.(\w+)\.json/.exec(e.name)?.[1]).filter(Boolean);

/** CHU d'Angers' map and timeline on a French page, each in a link group of its own (`group`-map, `group`-timeline). */
async function angers(group: string): Promise<{ map: CoopMap; timeline: CoopTimeline }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <coop-map institution="chu-angers" group="${group}-map"></coop-map>
    <coop-timeline institution="chu-angers" group="${group}-timeline"></coop-timeline>
  </div>`);
  return { map: wrapper.querySelector('coop-map')!, timeline: wrapper.querySelector('coop-timeline')! };
}

describe('the bundled data in the page\'s language', function () {
  this.timeout(30000);

  it('loads the French core alone on a French page, and the Arabic one when the page switches to Arabic: titles and names in Arabic on map and timeline', async () => {
    const { map, timeline } = await angers('switch');
    await waitUntil(() => entries(timeline).some((t) => t.includes(start.title.fr)), 'no French timeline', { timeout: 10000 });
    await waitUntil(() => marks(map).some((l) => l.includes(peltier.fr)), 'no French map', { timeout: 10000 });
    expect(cores()).to.deep.equal(['fr']);

    const shown = new Set<boolean>();
    try {
      const switched = setLocale('ar');
      // Watched on every frame until the Arabic texts are in: never a loading state in between.
      await waitUntil(
        () => {
          shown.add(!timeline.shadowRoot!.querySelector('.state[role="status"]') && !map.shadowRoot!.querySelector('.state[role="status"]'));
          return entries(timeline).some((t) => t.includes(start.title.ar)) && marks(map).some((l) => l.includes(peltier.ar));
        },
        'the map and the timeline did not switch to Arabic',
        { interval: 5, timeout: 10000 },
      );
      await switched;
      expect([...shown]).to.deep.equal([true]);
      expect(entries(timeline).some((t) => t.includes(start.title.fr))).to.equal(false);
      expect(cores()).to.deep.equal(['fr', 'ar']);
    } finally {
      await setLocale(null);
    }
    await waitUntil(() => entries(timeline).some((t) => t.includes(start.title.fr)), 'did not switch back to French', { timeout: 10000 });
  });

  it('keeps the visitor’s zoom on the map and window on the timeline through a language switch', async () => {
    const { map, timeline } = await angers('switch-keep');
    await waitUntil(() => marks(map).length && entries(timeline).length, 'not drawn', { timeout: 10000 });
    const view = () => map.shadowRoot!.querySelector('svg.layer g')!.getAttribute('transform');
    const initial = view();
    map.shadowRoot!.querySelector<HTMLButtonElement>('.zoom button')!.click();
    await waitUntil(() => view() !== initial, 'the map did not zoom');
    const zoomed = view();
    // The timeline's zoom-in button narrows the window.
    const period = () => timeline.visiblePeriod!.end.getTime() - timeline.visiblePeriod!.start.getTime();
    const before = period();
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.nav button[aria-label="Zoomer"]')!.click();
    await waitUntil(() => period() < before, 'the timeline did not zoom');
    const narrowed = { start: timeline.visiblePeriod!.start.getTime(), end: timeline.visiblePeriod!.end.getTime() };
    try {
      await setLocale('ar');
      await waitUntil(() => entries(timeline).some((t) => t.includes(start.title.ar)) && marks(map).some((l) => l.includes(peltier.ar)), 'no Arabic', { timeout: 10000 });
      await map.updateComplete;
      expect(view(), 'the map keeps its zoom').to.equal(zoomed);
      expect({ start: timeline.visiblePeriod!.start.getTime(), end: timeline.visiblePeriod!.end.getTime() }, 'the timeline keeps its window').to.deep.equal(narrowed);
    } finally {
      await setLocale(null);
    }
  });
});
