import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import '../src/filters.js';
import { lowContrastTexts } from './helpers/contrast.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;

/** An element of each kind, in `theme`, on a page of `page` colour, once loaded. */
async function elementsOn(page: string, theme: 'light' | 'dark') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; background: ${page}; color: ${page === '#ffffff' ? '#111' : '#eee'}"></div>`);
  const elements = [
    Object.assign(document.createElement('coop-map'), { src: SMALL }),
    Object.assign(document.createElement('coop-timeline'), { src: SMALL, searchable: true }),
    Object.assign(document.createElement('coop-card'), { src: SMALL, partnership: 'alpha-bamako' }),
  ];
  const loaded = elements.map((el) => oneEvent(el, 'coop-load'));
  // The cards and the filters, which tell no coop-load: ready when they show their grid and fields.
  const cards = Object.assign(document.createElement('coop-cards'), { src: SMALL });
  const filters = document.createElement('coop-filters');
  for (const el of [...elements, cards, filters]) {
    el.setAttribute('theme', theme);
    el.setAttribute('group', `themes-${page}-${theme}`);
    wrapper.append(el);
  }
  await Promise.all(loaded);
  await waitUntil(() => cards.shadowRoot?.querySelector('.grid coop-card')?.shadowRoot?.querySelector('h3') && filters.shadowRoot?.querySelector('fieldset'), 'cards or filters did not render', { timeout: 15000 });
  const all = [...elements, cards, filters];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

describe('themes on any page', () => {
  for (const page of ['#ffffff', '#101418']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`keeps every text readable: ${theme} theme on a ${page === '#ffffff' ? 'light' : 'dark'} page`, async () => {
        for (const el of await elementsOn(page, theme)) expect(lowContrastTexts(el), el.localName).to.deep.equal([]);
      });
    }
  }
});
