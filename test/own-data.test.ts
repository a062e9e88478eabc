/**
 * A hospital's own file as the elements show it (issue 11): the three-typo spreadsheet keeps
 * both partnerships and every event whose date exists, with the problems counted in each
 * element's summary and listed one click away; a partner known to its region is drawn and
 * worded as such on the map, its table and the card; the three reasons a view can be empty
 * are three different sentences; the events of a partnership set aside stay on the timeline.
 * Inline sheets are given to the elements with `provideDataset` (no request), as the check
 * page does.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import type { CoopCard, CoopCards } from '../src/card.js';
import type { CoopMap } from '../src/map.js';
import type { CoopTimeline } from '../src/timeline.js';
import type { CoopErrorEvent } from '../src/events/coop-error.js';
import { provideDataset, readText } from '../src/data/load.js';
import { loaded, partnerMarks, partnersShown, raw } from './helpers/map-fixtures.js';
import { eventKeys, settle } from './helpers/timeline-fixtures.js';

const TYPOS = raw('own-data/chu-exemple-typos.csv');
let groups = 0;
let files = 0;

/** `rows` after a French header, given to elements under a src of their own. */
function sheet(...rows: string[]): string {
  const src = new URL(`/own-data/sheet-${++files}.csv`, location.href).href;
  const text = ['type;identifiant;établissement;partenariat;titre_fr;partenaire_fr;ville;région;pays;latitude;longitude;précision;statut;nature;date;domaines', ...rows].join('\r\n');
  provideDataset(src, readText(text, { url: src }));
  return src;
}
const HOME = 'établissement;home;;;CHU Exemple;;Tours;;FR;47,39;0,68;ville;;;;';

async function element<E extends HTMLElement>(tag: string, attributes: Record<string, string>, ready: (el: E) => unknown): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as E & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries({ group: `own-data-${++groups}`, ...attributes })) el.setAttribute(name, value);
  wrapper.append(el);
  await waitUntil(() => ready(el), `${tag} did not render`, { timeout: 15000 });
  await el.updateComplete;
  return el;
}
const map = (attributes: Record<string, string>) => element<CoopMap>('coop-map', attributes, (el) => el.shadowRoot?.querySelector('.marks .mark, .state:not(.loading), table')).then(loaded);
const timeline = (attributes: Record<string, string>) =>
  element<CoopTimeline>('coop-timeline', attributes, (el) => el.shadowRoot?.querySelector('.event .item, .state:not(.loading)')).then(async (el) => (await settle(el), el));
const cards = (attributes: Record<string, string>) => element<CoopCards>('coop-cards', attributes, (el) => el.shadowRoot?.querySelector('coop-card, .state:not(.loading)'));
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The sentence that says why a view is empty, once the states' module has arrived. */
const emptySentence = async (el: HTMLElement) => {
  await waitUntil(() => el.shadowRoot!.querySelector('.state[role="status"]:not(.loading)'), 'no empty state', { timeout: 10000 });
  return text(el.shadowRoot!.querySelector('.state[role="status"]:not(.loading)'));
};

