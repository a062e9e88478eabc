/**
 * axe (WCAG 2.x A/AA, EN 301 549) on every element in every state a visitor can reach:
 * default, filtered, selected, a group opened, the table and list views, the card dialog,
 * a search, an error, an empty view, loading, both themes on light and dark pages, forced
 * colours, an Arabic right-to-left page, 320 px wide. Any violation fails; every
 * "incomplete" result (what axe could not decide) must be one reviewed below, with why it is
 * acceptable.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/map.js';
import '../../src/timeline.js';
import '../../src/card.js';
import '../../src/filters.js';
import { setLocale } from '../../src/localization.js';
import { describe as describeResults, runAxe } from '../helpers/axe.js';
import { elementOfTarget, textContrasts } from '../helpers/contrast.js';

const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;

/**
 * What axe may leave undecided, each with why it is acceptable: the rule, which nodes (their
 * axe target), and the reason. Anything else undecided fails. (The zoom buttons' "+" and
 * "−" glyphs were once undecided, as label-content-name-mismatch: they are icons now, named
 * by their aria-label.)
 */
const REVIEWED_INCOMPLETE: { rule: string; target: RegExp; reason: string }[] = [];
const reviewed = (rule: string, target: string) => REVIEWED_INCOMPLETE.some((r) => r.rule === rule && r.target.test(target));

/**
 * A contrast axe could not decide (a text too short, over a drawing whose boxes it cannot
 * clip, behind a modal dialog's backdrop), decided by our own measurement against what is
 * really behind the text (helpers/contrast.ts): accepted only when every text of that node
 * meets its ratio.
 */
function contrastDecided(target: readonly (string | readonly string[])[]): boolean {
  const element = elementOfTarget(target);
  if (!element) return false;
  // The node's own texts (an SVG text is measured against the shape it is drawn on).
  const texts = textContrasts(element.closest('svg') ? element.parentElement! : element);
  return texts.length > 0 && texts.every((t) => t.ratio >= t.required);
}

const root = (el: Element) => el.shadowRoot!;
const ready = (el: Element, selector: string, timeout = 15000) => waitUntil(() => root(el)?.querySelector(selector), `${el.localName} did not render ${selector}`, { timeout });

