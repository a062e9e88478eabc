import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoopErrorEvent } from '../src/events/coop-error.js';
import type { CoopLoadEvent } from '../src/events/coop-load.js';
import type { CoopSelectEvent } from '../src/events/coop-select.js';
import '../src/timeline.js';
import type { CoopTimeline } from '../src/timeline.js';
import { setLocale } from '../src/localization.js';
import { lowContrastTexts } from './helpers/contrast.js';
import { syntheticDataset } from '../bench/synthetic.js';
import bundled from '../data/cooperation.json';
import type { CooperationDataset } from '../src/data/schema.generated.js';

// Fixtures are fetched raw (see web-test-runner.config.js), as a web server would send them.
const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;
const CHRONOLOGICAL = ['e-decade', 'e-2014', 'e-2016', 'e-context', 'e-planned'];
let groups = 0;

/** Creates a timeline `width` px wide and waits for its coop-load and the layout at its width. */
async function mount(attributes: Record<string, string> = {}, width = 900): Promise<{ el: CoopTimeline; load: CoopLoadEvent; before: HTMLButtonElement }> {
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

async function settle(el: CoopTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

const root = (el: CoopTimeline) => el.shadowRoot!;
const items = (el: CoopTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.item')];
const eventKeys = (el: CoopTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.event .item')].map((b) => b.dataset.key);
const button = (el: CoopTimeline, key: string) => root(el).querySelector<HTMLButtonElement>(`.item[data-key="${key}"]`)!;
const focused = (el: CoopTimeline) => (root(el).activeElement as HTMLElement | null)?.dataset.key;
const navButton = (el: CoopTimeline, label: string) => root(el).querySelector<HTMLButtonElement>(`.nav button[aria-label="${label}"]`)!;

describe('<coop-timeline>', () => {
  it('lists the events in chronological order, each with its <time datetime> at the source precision', async () => {
    const { el, load } = await mount();
    expect(load.detail).to.deep.equal({ partnerships: 2, events: 5 });
    expect(root(el).querySelector('.frame')!.classList.contains('wide')).to.equal(true);
    expect(root(el).querySelectorAll('ol')).to.have.length(1);
    expect(eventKeys(el)).to.deep.equal(CHRONOLOGICAL);
    const times = [...root(el).querySelectorAll('ol > li time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['1980/1999', '2014-09', '2016-09-14/2016-09-26', '2023', '2025-12']);
    expect(times.map((t) => t.textContent)).to.deep.equal(['années 1980–1990', 'septembre 2014', '14–26 sept. 2016', '2023', 'décembre 2025']);
    // Each event is announced with its date and title (and "Prévu" when planned).
    expect(button(el, 'e-2016').textContent!.replace(/\s+/g, ' ').trim()).to.equal('14–26 sept. 2016, Mission cœur ouvert');
    expect(button(el, 'e-planned').textContent!.replace(/\s+/g, ' ').trim()).to.equal("décembre 2025, Prévu, Nouvelle série d'accords");
    expect(button(el, 'e-planned').closest('li')!.classList.contains('planned')).to.equal(true);
    // Periods are bars from start to end; the 1980s-1990s bar is wider than the 12-day mission.
    const bar = (key: string) => button(el, key).querySelector<HTMLElement>('.bar')!.getBoundingClientRect().width;
    expect(bar('e-decade')).to.be.above(bar('e-2016') * 5);
    expect(button(el, 'e-decade').closest('li')!.classList.contains('span')).to.equal(true);
    // The list's description says how many events there are in all.
    const list = root(el).querySelector('ol')!;
    expect(list.getAttribute('aria-describedby')).to.include('summary');
    expect(root(el).getElementById('summary')!.textContent).to.match(/^5 événements au total/);
    await expect(el).to.be.accessible();
  });

  it('never overlaps two labels on the axis', async () => {
    const { el } = await mount({ src: '' }, 1000);
    const boxes = [...root(el).querySelectorAll<HTMLElement>('.wide .entry')].map((li) => li.getBoundingClientRect());
    expect(boxes.length).to.be.above(3);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `boxes ${i} and ${j}`).to.equal(false);
      }
    }
  });

  it('shows every event of CHU Marrakech, whole, on a 640 px column (bundled data), and a count names its events', async () => {
    const { el, load } = await mount({ src: '', institution: 'chu-marrakech' }, 640);
    const expected = (bundled as unknown as CooperationDataset).events.filter((e) => e.institution === 'chu-marrakech').length;
    expect(load.detail.events).to.equal(expected);
    expect(root(el).querySelectorAll('li.cluster'), 'no event folded into a count').to.have.length(0);
    expect(eventKeys(el)).to.have.length(expected);
    const viewport = root(el).querySelector('.viewport')!.getBoundingClientRect();
    for (const li of root(el).querySelectorAll<HTMLElement>('li.event')) {
      const box = li.getBoundingClientRect();
      const title = li.querySelector<HTMLElement>('.title')!;
      expect(box.left, title.textContent!).to.be.at.least(viewport.left - 0.5);
      expect(box.right, title.textContent!).to.be.at.most(viewport.right + 0.5);
      // Not cut: the whole title fits in its (at most two) lines.
      expect(title.scrollHeight, title.textContent!).to.be.at.most(title.clientHeight + 1);
      expect(title.scrollWidth, title.textContent!).to.be.at.most(title.clientWidth + 1);
    }
    // Zoomed out past what rows can hold, the year folds into a count that names its events.
    const dense = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(5, 400))], { type: 'application/json' }));
    const { el: crowded } = await mount({ src: dense }, 640);
    const count = root(crowded).querySelector<HTMLElement>('li.cluster .item')!;
    expect(count.textContent).to.match(/\d+\s*événements/u);
    expect(count.querySelector('.names')!.textContent).to.match(/Événement \d+ ; Événement \d+ ; .* et \d+ autres$/);
    URL.revokeObjectURL(dense);
  });

  it('becomes a vertical list when the element (not the window) is narrow', async () => {
    const { el } = await mount({}, 320);
    expect(root(el).querySelector('.frame')!.classList.contains('narrow')).to.equal(true);
    expect(eventKeys(el)).to.deep.equal(CHRONOLOGICAL);
    const tops = items(el).map((b) => b.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('is reached with Tab, moved through with arrows, Home and End, selects with Enter and clears with Escape', async () => {
    const { el, before } = await mount();
    // One entry in the tab order (roving tabindex).
    expect(items(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
    before.focus();
    for (let i = 0; i < 8 && !focused(el); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('e-decade');

    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('e-2014');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('e-2016');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)).to.equal('e-planned');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('e-planned');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)).to.equal('e-decade');
    expect(items(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.key)).to.deep.equal(['e-decade']);

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const selected = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const selection = await selected;
    expect(selection.detail).to.deep.equal({ partnershipId: 'alpha-bamako', eventId: 'e-2016' });
    expect(selection.bubbles && selection.composed).to.equal(true);
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('alpha-bamako');
    expect(el.getAttribute('selected-event')).to.equal('e-2016');
    expect(button(el, 'e-2016').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'e-2014').closest('li')!.classList.contains('related')).to.equal(true);
    expect(root(el).querySelector('.details')!.textContent).to.include('Mission cœur ouvert');

    const cleared = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ partnershipId: null });
    await settle(el);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(button(el, 'e-2016').getAttribute('aria-pressed')).to.equal('false');
    expect(root(el).querySelector('.details')).to.equal(null);
  });

  it('goes up and down between lanes, and forwards in time with ArrowLeft in right-to-left pages', async () => {
    const { el } = await mount({ 'group-by': 'institution' });
    button(el, 'e-context').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    // The nearest event in time in the lane above: December 2025 rather than September 2016.
    expect(focused(el)).to.equal('e-planned');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('e-context');

    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const rtl = document.createElement('coop-timeline');
    rtl.src = SMALL;
    const loaded = oneEvent(rtl, 'coop-load');
    wrapper.append(rtl);
    await loaded;
    await settle(rtl);
    button(rtl, 'e-2014').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(rtl);
    expect(focused(rtl)).to.equal('e-2016');
    // Time runs from the right: later events sit further left.
    expect(button(rtl, 'e-2016').getBoundingClientRect().right).to.be.below(button(rtl, 'e-2014').getBoundingClientRect().right);
  });

  it('selects with a click, and highlights what `selected` and `selected-event` name', async () => {
    const { el } = await mount({ selected: 'alpha-hanoi' });
    expect(root(el).querySelectorAll('li.related')).to.have.length(2);
    expect(button(el, 'e-decade').closest('li')!.classList.contains('related')).to.equal(true);
    const selected = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    button(el, 'e-context').click();
    expect((await selected).detail).to.deep.equal({ partnershipId: null, eventId: 'e-context' });
    await settle(el);
    expect(root(el).querySelectorAll('li.related')).to.have.length(0);
    el.selectedEvent = 'e-2014';
    el.selected = 'alpha-bamako';
    await settle(el);
    expect(button(el, 'e-2014').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.details-title')!.textContent).to.equal('Exposition des 40 ans');
    await expect(el).to.be.accessible();
  });

  it('follows the selection of its link group, and shares the one its attributes set', async () => {
    const { el } = await mount({ group: 'timeline-test' });
    const other = document.createElement('coop-timeline');
    other.setAttribute('group', 'timeline-test');
    other.src = SMALL;
    const loaded = oneEvent(other, 'coop-load');
    el.parentElement!.append(other);
    await loaded;
    await settle(other);
    button(el, 'e-2014').click();
    await settle(other);
    expect(other.selected).to.equal('alpha-bamako');
    expect(other.selectedEvent).to.equal('e-2014');
    expect(button(other, 'e-2014').getAttribute('aria-pressed')).to.equal('true');
    // Set by the page, not by a user: the group follows without a coop-select.
    let heard = 0;
    const count = () => heard++;
    document.addEventListener('coop-select', count);
    other.selected = 'alpha-hanoi';
    other.selectedEvent = null;
    await settle(el);
    document.removeEventListener('coop-select', count);
    expect(heard).to.equal(0);
    expect(el.selected).to.equal('alpha-hanoi');
    expect(root(el).querySelectorAll('li.related')).to.have.length(2);
  });

  it('stays legible in the dark theme, on a light page too', async () => {
    const { el } = await mount({ theme: 'dark', selected: 'alpha-bamako', 'selected-event': 'e-2016' });
    expect(getComputedStyle(root(el).querySelector('.frame')!).backgroundColor).to.equal('rgb(18, 26, 33)');
    // Every text sits on the element's own dark surface, not on the page's white.
    expect(lowContrastTexts(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('groups events in labelled lanes', async () => {
    const { el } = await mount({ 'group-by': 'institution' });
    const lists = [...root(el).querySelectorAll('ol')];
    expect(lists).to.have.length(2);
    const label = (ol: Element) => root(el).getElementById(ol.getAttribute('aria-labelledby')!)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(lists.map(label)).to.deep.equal(['CHU Alpha (4 événements)', 'Hôpital Bêta (1 événement)']);
    expect([...lists[0].querySelectorAll<HTMLElement>('.item')].map((b) => b.dataset.key)).to.deep.equal(['e-decade', 'e-2014', 'e-2016', 'e-planned']);
    await expect(el).to.be.accessible();

    el.groupBy = 'kind';
    await settle(el);
    expect(root(el).querySelectorAll('ol')).to.have.length(5);
    el.groupBy = 'partnership';
    await settle(el);
    const laneNames = () => [...root(el).querySelectorAll('.lane-label')].map((l) => l.textContent!.replace(/\(.*\)/, '').trim());
    expect(laneNames()).to.deep.equal(['Alpha – Hanoï', 'Alpha – Bamako : chirurgie cardiaque', 'Hors partenariat']);
    el.groupBy = 'country';
    await settle(el);
    expect(laneNames()).to.deep.equal(['Viêt Nam', 'Mali', 'Pays non précisé']);
  });

  it('filters by institution, country, kind and status, and fires coop-load for each filter', async () => {
    const { el } = await mount({ institution: 'beta' });
    expect(eventKeys(el)).to.deep.equal(['e-context']);
    let load = oneEvent(el, 'coop-load') as Promise<CoopLoadEvent>;
    el.institution = null;
    el.kind = 'mission exhibition';
    expect((await load).detail).to.deep.equal({ partnerships: 1, events: 2 });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-2014', 'e-2016']);
    el.kind = null;
    el.status = 'planned';
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-planned']);
    el.status = null;
    load = oneEvent(el, 'coop-load') as Promise<CoopLoadEvent>;
    el.country = 'ml';
    expect((await load).detail.events).to.equal(2);
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-2014', 'e-2016']);
  });

  it('searches with a labelled box, ignoring accents and case', async () => {
    const { el } = await mount({ searchable: '' });
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.labels![0].textContent).to.equal('Rechercher un événement');
    input.focus();
    await sendKeys({ type: 'COEUR' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-2016']);
    expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal('1 événement trouvé');
    input.select();
    await sendKeys({ type: 'hanoi' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-decade', 'e-planned']);
    input.select();
    await sendKeys({ type: 'zzz' });
    await settle(el);
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal('Aucun événement ne correspond à « zzz ».');
    await expect(el).to.be.accessible();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(CHRONOLOGICAL);
  });

  it('opens on the from/to window, and zooms, pans and resets with its buttons', async () => {
    const { el } = await mount({ from: '2014', to: '2016-09' });
    expect(el.visiblePeriod!.start.toISOString()).to.equal('2014-01-01T00:00:00.000Z');
    expect(el.visiblePeriod!.end.toISOString()).to.equal('2016-10-01T00:00:00.000Z');
    const span = () => el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    const initial = span();
    navButton(el, 'Zoomer').click();
    await settle(el);
    expect(span()).to.be.closeTo(initial / 1.6, 1000);
    const start = el.visiblePeriod!.start.getTime();
    navButton(el, 'Période suivante').click();
    await settle(el);
    expect(el.visiblePeriod!.start.getTime()).to.be.above(start);
    navButton(el, 'Revenir à la vue initiale').click();
    await settle(el);
    expect(el.visiblePeriod!.start.toISOString()).to.equal('2014-01-01T00:00:00.000Z');
    expect(span()).to.be.closeTo(initial, 1000);
  });

  it('zooms with Ctrl + wheel only: a plain wheel is left to the page', async () => {
    const { el } = await mount();
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    const box = viewport.getBoundingClientRect();
    const before = el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    const plain = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -200, clientX: box.left + 300, clientY: box.top + 50 });
    viewport.dispatchEvent(plain);
    await settle(el);
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.equal(before);
    expect(root(el).querySelector('.hint')!.textContent).to.include('Ctrl');
    viewport.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -200, clientX: box.left + 300, clientY: box.top + 50 }));
    await settle(el);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.be.below(before);
  });

  it('renders only what is near the view, with dense periods as counts that open when zoomed in', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(50, 3000))], { type: 'application/json' }));
    const { el, load } = await mount({ src }, 1000);
    expect(load.detail.events).to.equal(3000);
    const clusters = root(el).querySelectorAll('li.cluster');
    expect(clusters.length).to.be.above(0);
    expect(root(el).querySelectorAll('li').length).to.be.below(200);
    expect(root(el).getElementById('summary')!.textContent).to.match(/^3\s000 événements au total/u);
    // Activating a count zooms into its period and moves the focus into it.
    const first = clusters[0].querySelector<HTMLButtonElement>('.item')!;
    const before = el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    first.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.be.below(before / 3);
    expect(focused(el)).to.be.a('string');
    // Keep zooming in: single events appear, still a small DOM.
    for (let i = 0; i < 6; i++) el.zoomBy(2);
    await settle(el);
    expect(root(el).querySelectorAll('li.event').length).to.be.above(0);
    expect(root(el).querySelectorAll('li').length).to.be.below(200);
    await expect(el).to.be.accessible();
    URL.revokeObjectURL(src);
  });

  it('renders only the lanes in view, and still reaches the last event with End', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(60, 600))], { type: 'application/json' }));
    const { el } = await mount({ src, 'group-by': 'partnership', from: '2000', to: '2004' }, 1000);
    const rendered = root(el).querySelectorAll('.lane').length;
    expect(rendered).to.be.above(2).and.below(60);
    const lanes = root(el).querySelector<HTMLElement>('.lanes')!;
    expect(lanes.scrollHeight).to.be.above(lanes.clientHeight);
    items(el).find((b) => b.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = root(el).querySelectorAll('.lane-label');
    expect(focused(el)).to.be.a('string');
    // The focused entry is in the last lane, scrolled into the lanes' view.
    const lane = (root(el).activeElement as HTMLElement).closest('.lane')!;
    expect(lane.querySelector('.lane-label')!.textContent).to.equal(last[last.length - 1].textContent);
    expect(lanes.scrollTop).to.be.above(0);
    expect(lanes.scrollLeft).to.equal(0);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(lanes.scrollTop).to.equal(0);
    URL.revokeObjectURL(src);
  });

  it('says when nothing matches, and names the valid institutions for an unknown one', async () => {
    const { el } = await mount({ kind: 'caravan' });
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal('Aucun événement ne correspond aux filtres choisis.');
    expect(root(el).querySelector('ol')).to.equal(null);
    await expect(el).to.be.accessible();
    el.kind = null;
    el.institution = 'gamma';
    await settle(el);
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal("Aucun établissement ne porte l'identifiant « gamma ». Identifiants disponibles : alpha, beta.");
  });

  it('reports a missing file with role=alert and a coop-error of type http', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('coop-timeline');
    el.src = new URL('/__raw/test/fixtures/missing.json', location.href).href;
    const failed = oneEvent(el, 'coop-error') as Promise<CoopErrorEvent>;
    wrapper.append(el);
    const error = await failed;
    expect(error.detail.type).to.equal('http');
    expect(error.detail.status).to.equal(404);
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('Les données de la chronologie n’ont pas pu être chargées.');
    expect(alert.textContent).to.include('erreur 404');
    await expect(el).to.be.accessible();
    // The message is made when shown: after a switch to English, it is in English.
    await setLocale('en');
    try {
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('The data file cannot be found (error 404)');
    } finally {
      await setLocale(null);
    }
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('erreur 404');
  });

  it('announces loading and keeps its height while the data is on its way', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('coop-timeline');
    el.src = '/__slow?ms=400';
    wrapper.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal('Chargement de la chronologie…');
    const loadingHeight = el.getBoundingClientRect().height;
    expect(root(el).querySelector<HTMLElement>('.frame')!.getBoundingClientRect().height).to.be.at.least(240);
    await oneEvent(el, 'coop-load');
    await aTimeout(0);
    // The slow file is empty: the box says so (the file, not the filters), at the same height.
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal('Le fichier de données ne contient aucun événement daté.');
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
  });
});

