/**
 * What a screen reader gets, checked on the elements as a page shows them: text alternatives
 * (the map's table names every partner the map draws, with its place; the timeline's list
 * every event with its date); accessible names that contain the visible text (WCAG 2.5.3,
 * RGAA 7.1) in French, English and Arabic; the language of parts (a French text on an English
 * or Arabic page carries `lang="fr"`, quotes included: WCAG 3.1.2, RGAA 8.7); loading, results
 * and errors told through live regions without moving the focus (WCAG 4.1.3).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/map.js';
import '../../src/timeline.js';
import '../../src/card.js';
import '../../src/filters.js';
import { setLocale } from '../../src/localization.js';
import bundledJson from '../../data/cooperation.json';
import smallJson from '../fixtures/small-dataset.json';
import type { CooperationDataset } from '../../src/data/schema.generated.js';
import { formatPartialDate } from '../../src/time/format-date.js';

const bundled = bundledJson as unknown as CooperationDataset;
const small = smallJson as unknown as CooperationDataset;
const SMALL = new URL('/__raw/test/fixtures/small-dataset.json', location.href).href;
const root = (el: Element) => el.shadowRoot!;
const ready = (el: Element, selector: string) => waitUntil(() => root(el)?.querySelector(selector), `${el.localName} did not render ${selector}`, { timeout: 15000 });
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function mount(markup: string): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrapper.innerHTML = markup;
  return [...wrapper.children] as HTMLElement[];
}

/** Every element of `node`'s tree, shadow roots included. */
function* deep(node: Element | ShadowRoot): Generator<Element> {
  for (const child of node.children) {
    yield child;
    if (child.shadowRoot) yield* deep(child.shadowRoot);
    yield* deep(child);
  }
}

/** The text a sighted visitor reads on `el`: its text without what is hidden from everyone or from assistive technology. */
function visibleText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true' || node.classList.contains('visually-hidden')) return;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      node.childNodes.forEach(walk);
    }
  };
  el.childNodes.forEach(walk);
  return squash(text);
}

/** The accessible name of a control, as the accessible name computation gives it for ours: aria-labelledby, aria-label, a label, else its content. */
function accessibleName(el: Element): string {
  const scope = el.getRootNode() as ShadowRoot | Document;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => scope.getElementById(id)?.textContent ?? '').join(' '));
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  if (el instanceof HTMLInputElement && el.labels?.length) return squash([...el.labels].map((l) => l.textContent).join(' '));
  return squash(el.textContent);
}

/** The controls of `elements` whose accessible name does not contain their visible text. */
function nameMismatches(elements: Element[]): string[] {
  const controls = elements.flatMap((el) => [...deep(root(el))]).filter((n) => n.matches('button, a[href], summary, input, select, [role="button"], [role="link"], [role="checkbox"], [role="tab"]'));
  expect(controls.length, 'controls found').to.be.above(10);
  return controls.flatMap((control) => {
    const visible = control instanceof HTMLInputElement ? '' : visibleText(control);
    const name = accessibleName(control);
    // Compared as WCAG 2.5.3 does, word for word: the separators a screen reader hears (", ")
    // and the spaces between visible boxes do not count.
    const words = (text: string) => text.toLowerCase().replace(/[\p{P}\p{Z}\s]+/gu, '');
    return visible && !words(name).includes(words(visible)) ? [`${control.localName}.${[...control.classList].join('.')}: visible “${visible}”, name “${name}”`] : [];
  });
}

