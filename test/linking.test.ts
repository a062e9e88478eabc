import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/map.js';
import '../src/card.js';
import '../src/timeline.js';
import type { CoopMap } from '../src/map.js';
import type { CoopCard } from '../src/card.js';
import { hashWithSelection, selectionFromHash } from '../src/model/group-address.js';

const ready = (el: HTMLElement, selector: string) =>
  waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} did not render ${selector}`, { timeout: 15000 });
const cardTitle = (card: CoopCard) => card.shadowRoot!.querySelector('.title')?.textContent ?? null;
const partnerMark = (map: CoopMap, label: string) =>
  [...map.shadowRoot!.querySelectorAll<SVGGElement>('.mark')].find((m) => m.getAttribute('aria-label') === label)!;

describe('linked views', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reads and writes selections in the hash without touching other parameters', () => {
    expect(selectionFromHash('#coop=angers-tlemcen', '')).to.deep.equal({ partnershipId: 'angers-tlemcen' });
    expect(selectionFromHash('#x=1&coop.b=aphp-x/ev-1', 'b')).to.deep.equal({ partnershipId: 'aphp-x', eventId: 'ev-1' });
    expect(selectionFromHash('#coop.b=aphp-x', '')).to.equal(null);
    expect(hashWithSelection('#x=1', '', { partnershipId: 'a-b' })).to.equal('#x=1&coop=a-b');
    expect(hashWithSelection('#x=1&coop=a-b', '', { partnershipId: null })).to.equal('#x=1');
    expect(hashWithSelection('', 'g', { partnershipId: 'a', eventId: 'e' })).to.equal('#coop.g=a/e');
  });

  it('makes the card follow a selection on the map', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <coop-map institution="chu-angers" group="t1" style="width: 700px"></coop-map>
      <coop-card group="t1"></coop-card>
    </div>`);
    const map = page.querySelector('coop-map')!;
    const card = page.querySelector('coop-card')!;
    await ready(map, '.marks .mark');
    await ready(card, '.invite');
    const tlemcen = partnerMark(map, 'CHU de Tlemcen, Tlemcen, Algérie');
    tlemcen.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardTitle(card) === 'Angers – Tlemcen : greffe rénale', 'the card did not follow');
    // And back: Escape on the map clears the card.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => card.shadowRoot!.querySelector('.invite'), 'the card did not clear');
  });

  it('links map, timeline and card: select on the map, the timeline and card follow; select an event, its partnership is selected', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <coop-map institution="chu-angers" group="t8"></coop-map>
      <coop-timeline institution="chu-angers" group="t8"></coop-timeline>
      <coop-card group="t8"></coop-card>
    </div>`);
    const map = page.querySelector('coop-map')!;
    const timeline = page.querySelector('coop-timeline')!;
    const card = page.querySelector('coop-card')!;
    await ready(map, '.marks .mark');
    await ready(timeline, 'button.item');

    partnerMark(map, 'CHU de Tlemcen, Tlemcen, Algérie').focus();
    await sendKeys({ press: 'Enter' });
    await timeline.updateComplete;
    expect(timeline.selected).to.equal('angers-tlemcen');
    await waitUntil(() => cardTitle(card) === 'Angers – Tlemcen : greffe rénale', 'the card did not follow the map');
    // The timeline marks that partnership's event as pressed.
    await waitUntil(() => [...timeline.shadowRoot!.querySelectorAll('button.item[aria-pressed="true"], li.related')].length > 0, 'no highlighted event');

    // Select the Lomé event on the timeline: the map and the card move to its partnership.
    const lome = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.item')].find((b) => b.textContent!.includes('Lomé'))!;
    const selection = oneEvent(timeline, 'coop-select');
    lome.click();
    const { detail } = await selection;
    expect(detail).to.deep.equal({ partnershipId: 'angers-lome', eventId: 'angers-lome-2017-start' });
    await map.updateComplete;
    expect(map.selected).to.equal('angers-lome');
    await waitUntil(() => cardTitle(card)?.includes('Lomé'), 'the card did not follow the timeline');
  });

  it('makes the map follow a compact card, and keeps other groups apart', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <coop-map institution="chu-angers" group="t2" style="width: 700px"></coop-map>
      <coop-map institution="chu-angers" group="t2-other" style="width: 700px"></coop-map>
      <coop-card compact partnership="angers-lome" group="t2"></coop-card>
    </div>`);
    const [map, other] = page.querySelectorAll('coop-map');
    const card = page.querySelector('coop-card')!;
    await ready(map, '.marks .mark');
    await ready(card, 'button.select');
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.select')!.click();
    await map.updateComplete;
    expect(map.selected).to.equal('angers-lome');
    expect(map.getAttribute('selected')).to.equal('angers-lome');
    expect(other.selected).to.equal(null);
  });

  it('shares a selection the page sets with the selected attribute', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <coop-map institution="chu-angers" group="t7" selected="angers-tlemcen" style="width: 700px"></coop-map>
      <coop-card group="t7"></coop-card>
    </div>`);
    const map = page.querySelector('coop-map')!;
    const card = page.querySelector('coop-card')!;
    await waitUntil(() => cardTitle(card)?.includes('Tlemcen'), 'the card did not follow the attribute', { timeout: 10000 });
    map.setAttribute('selected', 'angers-lome');
    await waitUntil(() => cardTitle(card)?.includes('Lomé'), 'the card did not follow the new attribute');
  });

  it('starts a card added later on the current selection', async () => {
    const map = await fixture<CoopMap>(html`<coop-map institution="chu-angers" group="t3" style="width: 700px"></coop-map>`);
    await ready(map, '.marks .mark');
    map.select('angers-panzi');
    const card = await fixture<CoopCard>(html`<coop-card group="t3"></coop-card>`);
    await waitUntil(() => cardTitle(card)?.includes('Panzi'), 'the late card did not start on the selection', { timeout: 10000 });
  });

  it('keeps the selection in the URL hash: a link opens on it, Back and Forward move through selections', async () => {
    history.replaceState(null, '', '#coop.t4=angers-tlemcen');
    const page = await fixture<HTMLDivElement>(html`<div>
      <coop-map institution="chu-angers" group="t4" url-hash style="width: 700px"></coop-map>
      <coop-card group="t4"></coop-card>
    </div>`);
    const map = page.querySelector('coop-map')!;
    const card = page.querySelector('coop-card')!;
    await ready(map, '.marks .mark');
    expect(map.selected).to.equal('angers-tlemcen');
    await waitUntil(() => cardTitle(card)?.includes('Tlemcen'), 'the card did not open on the hash', { timeout: 10000 });

    map.select('angers-lome');
    expect(location.hash).to.equal('#coop.t4=angers-lome');
    map.select('angers-panzi');
    expect(location.hash).to.equal('#coop.t4=angers-panzi');

    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await map.updateComplete;
    expect(map.selected).to.equal('angers-lome');
    await waitUntil(() => cardTitle(card)?.includes('Lomé'), 'Back did not move the card');

    const forward = oneEvent(window, 'popstate');
    history.forward();
    await forward;
    await map.updateComplete;
    expect(map.selected).to.equal('angers-panzi');
  });

  it('opens the card in a modal dialog when the page has none, and gives focus back on Escape', async () => {
    const map = await fixture<CoopMap>(html`<coop-map institution="chu-angers" group="t5" open-card style="width: 700px"></coop-map>`);
    await ready(map, '.marks .mark');
    const tlemcen = partnerMark(map, 'CHU de Tlemcen, Tlemcen, Algérie');
    tlemcen.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.card-dialog')?.open, 'no dialog');
    const dialog = map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.card-dialog')!;
    const card = dialog.querySelector('coop-card')!;
    await ready(card, '.title');
    expect(cardTitle(card)).to.equal('Angers – Tlemcen : greffe rénale');
    // Focus moved into the dialog, and Tab moves it through the dialog's controls (the close
    // button, then the card's own: its sources) and back to the first, never to the page behind.
    const inDialog = () => map.shadowRoot!.activeElement?.closest('dialog') === dialog;
    const stop = () => card.shadowRoot!.activeElement?.localName ?? map.shadowRoot!.activeElement?.localName;
    expect(inDialog(), 'focus moved into the dialog').to.equal(true);
    expect(stop()).to.equal('button');
    const stops: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inDialog(), `Tab ${i + 1} stays in the dialog`).to.equal(true);
      stops.push(stop());
    }
    expect(stops).to.deep.equal(['summary', 'button', 'summary']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(stop(), 'Shift + Tab from the first control goes to the last').to.equal('summary');
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close');
    await aTimeout(0);
    expect(map.shadowRoot!.activeElement).to.equal(partnerMark(map, 'CHU de Tlemcen, Tlemcen, Algérie'));
  });

  it('does not open a dialog when the page has a card of its group', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <coop-map institution="chu-angers" group="t6" open-card style="width: 700px"></coop-map>
      <coop-card group="t6"></coop-card>
    </div>`);
    const map = page.querySelector('coop-map')!;
    await ready(map, '.marks .mark');
    map.select('angers-tlemcen');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('dialog')).to.equal(null);
  });
});