/** Mounts `template` in a wrapper (`page` background, direction, width) and returns its first element. */
async function mount(template: TemplateResult, options: { page?: string; width?: number; dir?: 'rtl' } = {}): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${options.dir ?? 'ltr'} style="width: ${options.width ?? 900}px; background: ${options.page ?? '#ffffff'}; color: ${options.page === '#101418' ? '#eee' : '#111'}; padding: 8px">${template}</div>`,
  );
  return wrapper.firstElementChild as HTMLElement;
}

/** axe on the holder of `el` (the element and what was mounted beside it). */
async function expectAccessible(el: Element, state: string): Promise<void> {
  await aTimeout(50);
  const results = await runAxe(el.parentElement ?? el);
  expect(describeResults(results.violations), `${state}: axe violations`).to.deep.equal([]);
  const unreviewed = results.incomplete
    .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !reviewed(r.id, n.target.flat().join(' ')) && !(r.id === 'color-contrast' && contrastDecided(n.target as string[]))) }))
    .filter((r) => r.nodes.length);
  expect(describeResults(unreviewed), `${state}: axe could not decide these, and they were never reviewed`).to.deep.equal([]);
}

interface State {
  name: string;
  make(): Promise<HTMLElement>;
}

/** Mounts raw markup (as a CMS writes it) and waits for `selector` in its first element's shadow root. */
async function markup(source: string, selector: string, options: { page?: string; width?: number; dir?: 'rtl' } = {}): Promise<HTMLElement> {
  const wrapper = await mount(html`<span></span>`, options);
  const holder = wrapper.parentElement!;
  holder.innerHTML = source;
  const el = holder.firstElementChild as HTMLElement;
  await ready(el, selector);
  return el;
}

const STATES: State[] = [
  // ——— the map ———
  { name: 'map, default', make: () => markup('<coop-map institution="chu-angers"></coop-map>', '.marks .mark') },
  { name: 'map, filtered', make: () => markup('<coop-map institution="chu-angers" country="ML DZ"></coop-map>', '.marks .mark') },
  { name: 'map, selected', make: () => markup('<coop-map institution="chu-angers" selected="angers-tlemcen"></coop-map>', '.mark[aria-pressed="true"]') },
  {
    name: 'map, a group opened',
    make: async () => {
      const el = await markup('<coop-map institution="chu-angers"></coop-map>', '.cluster-mark');
      root(el).querySelector<SVGGElement>('.cluster-mark')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('.spokes'), 'the group did not open');
      return el;
    },
  },
  { name: 'map, table view', make: () => markup('<coop-map institution="chu-angers" view="table"></coop-map>', 'table') },
  {
    name: 'map, card dialog open',
    make: async () => {
      const el = await markup('<coop-map institution="chu-angers" open-card group="a11y-dialog"></coop-map>', '.marks .mark');
      (el as HTMLElement & { select(id: string): void }).select('angers-tlemcen');
      await waitUntil(() => root(el).querySelector('dialog[open] coop-card')?.shadowRoot?.querySelector('h2'), 'no dialog');
      return el;
    },
  },
  { name: 'map, error', make: () => markup('<coop-map src="/does-not-exist.json"></coop-map>', '[role="alert"]') },
  { name: 'map, empty', make: () => markup('<coop-map institution="chu-angers" country="JP"></coop-map>', '.state[role="status"]') },
  { name: 'map, loading', make: () => markup('<coop-map src="/__slow?ms=20000"></coop-map>', '.state.loading') },
  { name: 'map, 320 px', make: () => markup('<coop-map institution="chu-marrakech"></coop-map>', '.marks .mark', { width: 320 }) },
  // ——— the timeline ———
  { name: 'timeline, default', make: () => markup('<coop-timeline institution="chu-angers"></coop-timeline>', 'button.item') },
  { name: 'timeline, filtered', make: () => markup(`<coop-timeline src="${SMALL}" kind="mission exhibition"></coop-timeline>`, 'button.item') },
  { name: 'timeline, selected with details', make: () => markup(`<coop-timeline src="${SMALL}" selected="alpha-bamako" selected-event="e-2016"></coop-timeline>`, '.details') },
  { name: 'timeline, lanes', make: () => markup('<coop-timeline institution="chu-marrakech" group-by="kind"></coop-timeline>', '.lane-label') },
  { name: 'timeline, list view', make: () => markup('<coop-timeline institution="chu-angers"></coop-timeline>', '.list button.item', { width: 420 }) },
  {
    name: 'timeline, a search with a query',
    make: async () => {
      const el = await markup(`<coop-timeline src="${SMALL}" searchable></coop-timeline>`, 'button.item');
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'bamako';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => root(el).querySelectorAll('button.item').length === 2, 'the search did not filter');
      return el;
    },
  },
  { name: 'timeline, error', make: () => markup('<coop-timeline src="/does-not-exist.json"></coop-timeline>', '[role="alert"]') },
  { name: 'timeline, empty', make: () => markup(`<coop-timeline src="${SMALL}" country="JP"></coop-timeline>`, '.state[role="status"]') },
  { name: 'timeline, loading', make: () => markup('<coop-timeline src="/__slow?ms=20000"></coop-timeline>', '.state.loading') },
  { name: 'timeline, 320 px', make: () => markup('<coop-timeline institution="chu-marrakech"></coop-timeline>', 'button.item', { width: 320 }) },
  // ——— cards and filters ———
  { name: 'card, default', make: () => markup('<coop-card partnership="angers-tlemcen"></coop-card>', '.locator[role="img"]') },
  { name: 'card, several partners', make: () => markup('<coop-card partnership="clermont-hanoi"></coop-card>', 'h2') },
  { name: 'card, compact', make: () => markup('<coop-card partnership="angers-tlemcen" compact></coop-card>', 'h2') },
  { name: 'card, waiting for a selection', make: () => markup('<coop-card group="a11y-invite"></coop-card>', '.invite') },
  { name: 'card, unknown id', make: () => markup('<coop-card partnership="angers-tlemcem"></coop-card>', '[role="alert"], .state') },
  { name: 'card, 320 px', make: () => markup('<coop-card partnership="clermont-hanoi"></coop-card>', 'h2', { width: 320 }) },
  { name: 'cards, a grid', make: () => markup('<coop-cards institution="chu-marrakech"></coop-cards>', '.grid li') },
  {
    name: 'filters with their group, a choice made',
    make: async () => {
      const el = await markup(`<coop-filters group="a11y-f"></coop-filters><coop-map group="a11y-f" src="${SMALL}"></coop-map>`, 'fieldset');
      root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await aTimeout(100);
      return el;
    },
  },
];

describe('axe on every state', function () {
  this.timeout(60000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const state of STATES) {
    it(state.name, async () => {
      await expectAccessible(await state.make(), state.name);
    });
  }

  for (const page of ['#ffffff', '#101418']) {
    for (const theme of ['light', 'dark']) {
      it(`${theme} theme on a ${page === '#ffffff' ? 'light' : 'dark'} page: map, timeline, card, filters`, async () => {
        const el = await markup(
          `<coop-filters theme="${theme}" group="a11y-${theme}${page}"></coop-filters>
           <coop-map theme="${theme}" institution="chu-angers" group="a11y-${theme}${page}"></coop-map>
           <coop-timeline theme="${theme}" institution="chu-angers" group="a11y-${theme}${page}"></coop-timeline>
           <coop-card theme="${theme}" partnership="angers-tlemcen"></coop-card>`,
          'fieldset',
          { page },
        );
        const holder = el.parentElement!;
        await ready(holder.querySelector('coop-map')!, '.marks .mark');
        await ready(holder.querySelector('coop-timeline')!, 'button.item');
        await ready(holder.querySelector('coop-card')!, 'h2');
        await expectAccessible(el, `${theme} theme on ${page}`);
      });
    }
  }

  it('forced colours: map, timeline, card', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await markup(
        '<coop-map institution="chu-angers"></coop-map><coop-timeline institution="chu-angers"></coop-timeline><coop-card partnership="angers-tlemcen"></coop-card>',
        '.marks .mark',
      );
      await ready(el.parentElement!.querySelector('coop-timeline')!, 'button.item');
      await ready(el.parentElement!.querySelector('coop-card')!, 'h2');
      await expectAccessible(el, 'forced colours');
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('an Arabic right-to-left page: map (a group), timeline, card, filters', async () => {
    document.documentElement.lang = 'ar';
    try {
      await setLocale('ar');
      const el = await markup(
        `<coop-filters group="a11y-ar"></coop-filters><coop-map institution="chu-angers" group="a11y-ar"></coop-map><coop-timeline institution="chu-marrakech" group="a11y-ar"></coop-timeline><coop-card partnership="angers-tlemcen"></coop-card>`,
        'fieldset',
        { dir: 'rtl' },
      );
      const holder = el.parentElement!;
      await ready(holder.querySelector('coop-map')!, '.marks .cluster-mark');
      await ready(holder.querySelector('coop-timeline')!, 'button.item');
      await ready(holder.querySelector('coop-card')!, 'h2');
      await expectAccessible(el, 'Arabic page');
    } finally {
      document.documentElement.lang = 'en';
      await setLocale(null);
    }
  });
});
