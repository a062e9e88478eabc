/**
 * The iframe embed through the built files, as a CMS page that accepts only iframes uses it:
 * test/pages/embed-parent.html holds the Configurator's iframe snippet (dist/embed.html in
 * iframes, dist/coop-embed.js); what each frame posts is recorded there. `npm test` builds
 * dist/ first.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Posted {
  frame: number;
  origin: string;
  data: { type: string; height?: number; error?: { type: string; message: string; issues?: { path: string; message: string }[] } };
}
type ParentWindow = Window & typeof globalThis & { __messages: string[]; __posted: Posted[] };
interface Parent {
  window: ParentWindow;
  document: Document;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function openParent(): Promise<Parent> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/pages/embed-parent.html';
  document.body.append(frame);
  await loaded;
  return { window: frame.contentWindow as ParentWindow, document: frame.contentDocument! };
}

/** Adds an iframe of dist/embed.html with `query` to the parent page, as a pasted snippet would be. */
async function embed(parent: Parent, query: string): Promise<HTMLIFrameElement> {
  const frame = parent.document.createElement('iframe');
  frame.title = 'Coopération internationale';
  frame.width = '100%';
  frame.height = '300';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/embed.html?${query}`;
  parent.document.body.append(frame);
  await loaded;
  return frame;
}

const inner = (frame: HTMLIFrameElement) => frame.contentDocument!;
const shadowIn = (frame: HTMLIFrameElement, selector: string) => inner(frame).querySelector(selector)?.shadowRoot ?? null;
const contentHeight = (frame: HTMLIFrameElement) => Math.ceil(inner(frame).documentElement.getBoundingClientRect().height);
const errorsFrom = (parent: Parent, index: number) => parent.window.__posted.filter((p) => p.frame === index && p.data.type === 'coop-embed:error').map((p) => p.data.error!);
const otherOrigins = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).origin !== location.origin);

describe('dist/embed.html in iframes', function () {
  this.timeout(40000);

  it('shows the element of its address in its language, and the page around it takes its height', async () => {
    const parent = await openParent();
    const [map, timeline] = [...parent.document.querySelectorAll('iframe')];
    await waitUntil(() => shadowIn(map, 'coop-map')?.querySelector('.marks .mark'), 'the map did not render', { timeout: 20000 });
    expect(inner(map).documentElement.lang).to.equal('fr');
    expect(inner(map).documentElement.dir).to.equal('ltr');
    expect(inner(map).title).to.equal('Coopération internationale');
    expect(inner(map).querySelector('coop-map')!.getAttribute('institution')).to.equal('chu-angers');
    expect(shadowIn(map, 'coop-map')!.querySelector('.summary')!.textContent).to.match(/^\d+ partenaires dans \d+ pays$/);

    // The parent's script set the iframe's height from the frame's messages: no inner scrollbar, nothing cut.
    await waitUntil(() => Math.abs(map.getBoundingClientRect().height - contentHeight(map)) <= 1, `iframe ${map.getBoundingClientRect().height} px, content ${contentHeight(map)} px`, { timeout: 10000 });
    expect(map.getBoundingClientRect().height).to.be.above(300);
    const heights = parent.window.__posted.filter((p) => p.frame === 0 && p.data.type === 'coop-embed:height');
    expect(heights.at(-1)!.data.height).to.equal(contentHeight(map));
    expect(heights.every((p) => p.origin === location.origin)).to.equal(true);

    // And follows it when the content grows (as a list opened, or more cards shown).
    const before = contentHeight(map);
    inner(map).querySelector('main')!.style.paddingBottom = '240px';
    await waitUntil(() => contentHeight(map) !== before && Math.abs(map.getBoundingClientRect().height - contentHeight(map)) <= 1, 'the iframe did not follow its content', { timeout: 10000 });

    await waitUntil(() => shadowIn(timeline, 'coop-timeline')?.querySelector('ol li'), 'the timeline did not render', { timeout: 20000 });
    expect(inner(timeline).documentElement.lang).to.equal('ar');
    expect(inner(timeline).documentElement.dir).to.equal('rtl');
    expect(inner(timeline).title).to.match(/[\u0600-\u06ff]/);
    expect(shadowIn(timeline, 'coop-timeline')!.textContent).to.match(/[\u0600-\u06ff]/);

    expect(errorsFrom(parent, 0)).to.deep.equal([]);
    expect(errorsFrom(parent, 1)).to.deep.equal([]);
    expect([...otherOrigins(map), ...otherOrigins(timeline)]).to.deep.equal([]);
    expect(parent.window.__messages).to.deep.equal([]);
    expect(map.contentWindow!.document.querySelector('.coop-embed-notice')).to.equal(null);
  });

  it('refuses a data file from another origin, visibly, and fetches nothing', async () => {
    const parent = await openParent();
    for (const src of ['https://example.org/cooperation.json', '//example.org/cooperation.csv']) {
      const frame = await embed(parent, `element=map&institution=chu-angers&src=${encodeURIComponent(src)}`);
      const index = [...parent.document.querySelectorAll('iframe')].indexOf(frame);
      await waitUntil(() => inner(frame).querySelector('.coop-embed-notice'), 'no message', { timeout: 15000 });
      const notice = inner(frame).querySelector('.coop-embed-notice')!;
      expect(notice.textContent).to.contain('//example.org');
      expect(notice.textContent).to.contain(location.origin);
      expect(notice.getBoundingClientRect().height, 'the message is visible').to.be.above(10);
      expect(inner(frame).querySelector('coop-map'), 'no element under the host name with the data of another').to.equal(null);
      await waitUntil(() => errorsFrom(parent, index).length, 'no coop-error posted', { timeout: 5000 });
      const [error] = errorsFrom(parent, index);
      expect(error.type).to.equal('attribute');
      expect(error.issues!.map((i) => i.path)).to.deep.equal(['src']);
      expect(otherOrigins(frame)).to.deep.equal([]);
    }
  });

  it('shows a hospital\'s own file from its own site', async () => {
    const parent = await openParent();
    const own = (await (await fetch('/__raw/test/fixtures/small-dataset.json')).json()) as { partnerships: { title: { fr: string } }[] };
    const frame = await embed(parent, 'element=cards&src=/__raw/test/fixtures/small-dataset.json');
    await waitUntil(() => (shadowIn(frame, 'coop-cards')?.querySelectorAll('coop-card').length ?? 0) === own.partnerships.length, 'the cards of the file did not render', { timeout: 20000 });
    expect(inner(frame).querySelector('.coop-embed-notice')).to.equal(null);
  });

  it('checks its parameters as the elements check attributes: says what it cannot use, shows the rest', async () => {
    const parent = await openParent();
    const frame = await embed(parent, 'element=map&institution=chu-angers&status=bogus&colour=red&no-zoom=peut-etre&brand-color=%237a1f3d');
    const index = [...parent.document.querySelectorAll('iframe')].indexOf(frame);
    await waitUntil(() => shadowIn(frame, 'coop-map')?.querySelector('.marks .mark'), 'the map did not render', { timeout: 20000 });
    const notice = inner(frame).querySelector('.coop-embed-notice')!;
    expect(notice.textContent).to.contain('colour');
    expect(notice.textContent).to.contain('no-zoom="peut-etre"');
    // The element's own attribute check, as on any page.
    await waitUntil(() => errorsFrom(parent, index).length === 2, `errors: ${JSON.stringify(errorsFrom(parent, index))}`, { timeout: 10000 });
    const paths = errorsFrom(parent, index).map((e) => [e.type, e.issues!.map((i) => i.path)]);
    expect(paths).to.deep.include(['attribute', ['colour', 'no-zoom']]);
    expect(paths).to.deep.include(['attribute', ['status']]);
    expect(inner(frame).querySelector('coop-map')!.hasAttribute('no-zoom')).to.equal(false);
    expect(inner(frame).querySelector('coop-map')!.hasAttribute('colour')).to.equal(false);
    // The brand colour, through the CSSOM (the page's CSP forbids style attributes).
    expect(frame.contentWindow!.getComputedStyle(inner(frame).querySelector('coop-map')!).getPropertyValue('--coop-brand-color').trim()).to.equal('#7a1f3d');

    const unknown = await embed(parent, 'element=globe&lang=en');
    await waitUntil(() => inner(unknown).querySelector('.coop-embed-notice'), 'no message', { timeout: 15000 });
    expect(inner(unknown).querySelector('.coop-embed-notice')!.textContent).to.contain('element="globe"');
    expect(inner(unknown).querySelector('.coop-embed-notice')!.textContent).to.contain('map, timeline, card, cards, filters');
    expect(inner(unknown).documentElement.lang).to.equal('en');
    expect(inner(unknown).querySelector('coop-map, coop-timeline, coop-card, coop-cards, coop-filters')).to.equal(null);
  });

  it('obeys only height messages from its own iframes', async () => {
    const parent = await openParent();
    const [map] = [...parent.document.querySelectorAll('iframe')];
    await waitUntil(() => Math.abs(map.getBoundingClientRect().height - contentHeight(map)) <= 1 && contentHeight(map) > 300, 'not sized', { timeout: 20000 });
    const height = map.getBoundingClientRect().height;
    parent.window.postMessage({ type: 'coop-embed:height', height: 5 }, '*');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(map.getBoundingClientRect().height).to.equal(height);
  });
});
