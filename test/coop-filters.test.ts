/**
 * `<coop-filters>` as a visitor uses it: choices drawn from what its group's elements show,
 * each with its count, filtering the map, the timeline and the cards of its group at once,
 * by keyboard, in the address with `url-hash`, in every language. Data from a fixture, so a
 * correction of the bundled data does not break these tests.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import '../src/filters.js';
import type { CoopFilters } from '../src/filters.js';
import type { CoopErrorEvent } from '../src/events/coop-error.js';
import { setLocale } from '../src/localization.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;

const root = (el: Element) => el.shadowRoot!;
const checkbox = (filters: CoopFilters, name: string) =>
  [...root(filters).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => i.closest('label')!.textContent!.replace(/\s+/g, ' ').trim().startsWith(name))!;
const legends = (filters: CoopFilters) => [...root(filters).querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
const choices = (filters: CoopFilters, legend: string) => {
  const fieldset = [...root(filters).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim().startsWith(legend))!;
  return [...fieldset.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
};
const result = (filters: CoopFilters) => root(filters).querySelector('.result')?.textContent ?? '';

async function group(name: string, filtersAttributes = '') {
  const page = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  page.innerHTML = `<coop-filters group="${name}" ${filtersAttributes}></coop-filters>
    <coop-map group="${name}" src="${SMALL}"></coop-map>
    <coop-timeline group="${name}" src="${SMALL}"></coop-timeline>
    <coop-cards group="${name}" src="${SMALL}"></coop-cards>`;
  const [filters, map, timeline, cards] = ['coop-filters', 'coop-map', 'coop-timeline', 'coop-cards'].map((t) => page.querySelector(t)!) as [CoopFilters, HTMLElement, HTMLElement, HTMLElement];
  await waitUntil(() => root(filters).querySelector('fieldset'), 'the filters showed no field', { timeout: 15000 });
  await waitUntil(() => root(map).querySelector('.marks .mark') && root(timeline).querySelector('button.item') && root(cards).querySelector('.grid li'), 'the views did not render', { timeout: 15000 });
  return { page, filters, map, timeline, cards };
}

const cardCount = (cards: HTMLElement) => root(cards).querySelectorAll('.grid > li').length;
const timelineEvents = (timeline: HTMLElement) => root(timeline).querySelectorAll('button.item').length;

describe('coop-filters', function () {
  this.timeout(30000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('offers what the group shows, with a count beside each choice', async () => {
    const { filters } = await group('f1');
    expect(legends(filters)).to.deep.equal(['Établissement', 'Pays', 'Domaine', 'Statut', 'Type']);
    // The map shows partnerships with partners: 3; the timeline adds none; the cards add the network.
    expect(choices(filters, 'Pays')).to.deep.equal(['Kenya (1)', 'Mali (1)', 'Viêt Nam (1)']);
    expect(choices(filters, 'Statut')).to.deep.equal(['En cours (3)', 'En projet (1)']);
    expect(choices(filters, 'Type')).to.deep.equal(['Partenariat (3)', 'Réseau (1)']);
    expect(result(filters)).to.equal('4 partenariats');
    // Native, labelled controls: a search field and checkboxes in fieldsets, in a search landmark.
    expect(root(filters).querySelector('form')!.getAttribute('role')).to.equal('search');
    expect(root(filters).querySelector<HTMLInputElement>('input[type="search"]')!.labels![0].textContent).to.equal('Rechercher un partenariat');
  });

  it('filters the map, the timeline and the cards of its group, and tells the new count', async () => {
    const { filters, map, timeline, cards } = await group('f2');
    const mapSummary = () => root(map).querySelector('.summary')!.textContent;
    expect(mapSummary()).to.equal('4 partenaires dans 3 pays');
    expect(cardCount(cards)).to.equal(4);
    expect(timelineEvents(timeline)).to.equal(5);

    checkbox(filters, 'Mali').click();
    await waitUntil(() => cardCount(cards) === 1, 'the cards were not filtered');
    expect(mapSummary()).to.equal('1 partenaire dans 1 pays');
    await waitUntil(() => timelineEvents(timeline) === 2, 'the timeline was not filtered');
    expect(result(filters)).to.equal('1 partenariat sur 4');
    expect(root(filters).querySelector('.result')!.getAttribute('role')).to.equal('status');
    // Counts follow: under Mali, the statuses count what Mali has.
    expect(choices(filters, 'Statut')).to.deep.equal(['En cours (1)', 'En projet (0)']);
    expect(legends(filters)[1]).to.equal('Pays (1 choisi)');

    // A second country adds; a status narrows.
    checkbox(filters, 'Viêt Nam').click();
    await waitUntil(() => cardCount(cards) === 2, 'a second country did not add');
    checkbox(filters, 'En projet').click();
    await waitUntil(() => cardCount(cards) === 1, 'a status did not narrow');
    expect(root(cards).querySelector('coop-card')!.getAttribute('partnership')).to.equal('alpha-hanoi');
    // The timeline keeps the events of planned partnerships (their own status does not matter).
    await waitUntil(() => timelineEvents(timeline) === 2, 'the timeline did not keep the planned partnership’s events');

    // Clear: everything comes back, the button keeps the focus.
    const clear = root(filters).querySelector<HTMLButtonElement>('.clear')!;
    expect(clear.getAttribute('aria-disabled')).to.equal('false');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardCount(cards) === 4, 'clear did not bring the cards back');
    expect(mapSummary()).to.equal('4 partenaires dans 3 pays');
    expect(clear.getAttribute('aria-disabled')).to.equal('true');
    expect(root(filters).activeElement).to.equal(clear);
  });

  it('works by keyboard: Tab reaches the choices, Space toggles one', async () => {
    const { filters, cards } = await group('f3', 'fields="status"');
    expect(legends(filters)).to.deep.equal(['Statut']);
    expect(root(filters).querySelector('input[type="search"]')).to.equal(null);
    filters.focus();
    const first = root(filters).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => cardCount(cards) === 3, 'Space did not filter');
    expect(first.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(filters).activeElement!.closest('label')!.textContent).to.contain('En projet');
  });

  it('searches after a pause in typing, in titles and partners', async () => {
    const { filters, cards, map } = await group('f4');
    const search = root(filters).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'kenya' });
    await waitUntil(() => cardCount(cards) === 1, 'the search did not filter the cards');
    expect(root(map).querySelector('.summary')!.textContent).to.equal('1 partenaire dans 1 pays');
    expect(choices(filters, 'Établissement')).to.deep.equal(['CHU Alpha (0)', 'Hôpital Bêta (1)']);
    // Typing goes on: the input keeps what was typed while the group catches up.
    await sendKeys({ type: 'x' });
    expect(search.value).to.equal('kenyax');
    await waitUntil(() => result(filters) === '0 partenariats sur 4', 'no match was not told');
    expect(root(cards).querySelector('[role="status"]')!.textContent).to.equal('Aucun partenariat ne correspond aux filtres choisis.');
  });

  it('keeps the filters in the address with url-hash, and a link opens on them', async () => {
    const { filters, cards } = await group('f5', 'url-hash');
    checkbox(filters, 'Kenya').click();
    await waitUntil(() => cardCount(cards) === 1, 'not filtered');
    expect(new URLSearchParams(location.hash.slice(1)).get('coop.f5-filter')).to.equal('country:KE');
    checkbox(filters, 'Mali').click();
    await waitUntil(() => cardCount(cards) === 2, 'not filtered');
    // Back: the previous filters, in every view and in the checkboxes.
    history.back();
    await waitUntil(() => cardCount(cards) === 1, 'Back did not restore the filters');
    expect(checkbox(filters, 'Mali').checked).to.equal(false);
    expect(checkbox(filters, 'Kenya').checked).to.equal(true);
  });

  it('opens on the filters of a shared link', async () => {
    history.replaceState(null, '', '#coop.f6-filter=status:planned');
    const { filters, cards } = await group('f6', 'url-hash');
    await waitUntil(() => cardCount(cards) === 1, 'the link’s filters were not applied');
    expect(checkbox(filters, 'En projet').checked).to.equal(true);
  });

  it('speaks English and Arabic', async () => {
    const { filters } = await group('f7');
    try {
      await setLocale('en');
      await waitUntil(() => legends(filters)[0] === 'Institution', 'did not switch to English');
      expect(result(filters)).to.equal('4 partnerships');
      expect(choices(filters, 'Status')).to.deep.equal(['Active (3)', 'Planned (1)']);
      await setLocale('ar');
      await waitUntil(() => legends(filters)[0] !== 'Institution', 'did not switch to Arabic');
      expect(choices(filters, 'الحالة')[0]).to.match(/\(٣\)|\(3\)/);
    } finally {
      await setLocale(null);
    }
  });

  it('says when its group has nothing to filter, and reports fields it cannot use', async () => {
    const el = document.createElement('coop-filters');
    el.setAttribute('group', 'alone');
    el.setAttribute('fields', 'country colour');
    const reported = oneEvent(el, 'coop-error') as Promise<CoopErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    const error = await reported;
    expect(error.detail.type).to.equal('attribute');
    expect(error.detail.message).to.contain('colour');
    await el.updateComplete;
    expect(root(el).querySelector('.waiting')!.textContent).to.equal('Aucune carte, frise ou liste de partenariats de ce groupe à filtrer.');
  });
});
