import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { GroupController } from '../../controllers/group-controller.js';
import { LoadAnnouncer } from '../../controllers/load-announcer.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { WheelHintController, wheelHintStyles } from '../../controllers/wheel-hint-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import type { PartnershipRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { CoopSelectEvent } from '../../events/coop-select.js';
import { equalEarth, loadProjection, PROJECTIONS, projectionName, type MapProjection, type ProjectionName } from '../../geo/map-projection.js';
import { currentLocale } from '../../localization.js';
import { CardDialogController } from '../shared/card-dialog.js';
import { CoopFilteredElement } from '../shared/coop-filtered-element.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import { formatNumber } from '../../format/intl.js';
import { counted } from '../../format/plural.js';
import { loadingState, problemsFor, stateStyles } from '../shared/states.js';
import { AttributeReporter, notChoices, type AttributeIssue } from '../shared/attributes.js';
import { themeStyles } from '../shared/theme.js';
import { ArcCanvas } from './arc-canvas.js';
import { mapStyles } from './coop-map.styles.js';
import { MapFocusController } from './map-focus.js';
import { ZOOM_STEP } from './map-keyboard.js';
import type { MapLayout } from './map-layout.js';
import { MarkLabels, marksLayer } from './map-marks.js';
import { sameTransform, type ZoomTransform } from '../../geo/zoom-transform.js';
import { CANVAS_ARCS, MapModel, MAX_ZOOM, screenTransform, type Mark } from './map-model.js';
import { mapLegend, tooltip, worldLayer, zoomButtons } from './map-parts.js';
import { mapTable, tableRows } from './map-table.js';

/**
 * A world map of a hospital's international partners: home institution(s), partner
 * locations, great-circle arcs, with tooltips, zoom and pan, keyboard access, and a table
 * of the same partners one click away.
 *
 * @summary The partners of one or more hospitals on a world map.
 * @tagname coop-map
 *
 * @fires {CoopSelectEvent} coop-select - A user selected a partner (Enter, click) or cleared the selection (Escape). `detail: { partnershipId }`.
 * @fires {CoopLoadEvent} coop-load - Data was loaded and rendered (once per dataset and filters). `detail: { partnerships, events }`.
 * @fires {CoopErrorEvent} coop-error - Data could not be loaded, some of it was set aside, or an attribute cannot be used. `detail: { type, message, status?, issues? }`.
 *
 * @csspart frame - The map's box.
 * @csspart table - The table view.
 * @csspart legend - The legend under the map.
 * @csspart toolbar - The summary and the map/table switch.
 *
 * @cssprop --coop-map-land-color - Land; default #e4e1da (dark: #2a3640).
 * @cssprop --coop-map-ocean-color - Ocean; default #eef3f7 (dark: #0f1b24).
 * @cssprop --coop-map-border-color - Borders between countries; default #b3aea3 (dark: #4d5b66).
 * @cssprop --coop-map-partner-country-color - Countries with a partner; default #cfe5e0 (dark: #1d4f49).
 * @cssprop --coop-map-home-color - Home institutions; default #8a1c3c (dark: #f7a8c0).
 * @cssprop --coop-map-arc-color - Arcs; default: the brand colour.
 * @cssprop --coop-map-aspect-ratio - The element's proportions (toolbar, map and legend together), the same before and after it loads; default 3 / 2 (never less than 440px high).
 */
@localized()
export class CoopMap extends CoopFilteredElement {
  static override styles = [themeStyles, stateStyles, downloadStyles, mapStyles, wheelHintStyles];

  /** The projection: equal-earth (default), natural-earth or mercator. */
  @property() projection: ProjectionName | null = null;
  /** The selected partnership's id. */
  @property({ reflect: true }) selected: string | null = null;
  /** Turns off zooming and panning (wheel, drag, pinch, keys and buttons). */
  @property({ type: Boolean, attribute: 'no-zoom' }) noZoom = false;
  /** Which view is shown: the map, or the table of the same partners. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /** Keeps the selection in the address (`#coop=…`): a shared link opens on it, Back/Forward move through selections. */
  @property({ type: Boolean, attribute: 'url-hash' }) urlHash = false;
  /** When the page has no `<coop-card>`, a selection opens the partnership's card in a dialog. */
  @property({ type: Boolean, attribute: 'open-card' }) openCard = false;

  /** The world of the projection asked for (Equal Earth until another one has loaded). */
  @state() private world: MapProjection = equalEarth;

  private get frame() {
    return this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
  }
  private get canvas() {
    return this.renderRoot.querySelector('canvas') ?? undefined;
  }
  private get tooltipBox() {
    return this.renderRoot.querySelector<HTMLElement>('.tooltip') ?? undefined;
  }

  private readonly data = new DatasetController(this, () => this.dataRequest());
  private readonly size = new ResizeController(this, () => this.frame);
  private readonly model = new MapModel();
  private readonly wheelHint = new WheelHintController(this);
  private readonly zoom = new ZoomController(this, {
    limits: () => ({ minK: 1, maxK: MAX_ZOOM, width: this.size.width, height: this.size.height }),
    dragsFrom: (target) => !target.closest('.zoom'),
    onPlainWheel: () => this.wheelHint.show(),
    // During a gesture every layer, marks included, is moved from where it was drawn at rest:
    // composited, no render per frame; the marks are drawn afresh (and regrouped) at the end.
    moved: () => (this.moveLayers(), true),
  });
  /** The link group: the one owner of the selection this map shows and of the visitors' filters. */
  private readonly groupLink = new GroupController(this, {
    selected: (selection) => (this.selected = selection.partnershipId),
    hasOwnSelection: () => this.hasAttribute('selected'),
    filtered: () => this.requestUpdate(),
    keepsHash: () => this.urlHash,
    offer: () => (this.data.dataset ? { dataset: this.data.dataset, partnerships: this.model.available(this.data.dataset, this.filter) } : null),
  });
  private readonly markFocus = new MapFocusController(this, {
    marks: () => this.marks(),
    selected: () => this.selected,
    select: (id) => this.select(id),
    zoomBy: (factor) => this.zoomBy(factor),
    panBy: (dx, dy) => this.panBy(dx, dy),
    resetZoom: () => this.resetZoom(),
  });
  private readonly markLabels = new MarkLabels();
  private readonly cardDialog = new CardDialogController(this, () => this.groupLink.store);
  private readonly attributeReport = new AttributeReporter(this, () => this.attributeIssues());
  private readonly arcCanvas = new ArcCanvas();
  /** The layout and fit whose initial view the zoom was last set to. */
  private framed: { layout: MapLayout; fit: object; initial: ZoomTransform } | null = null;
  private readonly loaded = new LoadAnnouncer(this, () => {
    const dataset = this.data.status === 'loaded' ? this.data.dataset : null;
    const partnerships = dataset ? this.partnerships() : null;
    return partnerships && { key: partnerships, detail: () => ({ partnerships: partnerships.length, events: partnerships.reduce((n, p) => n + (dataset!.eventsByPartnership.get(p.id)?.length ?? 0), 0) }) };
  });

  // ——— derived ———

  /** The partnerships shown: those the page's filters and the visitors' keep. */
  private partnerships(): PartnershipRecord[] {
    return this.data.dataset ? this.model.partnerships(this.data.dataset, this.shownFilters(this.groupLink.filters)) : [];
  }

  private layout(): MapLayout | null {
    return this.data.dataset ? this.model.layout(this.data.dataset, this.partnerships(), this.world) : null;
  }

  private fit() {
    return this.model.fit(this.world, this.size.width, this.size.height);
  }

  /** The marks on screen, in keyboard order. */
  private marks(): Mark[] {
    const layout = this.layout();
    const fit = this.fit();
    if (!layout || !fit.k) return [];
    // Made at rest; during a gesture the layer they are in follows it, then they are made again.
    const rest = screenTransform(fit, this.zoom.settled);
    return this.model.marks(layout, this.model.clusters(layout, rest), rest, this.size.width, this.size.height, this.markFocus.openCluster);
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('projection')) this.loadWorld(projectionName(this.projection));
    // A new layout or size opens on its partners.
    const layout = this.layout();
    const fit = this.fit();
    if (layout && fit.k && (this.framed?.layout !== layout || this.framed.fit !== fit)) {
      const initial = this.model.initial(layout, fit, this.size.width, this.size.height);
      const before = this.framed?.initial;
      this.framed = { layout, fit, initial };
      // The same view again (the data in another language): the visitor's zoom stays.
      if (before && sameTransform(before, initial)) return;
      this.markFocus.closeCluster();
      this.zoom.set(initial);
    }
  }

  private loadWorld(name: ProjectionName): void {
    if (name === 'equal-earth') this.world = equalEarth;
    // Only the latest request counts: the attribute may change again while one loads.
    else void loadProjection(name).then((world) => projectionName(this.projection) === name && (this.world = world));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A selection the page set (the `selected` attribute or property) is the group's.
    if (changed.has('selected')) this.groupLink.adopt({ partnershipId: this.selected });
    this.zoom.attach(this.frame && this.data.status === 'loaded' && !this.noZoom ? this.frame : null);
    this.drawBaseLayers();
    this.positionTooltip();
    this.loaded.announce();
  }

  /** Draws the arcs canvas at rest, and puts the layers where the transform says. */
  private drawBaseLayers(): void {
    const { width, height } = this.size;
    const layout = this.layout();
    const fit = this.fit();
    if (this.canvas && layout && fit.k) this.arcCanvas.draw(this.canvas, layout, screenTransform(fit, this.zoom.settled), this.selected, width, height);
    this.moveLayers();
  }

  /**
   * During a gesture, moves the world, the arcs and the marks with a CSS transform from where
   * they were drawn at rest (composited, nothing drawn again); at rest, no transform.
   */
  private moveLayers(): void {
    const t = this.zoom.transform;
    const d = this.zoom.settled;
    const s = t.k / d.k;
    const relative = this.zoom.gesturing ? `translate(${t.x - d.x * s}px, ${t.y - d.y * s}px) scale(${s})` : '';
    this.frame?.classList.toggle('moving', this.zoom.gesturing);
    for (const layer of this.renderRoot.querySelectorAll<HTMLElement | SVGElement>('.base, canvas, .marks')) layer.style.transform = relative;
  }

  /** Beside the mark, flipped to stay inside the map; through the CSSOM, which a strict CSP allows. */
  private positionTooltip(): void {
    const box = this.tooltipBox;
    const tip = this.markFocus.tipKey;
    const mark = tip ? this.marks().find((m) => m.key === tip) : undefined;
    if (!box || !mark) return;
    const { width, height } = this.size;
    const rect = box.getBoundingClientRect();
    const left = mark.x + 14 + rect.width > width ? Math.max(4, mark.x - 14 - rect.width) : mark.x + 14;
    const top = Math.min(Math.max(4, mark.y - rect.height / 2), Math.max(4, height - rect.height - 4));
    box.style.translate = `${Math.round(left)}px ${Math.round(top)}px`;
  }

  // ——— render ———

  protected override render() {
    const locale = currentLocale();
    const { status, dataset, error } = this.data;
    const loaded = status === 'loaded' && !!dataset;
    const partnerships = this.partnerships();
    const title = this.heading(locale);
    const shown = loaded && partnerships.length > 0;
    return html`
      <div class="toolbar" part="toolbar">
        <p class="summary" id="summary" role="status">${loaded ? this.summary(partnerships, locale) : nothing}${loaded && error ? problemsFor(this, true)?.problemsLink(this, error, shown) : nothing}</p>
        ${shown
          ? html`<div class="actions">
              ${this.view === 'map'
                ? downloadButtons(
                    { group: msg('Télécharger la carte'), svg: msg('Télécharger la carte en SVG'), png: msg('Télécharger la carte en PNG') },
                    (format) => void this.download(format),
                  )
                : nothing}
              <div class="views segmented" role="group" aria-label=${msg('Affichage')}>
                <button type="button" aria-pressed=${this.view === 'map' ? 'true' : 'false'} @click=${() => this.setView('map')}>${msg('Carte')}</button>
                <button type="button" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => this.setView('table')}>${msg('Tableau')}</button>
              </div>
            </div>`
          : nothing}
      </div>
      ${shown && this.view === 'table'
        ? mapTable({
            rows: tableRows(partnerships),
            dataset,
            locale,
            caption: title,
            selected: this.selected,
            showInstitution: new Set(partnerships.map((p) => p.institution)).size > 1,
            onSelect: (id) => this.select(id),
          })
        : this.renderFrame(shown, title, locale)}
      ${this.view === 'map' ? mapLegend() : nothing}
      ${loaded && error ? problemsFor(this, true)?.setAsideNotice(error) : nothing} ${this.attributeReport.notice((i) => i.attribute === 'institution')}
      ${this.cardDialog.template()}
    `;
  }

  private renderFrame(shown: boolean, title: string, locale: string) {
    const { status, error } = this.data;
    const { width, height } = this.size;
    const layout = this.layout();
    const fit = this.fit();
    const manyArcs = (layout?.arcs.length ?? 0) > CANVAS_ARCS;
    const marks = this.marks();
    return html`<div
      class="frame ${this.noZoom ? '' : 'zoomable'}"
      part="frame"
      role=${shown ? 'group' : nothing}
      aria-label=${shown ? title : nothing}
      aria-describedby=${shown ? 'summary help' : nothing}
    >
      ${width && fit.k ? worldLayer(this.world, layout, screenTransform(fit, this.zoom.settled), width, height, !manyArcs, this.selected) : html`<svg class="layer base" aria-hidden="true"></svg>`}
      ${manyArcs ? html`<canvas class="layer base-canvas" aria-hidden="true"></canvas>` : nothing} ${status === 'loaded' && layout ? marksLayer(marks, { width, height, selected: this.selected, label: this.markLabels.of(layout, locale), focus: this.markFocus }) : nothing}
      ${shown && !this.noZoom
        ? zoomButtons({ zoomIn: () => this.zoomBy(ZOOM_STEP), zoomOut: () => this.zoomBy(1 / ZOOM_STEP), reset: () => this.resetZoom() })
        : nothing}
      ${tooltip(marks.find((m) => m.key === this.markFocus.tipKey), this.data.dataset, locale)} ${this.wheelHint.template()}
      ${status === 'loading' ? loadingState(msg('Chargement de la carte…')) : nothing}
      ${status === 'failed' ? problemsFor(this, true)?.failureState(msg('Les données de la carte n’ont pas pu être chargées.'), error!) : nothing}
      ${shown ? this.keyboardHelp() : nothing}
      ${status === 'loaded' && !shown ? problemsFor(this, true)?.emptyState(this.data.dataset!, 'partners', { institutions: this.filter.institutions ?? null, rejected: error }) : nothing}
    </div>`;
  }

  /** What the keys do, which the map's description refers to (in the frame: a positioned box, where it covers nothing). */
  private keyboardHelp() {
    return html`<p id="help" class="visually-hidden">${msg(
      "Tab pour atteindre les partenaires, flèches pour passer de l'un à l'autre, Entrée pour sélectionner ou ouvrir un groupe, Échap pour annuler, + et − pour zoomer, Maj + flèches pour déplacer la carte. Le bouton Tableau montre les mêmes informations.",
    )}</p>`;
  }

  private heading(locale: string): string {
    const names = (this.filter.institutions ?? []).map((id) => textIn(this.data.dataset?.institutionById.get(id)?.name, locale)).filter(Boolean);
    return names.length ? msg(str`Partenaires internationaux : ${names.join(', ')}`) : msg('Partenaires internationaux');
  }

  private summary(partnerships: readonly PartnershipRecord[], locale: string): string {
    const partnerCount = partnerships.reduce((n, p) => n + p.partners.length, 0);
    if (!partnerCount) return '';
    const partners = formatNumber(partnerCount, locale);
    const countries = formatNumber(new Set(partnerships.flatMap((p) => p.countries)).size, locale);
    const unlocated = this.layout()?.unlocated.length ?? 0;
    const base = counted(partnerCount, locale, () => msg(str`1 partenaire dans ${countries} pays`), () => msg(str`${partners} partenaires dans ${countries} pays`));
    if (!unlocated) return base;
    const rest = counted(unlocated, locale, () => msg('1 sans lieu précis, listé dans le tableau'), () => msg(str`${unlocated} sans lieu précis, listés dans le tableau`));
    return `${base} · ${rest}`;
  }

  /** Attributes this map cannot use (an unknown institution only once the data says so). */
  private attributeIssues(): AttributeIssue[] | null {
    const dataset = this.data.dataset;
    if (this.data.status === 'loading') return null;
    return [
      ...this.filterIssues(dataset),
      notChoices('projection', this.projection, PROJECTIONS, true),
      notChoices('view', this.view, ['map', 'table'], true),
    ].filter((i): i is AttributeIssue => i !== null);
  }

  // ——— interaction ———

  /** Selects a partnership (or clears the selection with null) and says so with `coop-select`. */
  select(partnershipId: string | null): void {
    if (this.selected !== partnershipId) {
      this.selected = partnershipId;
      this.groupLink.select({ partnershipId }, true);
      this.dispatchEvent(new CoopSelectEvent({ partnershipId }));
    }
    void this.cardDialog.open(partnershipId);
  }

  private setView(view: 'map' | 'table'): void {
    this.view = view;
    this.markFocus.hideTip();
  }

  private zoomBy(factor: number): void {
    if (!this.noZoom) this.zoom.scaleBy(factor);
  }

  private panBy(dx: number, dy: number): void {
    if (!this.noZoom) this.zoom.translateBy(dx, dy);
  }

  private resetZoom(): void {
    const layout = this.layout();
    if (layout && !this.noZoom) this.zoom.set(this.model.initial(layout, this.fit(), this.size.width, this.size.height));
  }

  // ——— export ———

  /**
   * The map as it is on screen, as a standalone SVG document (colours resolved, title
   * included): what the SVG download saves. The export code loads on first use.
   */
  async exportSvg(): Promise<string> {
    const { mapSvg } = await import('./map-export.js');
    const { width, height } = this.size;
    const layout = this.layout();
    return mapSvg({
      root: this.renderRoot,
      layout,
      canvasArcs: (layout?.arcs.length ?? 0) > CANVAS_ARCS,
      width,
      height,
      title: this.heading(currentLocale()),
      style: getComputedStyle(this),
    });
  }

  /** Downloads the map as an SVG or PNG file. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const [{ saveDrawing }, source] = await Promise.all([import('../../export/standalone-svg.js'), this.exportSvg()]);
    await saveDrawing(format, source, this.heading(currentLocale()), this.size.width, this.size.height);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-map': CoopMap;
  }
}
