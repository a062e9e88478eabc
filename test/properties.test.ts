/**
 * Every public property works when set as a property (a framework, or a script, sets
 * properties, not attributes), and attributes an element cannot use give a coop-error of
 * type `attribute`. Small fixture data: the counts are the fixture's, not the bundled data's.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import type { CoopCard, CoopCards } from '../src/card.js';
import type { CoopMap } from '../src/map.js';
import type { CoopTimeline } from '../src/timeline.js';
import type { CoopErrorEvent } from '../src/events/coop-error.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;
const SPLIT = new URL('/__raw/test/fixtures/split/index.json', location.href).href;
let groups = 0;

/** An element made in script and given properties only, once loaded. */
async function made<E extends HTMLElement>(tag: string, properties: Record<string, unknown>): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as E & { updateComplete: Promise<boolean> };
  Object.assign(el, { src: SMALL, group: `properties-${++groups}`, ...properties });
  const loaded = oneEvent(el, 'coop-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('.summary')!.textContent;
const settled = async (el: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
};

describe('<coop-map> properties', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('filters with institution, country, domain, status and kind', async () => {
    const el = await made<CoopMap>('coop-map', {});
    expect(summary(el)).to.equal('4 partenaires dans 3 pays');
    el.institution = 'alpha';
    await settled(el);
    expect(summary(el)).to.equal('3 partenaires dans 2 pays');
    el.country = 'vn';
    await settled(el);
    expect(summary(el)).to.equal('2 partenaires dans 1 pays');
    el.country = null;
    el.status = 'active';
    await settled(el);
    expect(summary(el)).to.equal('1 partenaire dans 1 pays');
    el.status = null;
    el.domain = 'cardiac-surgery';
    await settled(el);
    expect(summary(el)).to.equal('1 partenaire dans 1 pays');
    el.domain = null;
    el.institution = null;
    el.kind = 'network';
    await settled(el);
    // The network has no partner place: nothing on the map, and it says why.
    await waitUntil(() => el.shadowRoot!.querySelector('.state')?.textContent === 'Aucun partenariat ne correspond aux filtres choisis.', 'no empty state');
  });

  it('follows src, theme, view, selected, projection and noZoom', async () => {
    const el = await made<CoopMap>('coop-map', {});
    el.src = SPLIT;
    el.institution = 'beta';
    await waitUntil(() => summary(el) === '1 partenaire dans 1 pays', 'src was not followed');
    el.institution = null;
    el.src = SMALL;
    await waitUntil(() => summary(el) === '4 partenaires dans 3 pays');
    el.theme = 'dark';
    await settled(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(18, 26, 33)');
    el.selected = 'alpha-bamako';
    await settled(el);
    expect(el.shadowRoot!.querySelector('.mark[aria-pressed="true"]')!.getAttribute('aria-label')).to.equal("l'hôpital du Point G, Bamako, Mali");
    const sphere = () => el.shadowRoot!.querySelector('path.sphere')!.getAttribute('d');
    const before = sphere();
    el.projection = 'mercator';
    await waitUntil(() => sphere() !== before, 'the projection was not followed');
    el.view = 'table';
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('table tbody tr')).to.have.length(4);
    el.view = 'map';
    el.noZoom = true;
    await settled(el);
    expect(el.shadowRoot!.querySelector('.zoom')).to.equal(null);
  });

  it('keeps the selection in the address with urlHash, and opens the card with openCard', async () => {
    const el = await made<CoopMap>('coop-map', { urlHash: true, openCard: true });
    el.select('alpha-bamako');
    expect(location.hash).to.equal(`#coop.properties-${groups}=alpha-bamako`);
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.card-dialog')?.open, 'openCard did not open the card');
    el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.close();
  });

  it('reports attributes it cannot use as coop-error of type attribute, and keeps working', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('coop-map');
    Object.assign(el, { src: SMALL, institution: 'alpha gamma', projection: 'robinson', status: 'actif' });
    const error = oneEvent(el, 'coop-error') as Promise<CoopErrorEvent>;
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.type).to.equal('attribute');
    expect(detail.issues!.map((i) => i.path)).to.deep.equal(['institution', 'status', 'projection']);
    expect(detail.issues![2].message).to.equal('L\'attribut projection="robinson" n\'est pas reconnu ; valeurs possibles : equal-earth, natural-earth, mercator.');
    await el.updateComplete;
    // Shown to the page's editor, and the map still draws what it can (alpha, every status).
    expect(el.shadowRoot!.querySelector('.notice.attributes')!.textContent).to.contain('robinson');
    await waitUntil(() => summary(el) === '3 partenaires dans 2 pays');
  });
});

