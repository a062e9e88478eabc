/**
 * Using a `<coop-timeline>`, on the small fixture (test/fixtures/small-dataset.json; the
 * expected focus, selection and matches read from it): the keyboard (Tab in, arrows, Home,
 * End, lanes, right-to-left pages, Enter, Escape), selection by click, by `selected` and
 * `selected-event` and through a link group, search, the from/to window and zooming with
 * buttons and Ctrl + wheel, virtual rendering of large synthetic datasets (counts that open,
 * lanes out of view), and SVG and PNG export. Rendering, lanes, filters and states:
 * test/coop-timeline.test.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoopSelectEvent } from '../src/events/coop-select.js';
import { syntheticDataset } from '../bench/datasets.js';
import type { CoopTimeline } from '../src/timeline.js';
import { CHRONOLOGICAL, SMALL, button, chronological, eventById, eventKeys, focused, items, keysWhere, mount, navButton, root, settle } from './helpers/timeline-fixtures.js';

/** The keys of the events marked related to the selection. */
const relatedKeys = (el: CoopTimeline) => [...root(el).querySelectorAll<HTMLElement>('li.related .item')].map((b) => b.dataset.key);

describe('<coop-timeline> interaction', () => {
  it('is reached with Tab, moved through with arrows, Home and End, selects with Enter and clears with Escape', async () => {
    const { el, before } = await mount();
    // The focus follows the fixture's events in chronological order.
    const [first, second, third] = CHRONOLOGICAL;
    const last = CHRONOLOGICAL[CHRONOLOGICAL.length - 1];
    const press = async (key: string, expected: string) => {
      await sendKeys({ press: key });
      await settle(el);
      expect(focused(el), `the focus after ${key}`).to.equal(expected);
    };
    // One entry in the tab order (roving tabindex).
    expect(items(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
    before.focus();
    for (let i = 0; i < 8 && !focused(el); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(first);

    await press('ArrowRight', second);
    // In a single lane, Down and Up go on in time.
    await press('ArrowDown', third);
    await press('ArrowUp', second);
    await press('ArrowDown', third);
    await press('End', last);
    await press('ArrowRight', last);
    await press('Home', first);
    await press('ArrowLeft', first);
    expect(items(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.key)).to.deep.equal([first]);

    await press('ArrowRight', second);
    await press('ArrowRight', third);
    const event = eventById(third);
    const selected = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const selection = await selected;
    expect(selection.detail).to.deep.equal({ partnershipId: event.partnership, eventId: third });
    expect(selection.bubbles && selection.composed).to.equal(true);
    await settle(el);
    expect(el.getAttribute('selected')).to.equal(event.partnership);
    expect(el.getAttribute('selected-event')).to.equal(third);
    expect(button(el, third).getAttribute('aria-pressed')).to.equal('true');
    // The other events of its partnership are marked related, and only those.
    const related = CHRONOLOGICAL.filter((id) => id !== third && eventById(id).partnership === event.partnership);
    expect(related).to.have.length.above(0);
    for (const id of CHRONOLOGICAL.filter((id) => id !== third)) {
      expect(button(el, id).closest('li')!.classList.contains('related'), id).to.equal(related.includes(id));
    }
    expect(root(el).querySelector('.details')!.textContent).to.include(event.title.fr);

    const cleared = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ partnershipId: null });
    await settle(el);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(button(el, third).getAttribute('aria-pressed')).to.equal('false');
    expect(root(el).querySelector('.details')).to.equal(null);
  });

  it('goes up and down between lanes, and forwards in time with ArrowLeft in right-to-left pages', async () => {
    const { el } = await mount({ 'group-by': 'institution' });
    button(el, 'e-context').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    // The nearest event in time in the lane above: December 2025 rather than September 2016.
    expect(focused(el)).to.equal('e-planned');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('e-context');

    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const rtl = document.createElement('coop-timeline');
    rtl.src = SMALL;
    const loaded = oneEvent(rtl, 'coop-load');
    wrapper.append(rtl);
    await loaded;
    await settle(rtl);
    const later = CHRONOLOGICAL[CHRONOLOGICAL.indexOf('e-2014') + 1];
    button(rtl, 'e-2014').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(rtl);
    expect(focused(rtl)).to.equal(later);
    // Time runs from the right: later events sit further left.
    expect(button(rtl, later).getBoundingClientRect().right).to.be.below(button(rtl, 'e-2014').getBoundingClientRect().right);
  });

  it('selects with a click, and highlights what `selected` and `selected-event` name', async () => {
    const { el } = await mount({ selected: 'alpha-hanoi' });
    expect(relatedKeys(el)).to.deep.equal(keysWhere((e) => e.partnership === 'alpha-hanoi'));
    expect(button(el, 'e-decade').closest('li')!.classList.contains('related')).to.equal(true);
    const selected = oneEvent(el, 'coop-select') as Promise<CoopSelectEvent>;
    button(el, 'e-context').click();
    expect((await selected).detail).to.deep.equal({ partnershipId: null, eventId: 'e-context' });
    await settle(el);
    expect(root(el).querySelectorAll('li.related')).to.have.length(0);
    el.selectedEvent = 'e-2014';
    el.selected = 'alpha-bamako';
    await settle(el);
    expect(button(el, 'e-2014').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.details-title')!.textContent).to.equal(eventById('e-2014').title.fr);
    await expect(el).to.be.accessible();
  });

  it('follows the selection of its link group, and shares the one its attributes set', async () => {
    const { el } = await mount({ group: 'timeline-test' });
    const other = document.createElement('coop-timeline');
    other.setAttribute('group', 'timeline-test');
    other.src = SMALL;
    const loaded = oneEvent(other, 'coop-load');
    el.parentElement!.append(other);
    await loaded;
    await settle(other);
    button(el, 'e-2014').click();
    await settle(other);
    expect(other.selected).to.equal('alpha-bamako');
    expect(other.selectedEvent).to.equal('e-2014');
    expect(button(other, 'e-2014').getAttribute('aria-pressed')).to.equal('true');
    // Set by the page, not by a user: the group follows without a coop-select.
    let heard = 0;
    const count = () => heard++;
    document.addEventListener('coop-select', count);
    other.selected = 'alpha-hanoi';
    other.selectedEvent = null;
    await settle(el);
    document.removeEventListener('coop-select', count);
    expect(heard).to.equal(0);
    expect(el.selected).to.equal('alpha-hanoi');
    expect(relatedKeys(el)).to.deep.equal(keysWhere((e) => e.partnership === 'alpha-hanoi'));
  });

  it('searches with a labelled box, ignoring accents and case', async () => {
    const { el } = await mount({ searchable: '' });
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.labels![0].textContent).to.equal('Rechercher un événement');
    input.focus();
    await sendKeys({ type: 'COEUR' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-2016']);
    expect(root(el).querySelector('[role="status"].visually-hidden')!.textContent).to.equal('1 événement trouvé');
    input.select();
    await sendKeys({ type: 'hanoi' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(['e-decade', 'e-planned']);
    input.select();
    await sendKeys({ type: 'zzz' });
    await settle(el);
    expect(root(el).querySelector('.frame [role="status"]')!.textContent).to.equal('Aucun événement ne correspond à « zzz ».');
    await expect(el).to.be.accessible();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(eventKeys(el)).to.deep.equal(CHRONOLOGICAL);
  });

  it('opens on the from/to window, and zooms, pans and resets with its buttons', async () => {
    const { el } = await mount({ from: '2014', to: '2016-09' });
    expect(el.visiblePeriod!.start.toISOString()).to.equal('2014-01-01T00:00:00.000Z');
    expect(el.visiblePeriod!.end.toISOString()).to.equal('2016-10-01T00:00:00.000Z');
    const span = () => el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    const initial = span();
    navButton(el, 'Zoomer').click();
    await settle(el);
    expect(span()).to.be.closeTo(initial / 1.6, 1000);
    const start = el.visiblePeriod!.start.getTime();
    navButton(el, 'Période suivante').click();
    await settle(el);
    expect(el.visiblePeriod!.start.getTime()).to.be.above(start);
    navButton(el, 'Revenir à la vue initiale').click();
    await settle(el);
    expect(el.visiblePeriod!.start.toISOString()).to.equal('2014-01-01T00:00:00.000Z');
    expect(span()).to.be.closeTo(initial, 1000);
  });

  it('zooms with Ctrl + wheel only: a plain wheel is left to the page', async () => {
    const { el } = await mount();
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    const box = viewport.getBoundingClientRect();
    const before = el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    const plain = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -200, clientX: box.left + 300, clientY: box.top + 50 });
    viewport.dispatchEvent(plain);
    await settle(el);
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.equal(before);
    await waitUntil(() => root(el).querySelector('.hint'), 'the wheel hint appears');
    expect(root(el).querySelector('.hint')!.textContent).to.include('Ctrl');
    viewport.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -200, clientX: box.left + 300, clientY: box.top + 50 }));
    await settle(el);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.be.below(before);
  });

  it('renders only what is near the view, with dense periods as counts that open when zoomed in', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(50, 3000))], { type: 'application/json' }));
    const { el, load } = await mount({ src }, 1000);
    expect(load.detail.events).to.equal(3000);
    const clusters = root(el).querySelectorAll('li.cluster');
    expect(clusters.length).to.be.above(0);
    expect(root(el).querySelectorAll('li').length).to.be.below(200);
    expect(root(el).getElementById('summary')!.textContent).to.match(/^3\s000 événements au total/u);
    // Activating a count zooms into its period and moves the focus into it: onto its first
    // event (synthetic event N is "Événement N", id e-N), or the smaller count that holds it.
    const first = clusters[0].querySelector<HTMLButtonElement>('.item')!;
    const firstTitle = first.querySelector('.names')!.textContent!.match(/Événement \d+/u)![0];
    const before = el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime();
    first.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()).to.be.below(before / 3);
    expect(focused(el)).to.be.a('string');
    const active = root(el).activeElement as HTMLElement;
    if (active.closest('li.cluster')) {
      expect(focused(el)).to.not.equal(first.dataset.key);
      expect(active.querySelector('.names')!.textContent!.match(/Événement \d+/u)![0], 'the count holding the first event').to.equal(firstTitle);
    } else {
      expect(focused(el)).to.equal(`e-${firstTitle.split(' ')[1]}`);
    }
    // Keep zooming in: single events appear, still a small DOM.
    for (let i = 0; i < 6; i++) el.zoomBy(2);
    await settle(el);
    expect(root(el).querySelectorAll('li.event').length).to.be.above(0);
    expect(root(el).querySelectorAll('li').length).to.be.below(200);
    await expect(el).to.be.accessible();
    URL.revokeObjectURL(src);
  });

  it('renders only the lanes in view, and still reaches the last event with End', async () => {
    const data = syntheticDataset(60, 600);
    const src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const { el } = await mount({ src, 'group-by': 'partnership', from: '2000', to: '2004' }, 1000);
    const rendered = root(el).querySelectorAll('.lane').length;
    expect(rendered).to.be.above(2).and.below(60);
    const lanes = root(el).querySelector<HTMLElement>('.lanes')!;
    expect(lanes.scrollHeight).to.be.above(lanes.clientHeight);
    items(el).find((b) => b.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = root(el).querySelectorAll('.lane-label');
    // The focused entry is the last event of the last lane, scrolled into the lanes' view.
    const lane = (root(el).activeElement as HTMLElement).closest('.lane')!;
    expect(lane.querySelector('.lane-label')!.textContent).to.equal(last[last.length - 1].textContent);
    const title = last[last.length - 1].textContent!.replace(/\(.*\)/, '').trim();
    const partnership = data.partnerships.find((p) => p.title.fr === title)!;
    expect(focused(el)).to.equal(chronological(data.events.filter((e) => e.partnership === partnership.id)).at(-1));
    expect(lanes.scrollTop).to.be.above(0);
    expect(lanes.scrollLeft).to.equal(0);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(lanes.scrollTop).to.equal(0);
    URL.revokeObjectURL(src);
  });
});