describe('semantics', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(async () => {
    document.documentElement.lang = 'fr';
    await setLocale(null);
  });

  it('the map’s table names every partner the map draws, with its city and country', async () => {
    const [map] = await mount('<coop-map institution="chu-angers" view="table"></coop-map>');
    await ready(map, 'table tbody tr');
    const rows = [...root(map).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => squash(c.textContent)));
    const partners = bundled.partnerships.filter((p) => p.institution === 'chu-angers').flatMap((p) => p.partners);
    expect(rows.length).to.equal(partners.length);
    const displayNames = new Intl.DisplayNames(['fr'], { type: 'region' });
    for (const partner of partners) {
      // A partner without a name is listed under its partnership's title.
      const name = squash(partner.name?.fr ?? '');
      const country = partner.country ? displayNames.of(partner.country) : null;
      const row = rows.find((cells) => (!name || cells[0] === name) && (!partner.city || cells[1] === partner.city) && (!country || cells[2] === country));
      expect(row, `a row for ${name || 'an unnamed partner'} with ${partner.city}, ${country}`).to.not.equal(undefined);
      expect(row![0].length, 'the row names its partner').to.be.above(2);
    }
  });

  it('the timeline’s list names every event with its date, in the axis view and in the list view', async () => {
    for (const width of [1000, 400]) {
      const [timeline] = await mount(`<coop-timeline src="${SMALL}" style="width: ${width}px"></coop-timeline>`);
      await ready(timeline, 'button.item');
      await aTimeout(50);
      const texts = [...root(timeline).querySelectorAll('ol li')].map((li) => squash(li.textContent));
      for (const event of small.events) {
        const title = event.title.fr;
        const date = formatPartialDate(event.date, 'fr');
        expect(texts.some((t) => t.includes(title) && t.includes(date)), `${width}px: “${title}” with “${date}” in ${JSON.stringify(texts)}`).to.equal(true);
      }
    }
  });

  for (const lang of ['fr', 'en', 'ar']) {
    it(`every control’s accessible name contains its visible text (${lang})`, async () => {
      document.documentElement.lang = lang;
      await setLocale(lang);
      const elements = await mount(
        `<coop-filters group="names-${lang}"></coop-filters>
         <coop-map institution="chu-angers" group="names-${lang}"></coop-map>
         <coop-map institution="chu-angers" view="table"></coop-map>
         <coop-timeline src="${SMALL}" searchable group-by="partnership"></coop-timeline>
         <coop-timeline src="${SMALL}" style="width: 400px"></coop-timeline>
         <coop-card partnership="angers-tlemcen"></coop-card>
         <coop-cards src="${SMALL}"></coop-cards>`,
      );
      const [filters, map, table, timeline, list, card, cards] = elements;
      await ready(filters, 'fieldset');
      await ready(map, '.marks .cluster-mark');
      await ready(table, 'table');
      await ready(timeline, 'button.item');
      await ready(list, 'button.item');
      await ready(card, '.locator');
      await ready(cards, '.grid coop-card');
      await aTimeout(100);
      expect(nameMismatches(elements)).to.deep.equal([]);
    });
  }

  it('a French text on an English page carries lang="fr": titles, domains, descriptions, lanes and quotes', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    // The fixture, with a domain the file labels in French only.
    const data = { ...small, domains: { ...small.domains, 'palliative-care': { fr: 'Soins palliatifs' } } };
    const own = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const [map, timeline, card] = await mount(
      `<coop-map src="${own}" view="table"></coop-map>
       <coop-timeline src="${SMALL}" group-by="partnership" selected-event="e-2014"></coop-timeline>
       <coop-card src="${SMALL}" partnership="beta-kenya"></coop-card>`,
    );
    await ready(map, 'table');
    await ready(timeline, '.details');
    await ready(card, 'h2, h3');
    await aTimeout(100);
    /** The `lang` the text node that reads `text` is in: the closest `lang` up to the element, else the page's. */
    const langOf = (el: Element, text: string) => {
      const holder = [...deep(root(el))].find((n) => [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && squash(c.textContent) === text));
      expect(holder, `“${text}” in ${el.localName}`).to.not.equal(undefined);
      return holder!.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    };
    // In English where the data has English; in French, marked, where it has only French.
    expect(langOf(timeline, 'Open-heart mission')).to.equal('en');
    expect(langOf(timeline, 'Exposition des 40 ans')).to.equal('fr');
    expect(langOf(timeline, 'Alpha – Hanoï'), 'a lane named by a French-only partnership').to.equal('fr');
    expect(langOf(map, 'Soins palliatifs'), 'a domain with only a French label').to.equal('fr');
    expect(langOf(card, 'Soins palliatifs au Kenya'), 'the card’s title').to.equal('fr');
    // The page's own words stay in the page's language.
    expect(squash(root(card).querySelector('dt')?.textContent)).to.match(/^[A-Z][a-z]/);
    expect(root(card).querySelector('dt')!.closest('[lang]')?.getAttribute('lang') ?? 'en').to.equal('en');
  });

  for (const lang of ['en', 'ar']) {
    it(`quotes from the sources are marked French on an ${lang === 'en' ? 'English' : 'Arabic'} page`, async () => {
      document.documentElement.lang = lang;
      await setLocale(lang);
      const [card] = await mount('<coop-card partnership="angers-tlemcen"></coop-card>');
      await ready(card, 'blockquote');
      const quotes = [...root(card).querySelectorAll('blockquote')];
      expect(quotes.length).to.be.above(0);
      for (const quote of quotes) expect(quote.closest('[lang]')?.getAttribute('lang')).to.equal('fr');
    });
  }

  it('loading, the count shown and errors are live regions, and none of them moves the focus', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    before.focus();
    const [map, timeline, broken] = await mount(
      `<coop-map src="${SMALL}"></coop-map>
       <coop-timeline src="${SMALL}" searchable></coop-timeline>
       <coop-map src="${new URL('/__raw/test/fixtures/broken.json', location.href).href}"></coop-map>`,
    );
    // Loading is told as a status while it lasts (the map shows it before its data arrives).
    const loading = root(map).querySelector('.state[role="status"]');
    expect(loading, 'a status while loading').to.not.equal(null);
    await ready(map, '.marks .mark');
    await ready(timeline, 'button.item');
    await ready(broken, '[role="alert"]');
    // The map's count of what it shows is a status: a change of filters is told.
    const summary = root(map).querySelector('.summary')!;
    expect(summary.getAttribute('role')).to.equal('status');
    expect(squash(summary.textContent)).to.match(/\d+ partenaires? dans \d+ pays/);
    map.setAttribute('status', 'active');
    await waitUntil(() => /^1 partenaire|^\d+ partenaires/.test(squash(summary.textContent)));
    // A search tells how many events it found.
    const input = root(timeline).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'mission';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => squash(root(timeline).querySelector('.visually-hidden[role="status"]')?.textContent).length > 0, 'the search result is told');
    // An error is an alert, with the reason.
    expect(squash(root(broken).querySelector('[role="alert"]')!.textContent).length).to.be.above(10);
    // Through all of it, the focus stayed where the visitor had put it.
    expect(document.activeElement).to.equal(before);
  });
});
