/**
 * Using a `<coop-map>`: the keyboard (Tab into the marks, arrows, Enter, Escape), opening a
 * group of partners, the tooltip on focus, hover and tap, the table view, zooming and
 * panning (buttons, keys, Ctrl + wheel, drag; none with `no-zoom`), and SVG and PNG export.
 * On the bundled data (CHU d'Angers, CHU Clermont-Ferrand's partners in Hanoï), counts read
 * from data/cooperation.json. Rendering, filters, states and themes: test/coop-map.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { bundled, drawn, focused, loaded, locatedPartners, mapOf, marks, partnerMarks } from './helpers/map-fixtures.js';

describe('<coop-map> interaction', () => {
  it('can be used by keyboard: Tab in, arrows between partners, Enter selects, Escape clears', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><coop-map institution="chu-angers" style="width: 800px"></coop-map></div>`);
    const el = await loaded(wrapper.querySelector('coop-map')!);
    (document.getElementById('before') as HTMLButtonElement).focus();
    // Past the toolbar's buttons (downloads, map/table switch), into the map.
    const stops: string[] = [];
    for (let i = 0; i < 6 && !focused(el)?.classList?.contains('mark'); i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused(el)?.textContent?.trim() ?? '');
    }
    expect(stops.slice(0, 4)).to.deep.equal(['SVG', 'PNG', 'Carte', 'Tableau']);
    expect(focused(el)!.classList.contains('mark')).to.equal(true);
    const first = focused(el)!.getAttribute('aria-label');
    // Only one mark is in the tab order at a time (roving tabindex).
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.not.equal(first);

    // Walk to Tlemcen and select it.
    for (let i = 0; i < 10 && focused(el)!.getAttribute('aria-label') !== 'CHU de Tlemcen, Tlemcen, Algérie'; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    const selection = oneEvent(el, 'coop-select');
    await sendKeys({ press: 'Enter' });
    expect((await selection).detail).to.deep.equal({ partnershipId: 'angers-tlemcen' });
    expect(el.selected).to.equal('angers-tlemcen');
    expect(el.getAttribute('selected')).to.equal('angers-tlemcen');
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-pressed')).to.equal('true');

    const clearing = oneEvent(el, 'coop-select');
    await sendKeys({ press: 'Escape' });
    expect((await clearing).detail).to.deep.equal({ partnershipId: null });
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('opens a group of partners with Enter and closes it with Escape', async () => {
    const el = await mapOf(html`<coop-map institution="chu-clermont-ferrand" style="width: 800px"></coop-map>`);
    // The bundled data: CHU Clermont-Ferrand's partners, all in Hanoï.
    const partners = locatedPartners(drawn(bundled, 'chu-clermont-ferrand'));
    expect(partners.length).to.be.above(1);
    expect(partners.filter((p) => p.city === 'Hanoï')).to.have.length(partners.length);
    const cluster = partnerMarks(el).find((m) => m.classList.contains('cluster-mark'))!;
    expect(partnerMarks(el)).to.have.length(1);
    expect(cluster.getAttribute('aria-label')).to.equal(`${partners.length} partenaires : Hanoï, Viêt Nam`);
    expect(cluster.getAttribute('aria-expanded')).to.equal('false');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const members = partnerMarks(el);
    expect(members).to.have.length(partners.length);
    expect(members.map((m) => m.getAttribute('aria-label'))).to.include("Hôpital de l'amitié Viêt Duc, Hanoï, Viêt Nam");
    expect(focused(el)).to.equal(members[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(partnerMarks(el)).to.have.length(1);
    expect(focused(el)!.classList.contains('cluster-mark')).to.equal(true);
  });

  it('shows a tooltip on focus and on hover', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).to.equal(true);
    const tlemcen = partnerMarks(el).find((m) => m.getAttribute('aria-label')!.startsWith('CHU de Tlemcen'))!;
    tlemcen.focus();
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('CHU de Tlemcen');
    expect(tooltip.textContent).to.contain('Greffe rénale');
    expect(tooltip.textContent).to.contain('Depuis 2012');
    expect(tooltip.textContent).to.contain('En cours');
    tlemcen.blur();
    await aTimeout(0);
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);
    tlemcen.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    tlemcen.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);
    // A tap (click) selects and keeps the tooltip open.
    const selection = oneEvent(el, 'coop-select');
    tlemcen.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selection).detail.partnershipId).to.equal('angers-tlemcen');
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
  });

  it('switches to a table of the same partners, which can select too', async () => {
    // A group of its own: the page's default group remembers earlier tests' selections.
    const el = await mapOf(html`<coop-map institution="chu-angers" group="table" style="width: 800px"></coop-map>`);
    const [mapButton, tableButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    tableButton.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    // A row per partner of Angers in the bundled data.
    expect(rows).to.have.length(drawn(bundled, 'chu-angers').flatMap((p) => p.partners).length);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Partenaire', 'Ville', 'Pays', 'Domaines', 'Depuis', 'Statut']);
    const tlemcen = [...rows].find((r) => r.textContent!.includes('Tlemcen'))!;
    expect([...tlemcen.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal([
      'Tlemcen',
      'Algérie',
      'Greffe rénale',
      '2012',
      'En cours',
    ]);
    const selection = oneEvent(el, 'coop-select');
    tlemcen.querySelector('button')!.click();
    expect((await selection).detail.partnershipId).to.equal('angers-tlemcen');
    await expect(el).to.be.accessible();
  });

  it('zooms with the buttons and keys, keeping marks their size', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const group = () => el.shadowRoot!.querySelector('svg.layer g')!.getAttribute('transform')!;
    const radius = () => partnerMarks(el)[0].querySelector('circle.dot, circle.cluster, circle.area')!.getBoundingClientRect().width;
    const before = group();
    const size = radius();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom button')!.click();
    await el.updateComplete;
    expect(group()).to.not.equal(before);
    expect(radius()).to.be.closeTo(size, 0.5);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button')[2].click();
    await el.updateComplete;
    expect(group()).to.equal(before);
    partnerMarks(el)[0].focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(group()).to.not.equal(before);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(group()).to.equal(before);
  });

  it('lets a plain wheel scroll the page, and says how to zoom', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const group = () => el.shadowRoot!.querySelector('svg.layer g')!.getAttribute('transform');
    const before = group();
    el.shadowRoot!.querySelector('.frame')!.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -100 }));
    await el.updateComplete;
    expect(group()).to.equal(before);
    // The hint's words load with the first plain wheel turn.
    await waitUntil(() => el.shadowRoot!.querySelector('.hint'), 'the wheel hint appears');
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.include('Ctrl');
  });

  it('zooms with Ctrl + wheel about the pointer, and pans with a drag that selects nothing', async () => {
    // A group of its own: no selection remembered from another test.
    const el = await mapOf(html`<coop-map institution="chu-angers" group="gestures" style="width: 800px"></coop-map>`);
    const group = () => el.shadowRoot!.querySelector('svg.layer g')!.getAttribute('transform')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(group())![1]);
    const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const box = frame.getBoundingClientRect();
    const before = scale();
    const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -40, clientX: box.left + 100, clientY: box.top + 100 });
    frame.dispatchEvent(wheel);
    await aTimeout(200);
    await el.updateComplete;
    expect(wheel.defaultPrevented, 'a zooming wheel does not scroll the page').to.equal(true);
    expect(scale()).to.be.above(before * 1.5);
    const zoomed = group();
    const selected = new Promise((resolve) => el.addEventListener('coop-select', resolve, { once: true }));
    // A real drag starting on a partner, away and back (the partner ends under the pointer
    // again): the map moved, and the partner is not selected by the release.
    const partner = partnerMarks(el).find((m) => m.classList.contains('partner'))!;
    const dot = () => partner.querySelector('circle.dot, circle.area')!.getBoundingClientRect();
    const [x, y] = [Math.round(dot().left + dot().width / 2), Math.round(dot().top + dot().height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y + 30] });
    await el.updateComplete;
    // During the gesture the world moves as one composited layer, the marks with it.
    expect(el.shadowRoot!.querySelector<SVGElement>('svg.base')!.style.transform).to.match(/translate\(60px, 30px\)/);
    expect(dot().left + dot().width / 2).to.be.closeTo(x + 60, 1);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(await Promise.race([selected.then(() => 'selected'), aTimeout(100).then(() => 'not selected')])).to.equal('not selected');
    expect(group(), 'drawn afresh where the gesture ended').to.equal(zoomed);
    await resetMouse();
  });

  it('offers no zoom with no-zoom: no buttons, and wheel, drag and keys move nothing', async () => {
    await resetMouse();
    const el = await mapOf(html`<coop-map institution="chu-angers" no-zoom style="width: 800px"></coop-map>`);
    expect(el.shadowRoot!.querySelector('.zoom')).to.equal(null);
    const group = () => el.shadowRoot!.querySelector('svg.layer g')!.getAttribute('transform')!;
    const before = group();
    const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const box = frame.getBoundingClientRect();
    frame.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100, clientX: box.left + 50, clientY: box.top + 50 }));
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40), Math.round(box.top + 40)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 140), Math.round(box.top + 90)] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    partnerMarks(el)[0].focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await aTimeout(200);
    await el.updateComplete;
    expect(group()).to.equal(before);
  });

});

describe('<coop-map> export', () => {
  it('exports a valid standalone SVG of what is on screen, colours resolved', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" selected="angers-tlemcen" group="export" style="width: 800px"></coop-map>`);
    const source = await el.exportSvg();
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const root = parsed.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).to.equal("Partenaires internationaux : CHU d'Angers");
    expect(root.querySelectorAll('path.country')).to.have.length(177);
    expect(root.querySelectorAll('path.arc')).to.have.length(locatedPartners(drawn(bundled, 'chu-angers')).length);
    expect(root.querySelectorAll('.mark')).to.have.length(partnerMarks(el).length + 1);
    const css = root.querySelector('style')!.textContent!;
    // The map's own drawing rules (not a copy), with the element's colours resolved.
    expect(css).to.match(/\.country\s*\{\s*fill:\s*#e4e1da;?\s*\}/);
    expect(css).to.match(/\.mark\.tentative \.dot\s*\{/);
    expect(css).to.not.contain('var(');
    expect(css).to.not.match(/\.toolbar|\.table|@media/);
    expect(source).to.not.match(/<script|tabindex|<!--/);
    // It renders on its own, as an image would.
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.equal(Number(root.getAttribute('width')));
  });

  it('offers SVG and PNG downloads from the toolbar', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.downloads button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Télécharger la carte en SVG', 'Télécharger la carte en PNG']);
    const clicked: { name: string; blob: Promise<Blob> }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    };
    try {
      await el.download('svg');
      await el.download('png');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.map((c) => c.name)).to.deep.equal(['partenaires-internationaux-chu-d-angers.svg', 'partenaires-internationaux-chu-d-angers.png']);
    // The PNG is the map, at twice its size: land, ocean and the partners' colour in it.
    const png = await clicked[1].blob;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    // (The map's height is what the element's box leaves it: a fraction of a pixel may round either way.)
    expect(bitmap.width).to.equal(Math.round(frame.width * 2));
    expect(bitmap.height).to.be.within(Math.floor(frame.height * 2) - 1, Math.ceil(frame.height * 2) + 1);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add(`${pixels[i] >> 4},${pixels[i + 1] >> 4},${pixels[i + 2] >> 4}`);
    expect(colours.size, 'distinct colours in the PNG').to.be.above(3);
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) >> 4).join(',');
    const style = getComputedStyle(el);
    for (const name of ['--_land', '--_ocean']) expect(colours, name).to.include(hex(style.getPropertyValue(name).trim()));
  });
});
