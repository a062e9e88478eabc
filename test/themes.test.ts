import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
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
  for (const el of elements) {
    el.setAttribute('theme', theme);
    el.setAttribute('group', `themes-${page}-${theme}`);
    wrapper.append(el);
  }
  await Promise.all(loaded);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
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
