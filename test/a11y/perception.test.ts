/**
 * What axe cannot see, measured: the contrast of every text against what is really behind it
 * and of the marks against what lies under them, in both themes on light and dark pages;
 * categories that differ without colour, also in forced colours; no motion when the visitor
 * asks for none, and none that lasts; reflow at 320 × 256 CSS px and at 200 %; WCAG text
 * spacing without clipped text.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/map.js';
import '../../src/timeline.js';
import '../../src/card.js';
import '../../src/filters.js';
import { contrast, lowContrastTexts, parseColor } from '../helpers/contrast.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;
const root = (el: Element) => el.shadowRoot!;
const ready = (el: Element, selector: string) => waitUntil(() => root(el)?.querySelector(selector), `${el.localName} did not render ${selector}`, { timeout: 15000 });

async function mount(markup: string, options: { page?: string; width?: number } = {}): Promise<HTMLDivElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 900}px; background: ${options.page ?? '#ffffff'}; color: ${options.page === '#101418' ? '#eee' : '#111'}"></div>`);
  wrapper.innerHTML = markup;
  return wrapper;
}

/** Every element of a page, loaded: a map (a group open in the table too), a timeline with details, a card, cards and filters. */
async function everything(theme: string, page: string) {
  const group = `p-${theme}-${page.slice(1)}`;
  const wrapper = await mount(
    `<coop-filters theme="${theme}" group="${group}"></coop-filters>
     <coop-map theme="${theme}" institution="chu-angers" selected="angers-tlemcen" group="${group}"></coop-map>
     <coop-map theme="${theme}" institution="chu-angers" view="table" group="${group}-t"></coop-map>
     <coop-timeline theme="${theme}" src="${SMALL}" group-by="institution" selected="alpha-bamako" selected-event="e-2016" searchable></coop-timeline>
     <coop-card theme="${theme}" partnership="clermont-hanoi"></coop-card>
     <coop-cards theme="${theme}" src="${SMALL}"></coop-cards>`,
    { page },
  );
  const [filters, map, table, timeline, card, cards] = [...wrapper.children];
  await ready(map, '.marks .cluster-mark');
  await ready(table, 'table');
  await ready(timeline, '.details');
  await ready(card, '.locator');
  await ready(cards, '.grid coop-card');
  await ready(filters, 'fieldset');
  await aTimeout(100);
  return { wrapper, filters, map, table, timeline, card, cards };
}

/** The colour of a CSS property of the first element matching `selector` in `el`'s shadow root. */
function colorOf(el: Element, selector: string, property: 'fill' | 'stroke' | 'backgroundColor' | 'outlineColor' | 'borderTopColor') {
  const node = root(el).querySelector(selector);
  if (!node) throw new Error(`no ${selector} in ${el.localName}`);
  return parseColor(getComputedStyle(node)[property]);
}