describe('<coop-timeline> export', () => {
  it('exports its visible window as a standalone SVG of shapes and text, and as a PNG', async () => {
    const { el } = await mount({ src: SMALL });
    const labels = [...root(el).querySelectorAll('.downloads button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Télécharger la chronologie en SVG', 'Télécharger la chronologie en PNG']);
    const source = await el.exportSvg();
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.equal('Chronologie de la coopération internationale');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // Titles may wrap on two lines: their words, in order, across the lines.
    expect(texts.join(' ')).to.include('Mission cœur ouvert');
    expect(svg.querySelectorAll('rect').length).to.be.above(3);
    expect(source).to.not.match(/foreignObject|<script|var\(/);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.be.above(100);
    // No foreignObject: the canvas stays untainted and a PNG can be made, of the frame at twice its size.
    const files: { name: string; blob: Promise<Blob> }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    };
    try {
      await el.download('png');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(files.map((f) => f.name)).to.deep.equal(['chronologie-de-la-cooperation-internationale.png']);
    const png = await files[0].blob;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const frame = root(el).querySelector('.frame')!.getBoundingClientRect();
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(frame.width * 2), Math.round(frame.height * 2)]);
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4 * 53) if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) inked++;
    expect(inked, 'pixels with text or marks in the PNG').to.be.above(50);
  });
});