describe('<coop-timeline> properties', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));
  const keys = (el: CoopTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.event .item')].map((b) => b.dataset.key);

  it('filters, groups, windows, searches and selects through properties', async () => {
    const el = await made<CoopTimeline>('coop-timeline', {});
    expect(keys(el)).to.have.length(5);
    el.kind = 'mission exhibition';
    await settled(el);
    expect(keys(el)).to.deep.equal(['e-2014', 'e-2016']);
    el.kind = null;
    el.status = 'planned';
    await settled(el);
    expect(keys(el)).to.deep.equal(['e-planned']);
    el.status = null;
    el.groupBy = 'institution';
    await settled(el);
    // The lanes' module loads with the first group-by.
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.lane-label').length === 2, 'no lanes');
    el.groupBy = null;
    el.from = '2014';
    el.to = '2016';
    await settled(el);
    expect(el.visiblePeriod!.start.getUTCFullYear()).to.equal(2014);
    expect(el.visiblePeriod!.end.toISOString()).to.equal('2017-01-01T00:00:00.000Z');
    el.searchable = true;
    await settled(el);
    expect(el.shadowRoot!.querySelector('input[type="search"]')).to.exist;
    el.selected = 'alpha-bamako';
    el.selectedEvent = 'e-2016';
    await settled(el);
    expect(el.shadowRoot!.querySelector('.item[aria-pressed="true"]')!.getAttribute('data-key')).to.equal('e-2016');
    // The details' template loads with the first selected event.
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'no details');
  });

  it('keeps the selection in the address with urlHash, and opens the card with openCard', async () => {
    const el = await made<CoopTimeline>('coop-timeline', { urlHash: true, openCard: true });
    el.select('alpha-bamako', 'e-2014');
    expect(location.hash).to.equal(`#coop.properties-${groups}=alpha-bamako/e-2014`);
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.card-dialog')?.open, 'openCard did not open the card');
    el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.close();
  });

  it('reports dates and choices it cannot use as coop-error of type attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('coop-timeline');
    Object.assign(el, { src: SMALL, from: 'avril 2014', groupBy: 'year' as never, status: 'fait' });
    const error = oneEvent(el, 'coop-error') as Promise<CoopErrorEvent>;
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.type).to.equal('attribute');
    expect(detail.issues!.map((i) => i.path)).to.deep.equal(['status', 'group-by', 'from']);
  });
});

describe('<coop-card> and <coop-cards> properties', () => {
  it('shows the partnership given, compact or not, at the heading level given', async () => {
    const el = await made<CoopCard>('coop-card', { partnership: 'alpha-bamako' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Bamako');
    el.headingLevel = 4;
    await settled(el);
    expect(el.shadowRoot!.querySelector('h4.title')).to.exist;
    el.compact = true;
    await settled(el);
    expect(el.shadowRoot!.querySelector('button.select')).to.exist;
    const loaded = oneEvent(el, 'coop-load');
    el.partnership = 'alpha-hanoi';
    await loaded;
    await settled(el);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.contain('Hanoï');
  });

  it('a card without partnership follows its group; the grid filters with status and kind', async () => {
    const group = `properties-${++groups}`;
    const card = Object.assign(document.createElement('coop-card'), { src: SMALL, group });
    const grid = Object.assign(document.createElement('coop-cards'), { src: SMALL, group, status: 'active', kind: 'partnership', headingLevel: 4 }) as CoopCards;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    wrapper.append(card, grid);
    await waitUntil(() => grid.shadowRoot!.querySelectorAll('coop-card').length === 2, 'the grid did not filter');
    const cards = [...grid.shadowRoot!.querySelectorAll<CoopCard>('coop-card')];
    expect(cards.map((c) => c.partnership)).to.deep.equal(['alpha-bamako', 'beta-kenya']);
    await waitUntil(() => cards[1].shadowRoot?.querySelector('button.select'), 'no select button');
    cards[1].shadowRoot!.querySelector<HTMLButtonElement>('button.select')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('.title')?.textContent?.includes('Kenya'), 'the card did not follow the grid');
  });
});