describe('perception', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const page of ['#ffffff', '#101418']) {
    for (const theme of ['light', 'dark']) {
      it(`every text reads (4.5:1, 3:1 large) and every mark shows (3:1): ${theme} theme on a ${page === '#ffffff' ? 'light' : 'dark'} page`, async () => {
        const { wrapper, map, timeline } = await everything(theme, page);
        const texts = [...wrapper.children].flatMap((el) => lowContrastTexts(el).map((t) => `${el.localName}: ${t}`));
        // The cards inside coop-cards have shadow roots of their own.
        const inner = [...root(wrapper.querySelector('coop-cards')!).querySelectorAll('coop-card')].flatMap((c) => lowContrastTexts(c).map((t) => `coop-cards › coop-card: ${t}`));
        expect([...texts, ...inner]).to.deep.equal([]);

        // Marks against what lies under them: the ocean, land and partners' countries.
        const under = ['.sphere', '.country:not(.partner)', '.country.partner'].map((s) => [s, colorOf(map, s, 'fill')] as const);
        const marks = [
          ['partner', colorOf(map, '.mark.partner:not(.tentative) .dot', 'fill')],
          ['home', colorOf(map, '.mark .home', 'fill')],
          ['group', colorOf(map, '.cluster-mark .cluster', 'fill')],
          ['arc', colorOf(map, '.arc', 'stroke')],
          ['selection', colorOf(map, '.mark .halo', 'stroke')],
        ] as const;
        const weak = marks.flatMap(([mark, color]) => under.filter(([, bg]) => contrast(color, bg) < 3).map(([s, bg]) => `${mark} on ${s}: ${contrast(color, bg).toFixed(2)}:1`));
        // The timeline's marks against its surface; a focus ring against both.
        const surface = parseColor(getComputedStyle(timeline).backgroundColor);
        const bars = [
          ['event', colorOf(timeline, '.event:not(.planned):not(.imprecise):not(.approximate) .bar', 'backgroundColor')],
          ['selected event', colorOf(timeline, '.selected .bar, .related .bar', 'backgroundColor')],
        ] as const;
        weak.push(...bars.filter(([, c]) => contrast(c, surface) < 3).map(([name, c]) => `timeline ${name}: ${contrast(c, surface).toFixed(2)}:1`));
        const focus = parseColor(getComputedStyle(map).getPropertyValue('--_focus'));
        weak.push(...under.filter(([, bg]) => contrast(focus, bg) < 3).map(([s, bg]) => `focus ring on ${s}: ${contrast(focus, bg).toFixed(2)}:1`));
        if (contrast(focus, surface) < 3) weak.push(`focus ring on the surface: ${contrast(focus, surface).toFixed(2)}:1`);
        expect(weak).to.deep.equal([]);
      });
    }
  }

  for (const forced of ['none', 'active'] as const) {
    it(`tells categories apart without colour${forced === 'active' ? ', in forced colours' : ''}`, async () => {
      if (forced === 'active') await executeServerCommand('emulate-forced-colors', { value: 'active' });
      try {
        // Marrakech: planned partnerships beside active ones.
        const wrapper = await mount(`<coop-map institution="chu-marrakech" style="width: 1200px"></coop-map><coop-timeline src="${SMALL}"></coop-timeline>`);
        const [map, timeline] = [...wrapper.children];
        await ready(map, '.mark.tentative');
        await ready(timeline, 'button.item');
        const style = (el: Element, selector: string) => getComputedStyle(root(el).querySelector(selector)!);
        // A planned partnership's arc is dashed; an active one is not.
        expect(style(map, '.arc.dashed').strokeDasharray).to.not.equal('none');
        expect(style(map, '.arc:not(.dashed)').strokeDasharray).to.equal('none');
        // A planned or under-study partner is a hollow dot: its fill is the background, its outline the mark.
        const tentative = style(map, '.mark.tentative .dot');
        const active = style(map, '.mark.partner:not(.tentative) .dot');
        expect(tentative.fill, 'a tentative dot is not filled like an active one').to.not.equal(active.fill);
        expect(tentative.stroke).to.equal(active.fill);
        // Homes are squares, partners discs, groups discs with a number.
        expect(root(map).querySelector('.home-mark rect')).to.exist;
        expect(root(map).querySelector('.mark.partner circle.dot')).to.exist;
        expect(root(map).querySelector('.cluster-mark .count')!.textContent).to.match(/^\d+$/);
        // A planned event: its bar is outlined (dashed in forced colours) and a badge says it in words.
        const planned = root(timeline).querySelector('.planned')!;
        const plannedBar = getComputedStyle(planned.querySelector('.bar')!);
        const doneBar = getComputedStyle(root(timeline).querySelector('.event:not(.planned) .bar')!);
        expect(plannedBar.backgroundColor === doneBar.backgroundColor && plannedBar.borderTopStyle === doneBar.borderTopStyle).to.equal(false);
        expect(planned.textContent).to.contain('Prévu');
      } finally {
        if (forced === 'active') await executeServerCommand('emulate-forced-colors', { value: 'none' });
      }
    });
  }

  it('moves nothing when the visitor asks for less motion, and nothing runs on by itself', async () => {
    const wrapper = await mount(`<coop-map institution="chu-angers"></coop-map><coop-timeline src="${SMALL}"></coop-timeline>`);
    const [map, timeline] = [...wrapper.children];
    await ready(map, '.marks .mark');
    await ready(timeline, 'button.item');
    const running = () => [map, timeline].flatMap((el) => root(el).getAnimations?.() ?? []);
    // Nothing animates forever, ever.
    expect(running().filter((a) => a.effect?.getTiming().iterations === Infinity)).to.deep.equal([]);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      // Show a tooltip, zoom, pan: nothing transitions.
      root(map).querySelector<SVGGElement>('.mark[tabindex="0"]')!.focus();
      root(map).querySelector<HTMLButtonElement>('.zoom button')!.click();
      root(timeline).querySelector<HTMLButtonElement>('.nav button[aria-label="Zoomer"]')!.click();
      await aTimeout(30);
      expect(running().map((a) => (a as CSSTransition).transitionProperty ?? a.id)).to.deep.equal([]);
      const moving = [map, timeline].flatMap((el) => [...root(el).querySelectorAll('*')].filter((n) => parseFloat(getComputedStyle(n).transitionDuration) > 0 || getComputedStyle(n).animationName !== 'none'));
      expect(moving.map((n) => n.className)).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  for (const [width, height, what] of [
    [320, 256, '320 × 256 CSS px (400 % zoom)'],
    [640, 512, '200 % zoom'],
  ] as const) {
    it(`reflows at ${what}: one direction of scrolling, nothing cut`, async () => {
      await setViewport({ width, height });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<coop-map institution="chu-angers"></coop-map><coop-timeline institution="chu-angers"></coop-timeline><coop-card partnership="clermont-hanoi"></coop-card><coop-filters group="r-${width}"></coop-filters><coop-cards institution="chu-angers" group="r-${width}"></coop-cards>`;
        const [map, timeline, card, filters, cards] = [...wrapper.children];
        await ready(map, '.marks .mark');
        await ready(timeline, 'button.item');
        await ready(card, 'h2');
        await ready(filters, 'fieldset');
        await ready(cards, '.grid coop-card');
        await aTimeout(100);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        for (const el of [map, timeline, card, filters, cards]) expect(el.getBoundingClientRect().width, `${el.localName} is wider than the viewport`).to.be.at.most(width);
        expect(clippedTexts(wrapper)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  }

  it('keeps every text whole with the WCAG text spacing (line 1.5, paragraphs 2, letters 0.12, words 0.16 em)', async () => {
    const wrapper = await mount(`<coop-map institution="chu-angers"></coop-map><coop-timeline src="${SMALL}"></coop-timeline><coop-card partnership="clermont-hanoi"></coop-card><coop-filters group="spacing"></coop-filters><coop-cards src="${SMALL}" group="spacing"></coop-cards>`);
    const elements = [...wrapper.children];
    await ready(elements[0], '.marks .mark');
    await ready(elements[1], 'button.item');
    await ready(elements[2], 'h2');
    await ready(elements[3], 'fieldset');
    await ready(elements[4], '.grid coop-card');
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    const roots = (el: Element): ShadowRoot[] => (el.shadowRoot ? [el.shadowRoot, ...[...el.shadowRoot.querySelectorAll('*')].flatMap(roots)] : []);
    for (const shadow of elements.flatMap(roots)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, spacing];
    for (const el of elements) (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await aTimeout(300);
    expect(clippedTexts(wrapper)).to.deep.equal([]);
  });
});

/**
 * Texts cut by a box that hides its overflow (not a scroll box a visitor can scroll): the
 * box's content is taller or wider than the box. A title ended with an ellipsis counts too,
 * unless its whole text is the name of what holds it (a timeline entry's button).
 */
function clippedTexts(container: Element): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!(el instanceof HTMLElement) || !el.textContent?.trim() || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (el.classList.contains('visually-hidden') || style.clipPath === 'inset(50%)') continue;
      // Decorative repeats a panning view moves past its edges (the axis' years: every event says its date).
      if (el.closest('[aria-hidden="true"]')) continue;
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      const over = (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
      if (!over) continue;
      // Cut only visually: the whole text is in the name of the control that holds it.
      const holder = el.closest('button, [role="button"]');
      const name = holder?.getAttribute('aria-label') ?? holder?.textContent ?? '';
      if (holder && name.replace(/\s+/g, ' ').includes(el.textContent.replace(/\s+/g, ' ').trim())) continue;
      found.push(`${el.localName}.${el.className}: "${el.textContent.trim().slice(0, 40)}" (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
    }
  };
  visit(container);
  for (const el of container.children) if (el.shadowRoot) visit(el.shadowRoot);
  return [...new Set(found)];
}