describe('<coop-timeline> export', () => {
  it('exports its visible window as a standalone SVG of shapes and text, and as a PNG', async () => {
    const { el } = await mount({ src: SMALL });
    const labels = [...root(el).querySelectorAll('.downloads button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Télécharger la chronologie en SVG', 'Télécharger la chronologie en PNG']);
    const source = await el.exportSvg();
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.equal('Chronologie de la coopération internationale');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // Titles may wrap on two lines: their words, in order, across the lines.
    expect(texts.join(' ')).to.include('Mission cœur ouvert');
    expect(svg.querySelectorAll('rect').length).to.be.above(3);
    expect(source).to.not.match(/foreignObject|<script|var\(/);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.be.above(100);
    // No foreignObject: the canvas stays untainted and a PNG can be made, of the frame at twice its size.
    const files: { name: string; blob: Promise<Blob> }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    };
    try {
      await el.download('png');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(files.map((f) => f.name)).to.deep.equal(['chronologie-de-la-cooperation-internationale.png']);
    const png = await files[0].blob;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const frame = root(el).querySelector('.frame')!.getBoundingClientRect();
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(frame.width * 2), Math.round(frame.height * 2)]);
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4 * 53) if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) inked++;
    expect(inked, 'pixels with text or marks in the PNG').to.be.above(50);
  });
});
