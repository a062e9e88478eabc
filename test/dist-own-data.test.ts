/**
 * A hospital's own file through the built files, as a web editor uses them (issue 11): a
 * plain HTML page (test/pages/own-data.html) whose map, timeline and cards read the
 * three-typo sheet with dist/coop-widgets.js, and dist/check.html, the page that checks a
 * file before it is published, under its own strict Content-Security-Policy. `npm test`
 * builds dist/ first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, shadow } from './helpers/pages.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const until = (what: () => unknown, message: string) => waitUntil(what, message, { timeout: 15000 });

const TYPO_MESSAGES = [
  'Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays',
  'Ligne 8, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
];

describe('a hospital’s own file through dist/', function () {
  this.timeout(40000);

  it('the three-typo sheet keeps both partnerships on the map and in the cards, and every event whose date exists on the timeline', async () => {
    const page = await openPage('/test/pages/own-data.html');
    await until(() => shadow(page, 'coop-map')?.querySelector('.marks .partner'), 'no map');
    await until(() => shadow(page, 'coop-timeline')?.querySelector('.event .item'), 'no timeline');
    await until(() => shadow(page, 'coop-cards')?.querySelectorAll('coop-card').length, 'no cards');
    const map = shadow(page, 'coop-map')!;
    const labels = [...map.querySelectorAll('.marks .partner')].map((m) => m.getAttribute('aria-label'));
    expect(labels).to.have.members(["CHU d'Oran, Oran, Algérie", "Faculté de médecine d'Oran, Oran, Algérie", 'CNHU-HKM, Cotonou, Bénin']);
    expect([...shadow(page, 'coop-cards')!.querySelectorAll('coop-card')].map((c) => c.getAttribute('partnership'))).to.deep.equal(['exemple-oran', 'exemple-cotonou']);
    const events = [...shadow(page, 'coop-timeline')!.querySelectorAll<HTMLElement>('.event .item')].map((b) => b.dataset.key);
    expect(events).to.deep.equal(['exemple-bureau', 'exemple-oran-convention', 'exemple-oran-mission']);

    // Each element says what it shows and what the file cost, the messages one click away.
    await until(() => map.querySelector('.problems-link'), 'no count of the problems');
    expect(text(map.querySelector('.summary'))).to.equal('3 partenaires dans 2 pays · 1 enregistrement écarté · 1 valeur corrigée');
    for (const tag of ['coop-map', 'coop-timeline', 'coop-cards']) {
      await until(() => shadow(page, tag)?.querySelector('details#problems li'), `${tag}: no list of the problems`);
      expect([...shadow(page, tag)!.querySelectorAll('details#problems li')].map(text), tag).to.deep.equal(TYPO_MESSAGES);
    }
    map.querySelector<HTMLButtonElement>('.problems-link')!.click();
    expect(map.querySelector<HTMLDetailsElement>('details#problems')!.open).to.equal(true);

    // A coop-error from each element (the grid's cards, each reading the file, too), the issues with their row, column and severity; nothing else in the console.
    expect([...new Set(page.window.__coopErrors.map((e) => e.tag))].sort()).to.deep.equal(['coop-cards', 'coop-map', 'coop-timeline']);
    const issues = page.window.__coopErrors[0].detail.issues!;
    expect(issues.filter((i) => i.severity !== 'info').map((i) => [i.line, i.column, i.severity, i.message])).to.deep.equal([
      [3, 'lat', 'warning', TYPO_MESSAGES[0]],
      [8, 'date', 'error', TYPO_MESSAGES[1]],
    ]);
    expect(page.window.__messages).to.deep.equal([]);

    // In English, the same messages, translated.
    page.document.documentElement.lang = 'en';
    await until(() => text(map.querySelector('.summary')).startsWith('3 partners in 2 countries'), 'did not switch to English');
    expect(text(map.querySelector('.summary'))).to.equal('3 partners in 2 countries · 1 record set aside · 1 value corrected');
    expect([...map.querySelectorAll('details#problems li')].map(text)).to.deep.equal([
      'Row 3, column “lat”: expected a number between -90 and 90, got "35°41"; placed at the centre of the country (Algeria), as a place known to the country',
      'Row 8, column “date”: impossible date "31/02/2023": 31 February does not exist; event set aside: it has no other readable date',
    ]);
  });

  it('dist/check.html reads a chosen file in the browser, lists every problem, previews it and gives it as validated JSON, sending nothing', async () => {
    const page = await openPage('/dist/check.html');
    await until(() => page.document.querySelector('#coop-check-file'), 'the check page did not start');
    const violations: string[] = [];
    page.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    const requestsBefore = page.window.performance.getEntriesByType('resource').length;

    const csv = await (await fetch('/__raw/test/fixtures/own-data/chu-exemple-typos.csv')).text();
    const input = page.document.querySelector<HTMLInputElement>('#coop-check-file')!;
    const files = new page.window.DataTransfer();
    files.items.add(new page.window.File([csv], 'chu-exemple-typos.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new page.window.Event('change', { bubbles: true }));

    const summary = () => text(page.document.querySelector('.summary[role="status"]'));
    await until(() => summary().includes('·'), 'no summary');
    expect(summary()).to.equal('chu-exemple-typos.csv : 2 partenariats, 3 événements datés · 1 enregistrement écarté · 1 valeur corrigée');
    const groups = [...page.document.querySelectorAll('.report h3')].map((h) => [text(h), [...h.nextElementSibling!.querySelectorAll('li')].map(text)]);
    expect(groups).to.deep.equal([
      ['Enregistrements écartés : ils ne seront pas affichés (1)', [TYPO_MESSAGES[1]]],
      ['Valeurs corrigées : affichées autrement qu’écrites (1)', [TYPO_MESSAGES[0]]],
      [
        'Valeurs lues autrement : rien à corriger (2)',
        [
          'Ligne 5, colonne « domains » : le domaine "Chirurgie maxillo-faciale" n\'est pas dans la liste des domaines ; ajouté comme nouveau domaine, sous ce libellé',
          'Ligne 5, colonne « domains » : le domaine "Hématologie" n\'est pas dans la liste des domaines ; ajouté comme nouveau domaine, sous ce libellé',
        ],
      ],
    ]);

    // The preview: the elements of dist/ show the file itself.
    await until(() => shadow(page, 'coop-map')?.querySelector('.marks .partner'), 'no map in the preview');
    await until(() => shadow(page, 'coop-timeline')?.querySelector('.event .item'), 'no timeline in the preview');
    await until(() => shadow(page, 'coop-cards')?.querySelectorAll('coop-card').length === 2, 'no cards in the preview');
    expect(text(shadow(page, 'coop-map')!.querySelector('.summary'))).to.match(/^3 partenaires dans 2 pays/);

    // The validated JSON, with its $schema: both partnerships, the three events whose date exists.
    const link = page.document.querySelector<HTMLAnchorElement>('a.download')!;
    expect(link.download).to.equal('chu-exemple-typos.json');
    expect(link.href).to.match(/^blob:/);
    const json = await (await fetch(link.href)).json();
    expect(json.$schema).to.equal('./cooperation.schema.json');
    expect(json.partnerships.map((p: { id: string }) => p.id)).to.deep.equal(['exemple-oran', 'exemple-cotonou']);
    expect(json.events).to.have.length(3);

    // Nothing was sent or fetched: only the page's own scripts were loaded (the preview's chunks).
    const after = page.window.performance.getEntriesByType('resource').slice(requestsBefore) as PerformanceResourceTiming[];
    expect(after.filter((e) => !['script', 'link', 'other'].includes(e.initiatorType)).map((e) => `${e.initiatorType} ${e.name}`)).to.deep.equal([]);
    expect(after.filter((e) => !new URL(e.name).pathname.startsWith('/dist/')).map((e) => e.name)).to.deep.equal([]);
    expect(violations).to.deep.equal([]);

    // Its language switch: the page and the preview in English, right to left in Arabic.
    const select = page.document.querySelector<HTMLSelectElement>('.language select')!;
    select.value = 'en';
    select.dispatchEvent(new page.window.Event('change', { bubbles: true }));
    await until(() => page.document.querySelector('h1')?.textContent === 'Check a data file before publishing it', 'the page did not switch to English');
    await until(() => summary() === 'chu-exemple-typos.csv: 2 partnerships, 3 dated events · 1 record set aside · 1 value corrected', 'the summary did not switch to English');
    await until(() => text(shadow(page, 'coop-map')!.querySelector('.summary')).startsWith('3 partners'), 'the preview did not switch to English');
    select.value = 'ar';
    select.dispatchEvent(new page.window.Event('change', { bubbles: true }));
    expect(page.document.documentElement.dir).to.equal('rtl');
    expect(page.document.title).to.equal('Check a data file – coop-widgets');
  });

  it('dist/check.html says why a file cannot be read, and offers nothing to download', async () => {
    const page = await openPage('/dist/check.html?lang=en');
    await until(() => page.document.querySelector('#coop-check-file'), 'the check page did not start');
    const input = page.document.querySelector<HTMLInputElement>('#coop-check-file')!;
    const files = new page.window.DataTransfer();
    files.items.add(new page.window.File(['<!doctype html><p>Not found</p>'], 'partenariats.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new page.window.Event('change', { bubbles: true }));
    await until(() => page.document.querySelector('.failure[role="alert"]'), 'no failure');
    expect(text(page.document.querySelector('.failure'))).to.equal('The file received is a web page (HTML), not JSON or CSV data: check the address in the src attribute.');
    expect(page.document.querySelector('a.download')).to.equal(null);
    expect(page.document.querySelector('coop-map')).to.equal(null);
  });
});
