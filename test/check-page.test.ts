/**
 * The check page's view (src/check/check-view.ts) in this document: a file chosen with the
 * keyboard or dropped on the frame is read without any request, its problems grouped by what
 * was done, the page accessible (axe) with its preview, and a file that is not data told as
 * such. The built page, dist/check.html, is tested in test/dist-own-data.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import { CheckView } from '../src/check/check-view.js';

const CLEAN = new URL('/__raw/test/fixtures/own-data/chu-exemple-fr.csv', location.href).href;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function page(): Promise<{ root: HTMLElement; view: CheckView }> {
  const root = await fixture<HTMLElement>(html`<main style="width: 1000px"></main>`);
  return { root, view: new CheckView(root) };
}

describe('the check page', function () {
  this.timeout(30000);

  it('is reached with the keyboard: the language, then the file picker', async () => {
    const { root } = await page();
    root.querySelector('select')!.focus();
    expect(document.activeElement).to.equal(root.querySelector('select'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(root.querySelector('input[type="file"]'));
    expect(root.querySelector('label[for="coop-check-file"]')!.textContent).to.equal('Fichier CSV ou JSON');
  });

  it('reads a dropped file without any request, says it needs nothing corrected, and previews it accessibly', async () => {
    const { root } = await page();
    const csv = await (await fetch(CLEAN)).text();
    const before = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch').length;
    const drop = new DataTransfer();
    drop.items.add(new File([csv], 'partenariats.csv', { type: 'text/csv' }));
    root.querySelector('.drop')!.dispatchEvent(new DragEvent('dragover', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await waitUntil(() => root.querySelector('.drop.dragging'), 'the frame does not show the file is over it');
    root.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await waitUntil(() => text(root.querySelector('.summary')).includes('·'), 'no summary');
    expect(text(root.querySelector('.summary'))).to.equal('partenariats.csv : 2 partenariats, 4 événements datés · aucune valeur à corriger');
    expect(root.querySelector('.drop.dragging')).to.equal(null);
    // The domains written as labels are read, not corrected: listed as such.
    expect([...root.querySelectorAll('.report h3')].map(text)).to.deep.equal(['Valeurs lues autrement : rien à corriger (2)']);
    expect(root.querySelector<HTMLAnchorElement>('a.download')!.download).to.equal('partenariats.json');
    const map = root.querySelector('coop-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('.marks .partner'), 'no map in the preview', { timeout: 15000 });
    await waitUntil(() => root.querySelector('coop-cards')?.shadowRoot?.querySelectorAll('coop-card').length === 2, 'no cards', { timeout: 15000 });
    expect(performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch').length).to.equal(before);
    await expect(root).to.be.accessible();
  });

  it('groups the problems by what was done, in the order of the rows, and replaces the preview for the next file', async () => {
    const { root, view } = await page();
    const sheet = [
      'type;id;institution;title_fr;partner_fr;city;country;lat;lon;status;date',
      'institution;home;;CHU Exemple;;Tours;FR;47,39;0,68;;',
      'partnership;Oran Exemple;home;Exemple – Oran;CHU;Oran;DZ;35,69;-0,63;active;',
      'partnership;cotonou;home;Exemple – Cotonou;CNHU-HKM;Cotonou;BJ;6°21;2,41;suspendu;',
      'event;e1;home;Visite;;;;;;done;31/02/2023',
    ].join('\n');
    const first = await view.read(new File([sheet], 'a.csv', { type: 'text/csv' }));
    expect(first.errors).to.equal(true);
    expect([...root.querySelectorAll('.report h3')].map((h) => [text(h), [...h.nextElementSibling!.querySelectorAll('li')].map((li) => text(li).split(' : ')[0])])).to.deep.equal([
      ['Enregistrements écartés : ils ne seront pas affichés (2)', ['Ligne 3, colonne « id »', 'Ligne 5, colonne « date »']],
      ['Valeurs corrigées : affichées autrement qu’écrites (2)', ['Ligne 4, colonne « lat »', 'Ligne 4, colonne « status »']],
    ]);
    const src = root.querySelector('coop-map')!.getAttribute('src');
    await view.read(new File([sheet.replace('Oran Exemple', 'oran')], 'b.csv', { type: 'text/csv' }));
    expect(root.querySelector('coop-map')!.getAttribute('src')).not.to.equal(src);
    expect(text(root.querySelector('.summary'))).to.equal('b.csv : 2 partenariats, aucun événement daté · 1 enregistrement écarté · 2 valeurs corrigées');
  });

  it('says why a file cannot be read, with nothing to download or preview', async () => {
    const { root, view } = await page();
    await view.read(new File(['{"version": 1, "partnerships": [}'], 'x.json', { type: 'application/json' }));
    expect(text(root.querySelector('.failure[role="alert"]'))).to.match(/^Le fichier n'est pas du JSON valide \(.+\)\.$/);
    expect(root.querySelector('a.download')).to.equal(null);
    expect(root.querySelector('coop-map')).to.equal(null);
  });
});
