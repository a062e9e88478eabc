/**
 * The built files as a web editor uses them: plain HTML pages (test/pages/) that load
 * dist/coop-widgets.js or dist/coop-widgets.iife.js, with the elements' markup written
 * before the script runs, as a CMS does. `npm test` builds dist/ first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, shadow, type Page } from './helpers/pages.js';

const rendered = (page: Page, selector: string, inner: string) =>
  waitUntil(() => shadow(page, selector)?.querySelector(inner), `${selector} did not render ${inner}`, { timeout: 15000 });

describe('dist/ in plain HTML pages', function () {
  this.timeout(30000);

  it('works from a module script placed after the markup, quietly', async () => {
    const page = await openPage('module.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-card', 'h2');
    expect(shadow(page, 'coop-card')!.querySelector('h2')!.textContent).to.equal('Angers – Tlemcen : greffe rénale');
    expect(page.window.__messages).to.deep.equal([]);
    // Space was reserved before the code and the data arrived.
    const sheets = [...page.document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    expect(sheets.some((rule) => rule.startsWith('coop-map:not(:defined)'))).to.equal(true);
    expect((page.window as unknown as { __layoutShift: number }).__layoutShift, 'cumulative layout shift').to.be.below(0.01);
    // Loaded only what the page uses: no timeline code.
    const scripts = page.window.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.some((s) => /coop-timeline-/.test(s))).to.equal(false);
    expect(scripts.some((s) => /coop-map-/.test(s))).to.equal(true);
  });

  for (const [page, how] of [
    ['map-then-text.html', 'a module script with dist/coop-widgets.css in the head'],
    ['map-then-text-classic.html', 'the classic script before the elements'],
  ]) {
    it(`reserves exactly the space the map takes, from the first frame, with ${how}: the text below never moves`, async () => {
      const opened = await openPage(page);
      await rendered(opened, 'coop-map', '.marks .mark');
      await new Promise((resolve) => opened.window.requestAnimationFrame(() => setTimeout(resolve, 100)));
      const positions = (opened.window as unknown as { __positions: number[] }).__positions;
      const shift = (opened.window as unknown as { __layoutShift: number }).__layoutShift;
      expect(new Set(positions).size, `positions: ${[...new Set(positions)].join(', ')}`).to.equal(1);
      expect(shift, 'cumulative layout shift').to.equal(0);
      expect(opened.window.__messages).to.deep.equal([]);
    });
  }

  it('does not load the world map for a page with only a timeline', async () => {
    const page = await openPage('timeline-only.html');
    await waitUntil(() => page.document.querySelector('coop-timeline')?.shadowRoot?.querySelector('ol li'), 'no timeline', { timeout: 15000 });
    const scripts = page.window.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.filter((s) => /coop-(world|map)-/.test(s))).to.deep.equal([]);
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('works from a classic script in the head, which runs while the page is parsed', async () => {
    const page = await openPage('classic.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-card', 'h2');
    await waitUntil(() => shadow(page, 'coop-timeline')?.querySelector('ol li'), 'no timeline', { timeout: 15000 });
    expect(shadow(page, 'coop-map')!.querySelector('.summary')!.textContent).to.equal('5 partenaires dans 1 pays');
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('keeps working when the script is included twice, and with both builds, quietly', async () => {
    const page = await openPage('double.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-card', 'h2');
    // The classic script loads the module: one copy of everything, not even a warning.
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('loads the same files from the classic script as from the module, plus the classic loader', async () => {
    const files = async (path: string) => {
      const page = await openPage(path);
      await rendered(page, 'coop-map', '.marks .mark');
      await rendered(page, 'coop-card', '.locator[role="img"]');
      await waitUntil(() => shadow(page, 'coop-timeline')?.querySelector('ol li'), 'no timeline', { timeout: 15000 });
      return page.window.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/'))
        .sort();
    };
    const classic = await files('classic.html');
    const module = await files('module-clermont.html');
    expect(classic.filter((f) => f !== '/dist/coop-widgets.iife.js')).to.deep.equal(module);
  });

  it('lets developers register the classes under their own tag names, cards in grids and dialogs included', async () => {
    const page = await openPage('custom-tags.html');
    await rendered(page, 'hopital-carte', '.marks .mark');
    await rendered(page, 'hopital-fiche', 'h2');
    expect(shadow(page, 'hopital-fiche')!.querySelector('h2')!.textContent).to.contain('Lomé');
    // The grid shows its own card class, and so does the map's dialog.
    await waitUntil(() => shadow(page, 'hopital-fiches')?.querySelector('hopital-fiche'), 'the grid did not render its cards', { timeout: 15000 });
    expect(shadow(page, 'hopital-fiches')!.querySelector('coop-card')).to.equal(null);
    (page.document.querySelector('hopital-carte') as HTMLElement & { select(id: string): void }).select('angers-tlemcen');
    await waitUntil(() => shadow(page, 'hopital-carte')?.querySelector('dialog[open] hopital-fiche'), 'the dialog did not show its card', { timeout: 15000 });
    expect(page.window.customElements.get('coop-card'), 'no standard tag registered behind the developer\'s back').to.equal(undefined);
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('opens the card from open-card on a page with only a map: the card loads on demand', async () => {
    const page = await openPage('map-only.html');
    await rendered(page, 'coop-map', '.marks .mark');
    const scripts = () => page.window.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts().some((s) => /coop-coop-card-/.test(s)), 'no card code before a selection').to.equal(false);
    (page.document.querySelector('coop-map') as HTMLElement & { select(id: string): void }).select('angers-tlemcen');
    await waitUntil(() => shadow(page, 'coop-map')?.querySelector('dialog[open] coop-card')?.shadowRoot?.querySelector('h2'), 'the dialog did not show the card', {
      timeout: 15000,
    });
    const card = shadow(page, 'coop-map')!.querySelector('coop-card')!;
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Angers – Tlemcen : greffe rénale');
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('filters a map and cards from the script tag, with only what the filters need loaded', async () => {
    const page = await openPage('filters.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-cards', '.grid li');
    await rendered(page, 'coop-filters', 'fieldset');
    const filters = shadow(page, 'coop-filters')!;
    const countries = [...filters.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.startsWith('Pays'))!;
    const mali = [...countries.querySelectorAll('label')].find((l) => l.textContent!.includes('Mali'))!.querySelector('input')!;
    mali.click();
    await waitUntil(() => shadow(page, 'coop-map')!.querySelector('.summary')!.textContent!.startsWith('2 partenaires dans 1 pays'), 'the map was not filtered', { timeout: 15000 });
    await waitUntil(() => shadow(page, 'coop-cards')!.querySelectorAll('.grid > li').length === 2, 'the cards were not filtered', { timeout: 15000 });
    // The address is written by code that loads with the first change (group-address.ts).
    await waitUntil(() => page.window.location.hash === '#coop-filter=country:ML', `the address says the filter (${page.window.location.hash})`, { timeout: 15000 });
    // The filters brought no data of their own: one institution's records, those of the map and cards.
    const cores = page.window.performance.getEntriesByType('resource').map((e) => e.name).filter((s) => /\/coop-data-[^/]+\.js$/.test(s));
    expect(cores).to.have.length(1);
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('says which file is missing when the data folder was not uploaded, and the map still works', async () => {
    const page = await openPage('js-only-host.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-card', '[role="alert"]');
    const alert = shadow(page, 'coop-card')!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('erreur 404');
    expect(alert.textContent).to.contain('angers-tlemcen.fr.json');
    // Not mistaken for an unknown id: the card looked the id up in every institution's records, and found it.
    const cores = page.window.performance.getEntriesByType('resource').map((e) => e.name).filter((s) => /\/coop-data-[^/]+\.js$/.test(s));
    expect(cores.length).to.be.above(1);
    expect(page.window.__messages.every((m) => m.includes('404'))).to.equal(true);
  });

  it('loads what a timeline asks for on demand: lanes, the selected event’s details, the note on a wrong attribute', async () => {
    const page = await openPage('timeline-grouped.html');
    const errors: string[] = [];
    page.document.addEventListener('coop-error', (e) => errors.push(e.detail.type));
    await waitUntil(() => shadow(page, 'coop-timeline')?.querySelectorAll('.lane-label').length, 'no lanes', { timeout: 15000 });
    await waitUntil(() => shadow(page, 'coop-timeline')?.querySelector('.details'), 'no details of the selected event', { timeout: 15000 });
    await waitUntil(() => shadow(page, 'coop-timeline')?.querySelector('.notice.attributes'), 'no note on the wrong kind', { timeout: 15000 });
    const timeline = shadow(page, 'coop-timeline')!;
    expect(timeline.querySelector('.details-title')!.textContent).to.contain('Tlemcen');
    expect(timeline.querySelector('.notice.attributes')!.textContent).to.contain('nonsense');
    expect([...timeline.querySelectorAll('.lane-label')].some((l) => l.textContent!.includes('Tlemcen'))).to.equal(true);
    await waitUntil(() => errors.includes('attribute'), 'no coop-error of type attribute');
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('switches language at run time, elements in the HTML before the script included', async () => {
    const page = await openPage('module.html');
    await rendered(page, 'coop-map', '.views button');
    const buttons = () => [...shadow(page, 'coop-map')!.querySelectorAll('.views button')].map((b) => b.textContent!.trim());
    expect(buttons()).to.deep.equal(['Carte', 'Tableau']);
    page.document.documentElement.lang = 'en';
    await waitUntil(() => buttons()[1] === 'Table', 'did not switch to English', { timeout: 5000 });
    // Data text and dates follow too.
    await waitUntil(() => shadow(page, 'coop-card')?.querySelector('h2')?.textContent === 'Angers – Tlemcen: kidney transplantation', 'the card did not switch to English');
    page.document.documentElement.lang = 'de';
    await waitUntil(() => buttons()[1] === 'Tableau', 'an unknown language did not fall back to French', { timeout: 5000 });
  });

  it('lays out right to left in Arabic, and takes the brand colour', async () => {
    const page = await openPage('rtl.html');
    await rendered(page, 'coop-map', '.views button');
    const map = page.document.querySelector('coop-map')!;
    const toolbar = map.shadowRoot!.querySelector('.toolbar')!;
    expect(page.window.getComputedStyle(toolbar).direction).to.equal('rtl');
    // The data waits for the page language's strings: the first view is already in Arabic.
    expect(map.shadowRoot!.querySelectorAll('.views button')[1].textContent!.trim()).to.equal('جدول');
    // The switch sits at the start of the line in RTL: on the left.
    const views = map.shadowRoot!.querySelector('.views')!.getBoundingClientRect();
    expect(views.left).to.be.below(map.getBoundingClientRect().left + map.getBoundingClientRect().width / 2);
    expect(page.window.getComputedStyle(map).getPropertyValue('--_mark').trim()).to.equal('#7a1f3d');
    expect(page.window.__messages).to.deep.equal([]);
  });

  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const page = await openPage('csp.html');
    await rendered(page, 'coop-map', '.marks .mark');
    await rendered(page, 'coop-card', 'h2');
    await waitUntil(() => shadow(page, 'coop-timeline')?.querySelector('ol li'), 'no timeline', { timeout: 15000 });
    // Zooming moves layers through the CSSOM, which the policy allows.
    shadow(page, 'coop-map')!.querySelector<HTMLButtonElement>('.zoom button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((page.window as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
    expect(page.window.__messages).to.deep.equal([]);
  });
});