describe('a hospital’s own file in the elements', function () {
  this.timeout(30000);

  it('the three-typo sheet: both partnerships on the map, counted problems one click away', async () => {
    const el = document.createElement('coop-map') as CoopMap;
    el.setAttribute('src', TYPOS);
    el.setAttribute('group', `own-data-${++groups}`);
    const error = oneEvent(el, 'coop-error') as Promise<CoopErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
    const { detail } = await error;
    await loaded(el);
    // CHU d'Oran (at Algeria's position), the faculty in Oran, CNHU-HKM in Cotonou.
    expect(partnersShown(el)).to.equal(3);
    expect(partnerMarks(el).map((m) => m.getAttribute('aria-label'))).to.include.members(["CHU d'Oran, Oran, Algérie", 'CNHU-HKM, Cotonou, Bénin']);
    await waitUntil(() => el.shadowRoot!.querySelector('.problems-link'), 'no count of the problems');
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('3 partenaires dans 2 pays · 1 enregistrement écarté · 1 valeur corrigée');
    // The details: a message for each cell it could not use, none for "en cours" nor for the domains it read as labels.
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details#problems')!;
    expect(details.open).to.equal(false);
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.problems-link')!;
    expect(link.getAttribute('aria-expanded')).to.equal('false');
    link.click();
    expect(details.open).to.equal(true);
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
    expect([...details.querySelectorAll('li')].map(text)).to.deep.equal([
      'Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays',
      'Ligne 8, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
    ]);
    // The coop-error has them all, the domains read as labels as information.
    expect(detail.issues!.map((i) => [i.line, i.column, i.severity])).to.deep.equal([
      [3, 'lat', 'warning'],
      [5, 'domains', 'info'],
      [5, 'domains', 'info'],
      [8, 'date', 'error'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('the three-typo sheet: both cards, with domain labels, and every event whose date exists on the timeline', async () => {
    const grid = await cards({ src: TYPOS });
    const shown = [...grid.shadowRoot!.querySelectorAll<CoopCard>('coop-card')];
    expect(shown.map((c) => c.getAttribute('partnership'))).to.deep.equal(['exemple-oran', 'exemple-cotonou']);
    await Promise.all(shown.map((c) => waitUntil(() => c.shadowRoot?.querySelector('.tags'), 'card not rendered', { timeout: 10000 })));
    expect([...shown[1].shadowRoot!.querySelectorAll('.tags li')].map(text)).to.deep.equal(['Chirurgie maxillo-faciale', 'Hématologie']);
    await waitUntil(() => grid.shadowRoot!.querySelector('.problems-link'), 'no count of the problems');
    expect(text(grid.shadowRoot!.querySelector('.summary'))).to.equal('2 partenariats · 1 enregistrement écarté · 1 valeur corrigée');

    const el = await timeline({ src: TYPOS });
    expect(eventKeys(el)).to.deep.equal(['exemple-bureau', 'exemple-oran-convention', 'exemple-oran-mission']);
    await waitUntil(() => el.shadowRoot!.querySelector('.problems-link'), 'no count of the problems');
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.match(/ · 1 enregistrement écarté · 1 valeur corrigée$/);
  });

  it('tells a grid’s problems once: its cards read the same file and do not repeat them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const reports: string[] = [];
    wrapper.addEventListener('coop-error', (e) => reports.push((e.target as Element).localName));
    const grid = document.createElement('coop-cards');
    grid.setAttribute('src', TYPOS);
    grid.setAttribute('group', `own-data-${++groups}`);
    wrapper.append(grid);
    await waitUntil(() => grid.shadowRoot?.querySelectorAll('coop-card').length === 2, 'no cards', { timeout: 15000 });
    const shown = [...grid.shadowRoot!.querySelectorAll<CoopCard>('coop-card')];
    await Promise.all(shown.map((c) => waitUntil(() => c.shadowRoot?.querySelector('.tags'), 'card not rendered', { timeout: 10000 })));
    await aTimeout(100);
    expect(reports).to.deep.equal(['coop-cards']);
  });

  it('renders the French-header, French-word sheet as the English one: the same marks, cards and events', async () => {
    const seen = async (name: string) => {
      const src = raw(`own-data/${name}`);
      const m = await map({ src });
      const t = await timeline({ src });
      const c = await cards({ src });
      return {
        marks: partnerMarks(m).map((mark) => mark.getAttribute('aria-label')),
        partners: partnersShown(m),
        summary: text(m.shadowRoot!.querySelector('.summary')),
        events: eventKeys(t),
        cards: [...c.shadowRoot!.querySelectorAll('coop-card')].map((card) => card.getAttribute('partnership')),
      };
    };
    const english = await seen('chu-exemple.csv');
    // The two partners in Oran share a mark.
    expect(english.partners).to.equal(3);
    expect(english.events).to.have.length(4);
    expect(await seen('chu-exemple-fr.csv')).to.deep.equal(english);
  });

  it('draws a partner known to its region as a ring, between a city dot and a country area, and says so', async () => {
    const src = sheet(
      HOME,
      'partenariat;zamfara;home;;Exemple – Zamfara;Hôpital de district;;Zamfara;Nigeria;12,17;6,25;région;en cours;;;',
      'partenariat;zamfara;;;;Université de Lagos;Lagos;;NG;6,52;3,38;ville;;;;',
    );
    const el = await map({ src });
    const circles = partnerMarks(el).map((m) => m.querySelector('circle:not(.hit):not(.halo)')!.getAttribute('class'));
    expect(circles.sort()).to.deep.equal(['dot', 'zone']);
    const region = partnerMarks(el).find((m) => m.querySelector('circle.zone'))!;
    expect(region.getAttribute('aria-label')).to.equal('Hôpital de district, Zamfara, Nigeria');
    const dot = partnerMarks(el).find((m) => m.querySelector('circle.dot'))!;
    const radius = (m: Element) => m.querySelector('circle.zone, circle.dot')!.getBoundingClientRect().width;
    expect(radius(region)).to.be.above(radius(dot));
    expect([...el.shadowRoot!.querySelectorAll('.legend li')].map(text)).to.include('Partenaire localisé à la région');
    // The table words it.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent === 'Tableau')!.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].slice(0, 2).map(text));
    expect(rows).to.deep.include(['Zamfara (lieu connu au niveau de la région)', 'Nigeria']);
    expect(rows).to.deep.include(['Lagos', 'Nigeria']);

    // The card, and its locator: a ring for the region, a dot for the city.
    const card = await element<CoopCard>('coop-card', { src, partnership: 'zamfara' }, (c) => c.shadowRoot?.querySelector('.places'));
    expect([...card.shadowRoot!.querySelectorAll('.places li')].map(text)).to.deep.equal([
      'Hôpital de district — Zamfara, Nigeria (lieu connu au niveau de la région)',
      'Université de Lagos — Lagos, Nigeria',
    ]);
    await waitUntil(() => card.shadowRoot!.querySelector('svg.locator circle'), 'no locator', { timeout: 10000 });
    expect([...card.shadowRoot!.querySelectorAll('svg.locator circle')].map((c) => c.getAttribute('class')!.trim()).sort()).to.deep.equal(['place', 'place region']);
  });

  it('says why a view is empty: a file without such records, records all set aside, or filters that match nothing', async () => {
    const nothing = sheet(HOME);
    expect(await emptySentence(await map({ src: nothing }))).to.equal('Le fichier de données ne contient aucun partenariat.');
    expect(await emptySentence(await cards({ src: nothing }))).to.equal('Le fichier de données ne contient aucun partenariat.');
    expect(await emptySentence(await timeline({ src: nothing }))).to.equal('Le fichier de données ne contient aucun événement daté.');

    const allSetAside = sheet(HOME, 'partenariat;Oran Exemple;home;;Exemple – Oran;CHU;Oran;;DZ;35,69;-0,63;ville;en cours;;;', 'partenariat;;home;;Exemple – Cotonou;CNHU;Cotonou;;BJ;6,36;2,41;ville;;;;', 'événement;e1;home;;Visite;;;;;;;;réalisé;visite;31/02/2023;');
    expect(await emptySentence(await map({ src: allSetAside }))).to.equal('Les 2 partenariats du fichier ont été écartés : le détail est ci-dessous.');
    expect(await emptySentence(await cards({ src: allSetAside }))).to.equal('Les 2 partenariats du fichier ont été écartés : le détail est ci-dessous.');
    expect(await emptySentence(await timeline({ src: allSetAside }))).to.equal('Le seul événement du fichier a été écarté : le détail est ci-dessous.');

    const some = sheet(HOME, 'partenariat;oran;home;;Exemple – Oran;CHU;Oran;;DZ;35,69;-0,63;ville;en cours;;;', 'événement;e1;home;oran;Visite;;;;;;;;réalisé;visite;2019;');
    expect(await emptySentence(await map({ src: some, country: 'JP' }))).to.equal('Aucun partenariat ne correspond aux filtres choisis.');
    expect(await emptySentence(await cards({ src: some, country: 'JP' }))).to.equal('Aucun partenariat ne correspond aux filtres choisis.');
    expect(await emptySentence(await timeline({ src: some, kind: 'caravan' }))).to.equal('Aucun événement ne correspond aux filtres choisis.');
  });

  it('keeps the events of a partnership set aside on the timeline, as belonging to an unknown partnership', async () => {
    const src = sheet(HOME, 'partenariat;Oran Exemple;home;;Exemple – Oran;CHU;Oran;;DZ;35,69;-0,63;ville;en cours;;;', 'événement;e1;home;oran-exemple;Mission;;;;;;;;réalisé;mission;2019;');
    const el = await timeline({ src, 'group-by': 'partnership' });
    expect(eventKeys(el)).to.deep.equal(['e1']);
    await waitUntil(() => el.shadowRoot!.querySelector('.lane-label'), 'no lanes', { timeout: 10000 });
    expect(text(el.shadowRoot!.querySelector('.lane-label'))).to.equal('Partenariat inconnu (« oran-exemple ») (1 événement)');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.event .item')!.click();
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'no details', { timeout: 10000 });
    expect(text(el.shadowRoot!.querySelector('.details'))).to.include('partenariat inconnu (« oran-exemple » n’est pas dans le fichier ou a été écarté)');
  });
});
