/**
 * `<coop-timeline>` as it renders, on the small fixture (test/fixtures/small-dataset.json;
 * expected ids, counts and order read from it) unless a test says otherwise: the events in
 * chronological order with their dates, bars and summary, labels that never overlap, the
 * bundled data of CHU Marrakech on a 640 px column, the vertical list of a narrow element,
 * the dark theme, lanes, filters and their coop-load, and the empty, failed and loading
 * states. Keyboard, selection, search, zoom, virtual rendering and export:
 * test/timeline-interaction.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CoopErrorEvent } from '../src/events/coop-error.js';
import type { CoopLoadEvent } from '../src/events/coop-load.js';
import { setLocale } from '../src/localization.js';
import { lowContrastTexts } from './helpers/contrast.js';
import { syntheticDataset } from '../bench/datasets.js';
import bundled from '../data/cooperation.json';
import type { CooperationDataset, DatedEvent } from '../src/data/schema.generated.js';
import { CHRONOLOGICAL, button, eventById, eventKeys, items, keysWhere, loadDetail, mount, root, settle, small } from './helpers/timeline-fixtures.js';

describe('<coop-timeline>', () => {
  it('lists the events in chronological order, each with its <time datetime> at the source precision', async () => {
    const { el, load } = await mount();
    // The fixture's five events, of two partnerships (and one without), from the 1980s to 2025.
    expect(CHRONOLOGICAL).to.deep.equal(['e-decade', 'e-2014', 'e-2016', 'e-context', 'e-planned']);
    expect(loadDetail(small.events)).to.deep.equal({ partnerships: 2, events: 5 });
    expect(load.detail).to.deep.equal(loadDetail(small.events));
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
    // The window opens on all of them, 1980s to December 2025, with a margin.
    const all = small.events.length;
    expect(root(el).getElementById('summary')!.textContent).to.equal(`${all} événements au total · période affichée : 1978–2027 (${all} événements)`);
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

  it('shows no tick label cut at the axis end, on a 650 px column', async () => {
    const { el } = await mount({ src: '', institution: 'chu-angers' }, 650);
    const axis = root(el).querySelector('.axis')!.getBoundingClientRect();
    const labelled = [...root(el).querySelectorAll<HTMLElement>('.axis .tick')].filter((t) => t.textContent!.trim());
    expect(labelled.length).to.be.above(2);
    for (const tick of labelled) {
      const box = tick.getBoundingClientRect();
      if (box.left < axis.right) expect(box.right, `tick “${tick.textContent}”`).to.be.at.most(axis.right + 0.5);
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
    // The fixture: four events of alpha, one of beta.
    const [alpha, beta] = ['alpha', 'beta'].map((id) => keysWhere((e) => e.institution === id));
    expect([alpha.length, beta.length]).to.deep.equal([4, 1]);
    expect(lists.map(label)).to.deep.equal([`CHU Alpha (${alpha.length} événements)`, `Hôpital Bêta (${beta.length} événement)`]);
    const keys = (ol: Element) => [...ol.querySelectorAll<HTMLElement>('.item')].map((b) => b.dataset.key);
    expect(keys(lists[0])).to.deep.equal(alpha);
    expect(keys(lists[1])).to.deep.equal(beta);
    await expect(el).to.be.accessible();

    el.groupBy = 'kind';
    await settle(el);
    expect(root(el).querySelectorAll('ol')).to.have.length(new Set(small.events.map((e) => e.kind)).size);
    el.groupBy = 'partnership';
    await settle(el);
    const laneNames = () => [...root(el).querySelectorAll('.lane-label')].map((l) => l.textContent!.replace(/\(.*\)/, '').trim());
    expect(laneNames()).to.deep.equal(['Alpha – Hanoï', 'Alpha – Bamako : chirurgie cardiaque', 'Hors partenariat']);
    el.groupBy = 'country';
    await settle(el);
    expect(laneNames()).to.deep.equal(['Viêt Nam', 'Mali', 'Pays non précisé']);
  });

  it('filters by institution, country, kind and status, and fires coop-load for each filter', async () => {
    // Expected: the fixture's events each filter keeps, in chronological order.
    const { el } = await mount({ institution: 'beta' });
    expect(eventKeys(el)).to.deep.equal(keysWhere((e) => e.institution === 'beta'));
    let load = oneEvent(el, 'coop-load') as Promise<CoopLoadEvent>;
    el.institution = null;
    el.kind = 'mission exhibition';
    const shows = keysWhere((e) => e.kind === 'mission' || e.kind === 'exhibition');
    expect(shows).to.deep.equal(['e-2014', 'e-2016']);
    expect((await load).detail).to.deep.equal(loadDetail(shows.map(eventById)));
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(shows);
    el.kind = null;
    el.status = 'planned';
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(keysWhere((e) => e.status === 'planned'));
    el.status = null;
    load = oneEvent(el, 'coop-load') as Promise<CoopLoadEvent>;
    el.country = 'ml';
    // Events in Mali: those of partnerships with a partner there (alpha-bamako), or held there.
    const partnersIn = (e: DatedEvent) => small.partnerships.find((p) => p.id === e.partnership)?.partners.map((p) => p.country) ?? [];
    const malian = keysWhere((e) => e.place?.country === 'ML' || partnersIn(e).includes('ML'));
    expect(malian).to.have.length(2);
    expect((await load).detail).to.deep.equal(loadDetail(malian.map(eventById)));
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(malian);
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
