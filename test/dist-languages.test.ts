/**
 * The bundled data per language, as a web editor's page gets it from dist/: a French page
 * downloads the French texts of what the map and the timeline draw, and no other language's;
 * switching the page to Arabic brings the Arabic ones. `npm test` builds dist/ first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import bundled from '../data/cooperation.json';
import type { CooperationDataset } from '../src/data/schema.generated.js';
import { openPage } from './helpers/pages.js';

const data = bundled as unknown as CooperationDataset;
const start = data.events.find((e) => e.id === 'angers-tlemcen-2012-start')!;
const tlemcen = data.partnerships.find((p) => p.id === 'angers-tlemcen')!.partners[0].name!;
const ARABIC = /[\u0600-\u06ff]/;

/** The bundled data chunks (`coop-data-*.js`) the page has loaded. */
const dataUrls = (page: Window) => page.performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /\/coop-data-[^/]+\.js$/.test(url));

/** The code of the bundled data chunks (`coop-data-*.js`) the page has loaded, with the test server's \uXXXX escapes decoded. */
async function dataChunks(page: Window): Promise<string[]> {
  const codes = await Promise.all(dataUrls(page).map((url) => fetch(url).then((r) => r.text())));
  return codes.map((code) => code.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

describe('dist/: the bundled data in the page\'s language', function () {
  this.timeout(30000);

  it('loads only French data texts on a French page, and Arabic ones once the page is in Arabic', async () => {
    const page = (await openPage('languages.html')).window;
    const root = (tag: string) => page.document.querySelector(tag)!.shadowRoot;
    const entries = () => [...(root('coop-timeline')?.querySelectorAll('ol > li') ?? [])].map((li) => li.textContent!);
    const marks = () => [...(root('coop-map')?.querySelectorAll('.marks .mark') ?? [])].map((m) => m.getAttribute('aria-label') ?? '');
    await waitUntil(() => entries().some((t) => t.includes(start.title.fr)) && marks().some((l) => l.includes(tlemcen.fr)), 'no French map and timeline', { timeout: 15000 });
    const french = await dataChunks(page);
    expect(french.length).to.be.above(0);
    // The loader asked for the French parts ahead (modulepreload), and only for them.
    const preloaded = [...page.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href).filter((href) => /\/coop-data-/.test(href));
    expect(preloaded).to.have.members(dataUrls(page));
    expect(french.filter((code) => ARABIC.test(code) || code.includes(start.title.en))).to.deep.equal([]);

    page.document.documentElement.lang = 'ar';
    await waitUntil(() => entries().some((t) => t.includes(start.title.ar)) && marks().some((l) => l.includes(tlemcen.ar)), 'the map and the timeline did not switch to Arabic', { timeout: 15000 });
    expect((await dataChunks(page)).some((code) => code.includes(start.title.ar))).to.equal(true);
    expect(page.__messages).to.deep.equal([]);
  });
});
