import { localized, msg, str } from '@lit/localize';
import type { GeoProjection } from 'd3-geo';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PartnershipRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { eventsMatching, parseTokenList, partnershipsMatching } from '../../data/query.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { LinkedSelectionController } from '../../controllers/linked-selection-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { WheelHintController, wheelHintStyles } from '../../controllers/wheel-hint-controller.js';
import { CoopLoadEvent } from '../../events/coop-load.js';
import { CoopSelectEvent } from '../../events/coop-select.js';
import { fanOutOffsets } from '../../geo/cluster.js';
import { fitProjection, projectionName } from '../../geo/projection.js';
import { getWorld } from '../../geo/world.js';
import { currentLocale } from '../../localization.js';
import { formatPartialDate } from '../../time/format-date.js';
import { CardDialogController, cardDialogStyles } from '../shared/card-dialog.js';
import { downloadButtons } from '../shared/download-buttons.js';
import { CoopFilteredElement } from '../shared/coop-filtered-element.js';
import { themeStyles } from '../shared/theme.js';
import { countryName, formatNumber } from '../shared/intl.js';
import { partnershipStatusLabel } from '../shared/labels.js';
import { ArcCanvas } from './arc-canvas.js';
import { mapStyles } from './coop-map.styles.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { IDENTITY, sameTransform, transformToFit, type ZoomTransform } from '../../geo/zoom-transform.js';
import { clusterAtZoom, layoutMap, type HomePoint, type MapLayout, type PartnerPoint, type PointCluster } from './map-layout.js';
import { clusterLabel, clusterMark, homeLabel, homeMark, partnerLabel, partnerMark, partnerName, spokes } from './map-marks.js';
import { mapTable, tableRows } from './map-table.js';
import { projectWorld, type WorldPaths } from './world-paths.js';

/** Above this many arcs, arcs are drawn on a canvas: SVG with thousands of paths cannot hold 60 fps. */
const CANVAS_ARCS = 400;
/** Marks closer than this (screen px) are grouped; more partners, wider groups, fewer marks to move each frame. */
const clusterRadius = (points: number) => (points < 500 ? 24 : points < 2000 ? 32 : 40);
const MAX_ZOOM = 32;

/** A mark on screen, in keyboard order. */
type Mark =
  | { type: 'home'; key: string; x: number; y: number; home: HomePoint }
  | { type: 'partner'; key: string; x: number; y: number; point: PartnerPoint; fanned?: { cx: number; cy: number } }
  | { type: 'cluster'; key: string; x: number; y: number; cluster: PointCluster<PartnerPoint> };

/**
 * A world map of a hospital's international partners: home institution(s), partner
 * locations, great-circle arcs, with tooltips, zoom and pan, keyboard access, and a table
 * of the same partners one click away.
 *
 * @summary The partners of one or more hospitals on a world map.
 * @tagname coop-map
 *
 * @fires coop-select - A partner was selected (Enter, click) or the selection cleared (Escape). `detail: { partnershipId }`.
 * @fires coop-load - Data was loaded and rendered. `detail: { partnerships, events }`.
 * @fires coop-error - Data could not be loaded, or some records were rejected. `detail: { type, message, status?, issues? }`.
 *
 * @csspart frame - The map's box.
 * @csspart table - The table view.
 * @csspart legend - The legend under the map.
 * @csspart toolbar - The summary and the map/table switch.
 *
 * @cssprop --coop-brand-color - The partners' colour (markers, arcs); default #00665e.
 * @cssprop --coop-map-land-color - Land; default #e4e1da.
 * @cssprop --coop-map-ocean-color - Ocean; default #eef3f7.
 * @cssprop --coop-map-partner-country-color - Countries with a partner; default #cfe5e0.
 * @cssprop --coop-map-home-color - Home institutions; default #8a1c3c.
 * @cssprop --coop-selected-color - The selected partnership; default #b54708.
 * @cssprop --coop-map-aspect-ratio - The map's proportions; default 16 / 9 (never less than 260px high).
 */
@localized()
export class CoopMap extends CoopFilteredElement {
  static override styles = [themeStyles, mapStyles, cardDialogStyles, wheelHintStyles];

  /** The projection: equal-earth (default), natural-earth or mercator. */
  @property() projection: string | null = null;
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

  @state() private openCluster: string | null = null;
  @state() private tipKey: string | null = null;
  @state() private focusKey: string | null = null;

  @query('.frame') private frame?: HTMLElement;
  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.tooltip') private tooltip?: HTMLElement;

  private readonly data = new DatasetController(this, () => this.dataRequest());
  private readonly size = new ResizeController(this, () => this.frame);
  private readonly cardDialog = new CardDialogController(this);

  private readonly link = new LinkedSelectionController(this, (detail) => {
    this.linkedSelection = detail.partnershipId;
    this.selected = detail.partnershipId;
  });
  /** The last selection received from the group, to tell it from one the page set. */
  private linkedSelection: string | null = null;

  private partnerships: PartnershipRecord[] = [];
  private projectionFn: GeoProjection | null = null;
  private world: WorldPaths | null = null;
  private layout: MapLayout | null = null;
  /** The transform the world and arcs were last drawn at; during a gesture they are moved by CSS from there. */
  private drawnTransform: ZoomTransform = IDENTITY;
  private readonly arcCanvas = new ArcCanvas();
  /** Accessible names by mark key, for the current layout and locale (Intl is slow per frame). */
  private labels = new Map<string, string>();
  private labelsLocale = '';
  private clusters: PointCluster<PartnerPoint>[] = [];
  private marks: Mark[] = [];
  private initialTransform: ZoomTransform = IDENTITY;
  private clusteredAt: ZoomTransform | null = null;
  private readonly wheelHint = new WheelHintController(this);
  /** The one owner of the zoom transform. */
  private readonly zoom = new ZoomController(this, {
    limits: () => ({ minK: 1, maxK: MAX_ZOOM, width: this.size.width, height: this.size.height }),
    dragsFrom: (target) => !target.closest('.zoom'),
    onPlainWheel: () => this.wheelHint.show(),
  });

  private get transform(): ZoomTransform {
    return this.zoom.transform;
  }
  private pendingFocus = false;

  protected override willUpdate(): void {
    const { width, height } = this.size;
    // The world is drawn as soon as the element has a size, data or not: the loading state
    // shows the map it will fill.
    const sizeKey = `${this.projection}|${width}x${height}`;
    if (sizeKey !== this.laidOut.sizeKey) {
      this.projectionFn = fitProjection(projectionName(this.projection), width, height, getWorld().landWithoutAntarctica);
      this.world = this.projectionFn ? projectWorld(this.projectionFn) : null;
    }
    const dataset = this.data.dataset;
    const filterKey = this.filterKey();
    if (dataset !== this.laidOut.dataset || filterKey !== this.laidOut.filterKey || sizeKey !== this.laidOut.sizeKey) {
      this.laidOut = { dataset, filterKey, sizeKey };
      this.partnerships = dataset ? partnershipsMatching(dataset, this.filter).filter((p) => p.partners.length > 0) : [];
      this.layout = dataset && this.projectionFn ? layoutMap(dataset, this.partnerships, this.projectionFn) : null;
      this.labels.clear();
      this.initialTransform = transformToFit(this.layout ? [...this.layout.homes, ...this.layout.partners] : [], width, height);
      this.openCluster = null;
      this.zoom.set(this.initialTransform);
    }
    if (!this.zoom.gesturing) this.drawnTransform = this.transform;
    if (!this.layout) {
      this.marks = [];
      return;
    }
    // Groups are recomputed when a zoom ends; during a gesture the existing ones follow it.
    if (!this.clusteredAt || (!this.zoom.gesturing && !sameTransform(this.clusteredAt, this.transform))) {
      this.clusters = clusterAtZoom(this.layout.partners, this.transform, clusterRadius(this.layout.partners.length));
      this.clusteredAt = this.transform;
      if (this.openCluster && !this.clusters.some((c) => c.key === this.openCluster)) this.openCluster = null;
    }
    this.marks = this.computeMarks();
  }

  /** What the layout was last computed for. */
  private laidOut: { dataset: unknown; filterKey: string; sizeKey: string } = { dataset: null, filterKey: '', sizeKey: '' };

  private filterKey(): string {
    return [this.institution, this.country, this.domain, this.status, this.kind].join('|');
  }

  /**
   * The marks on screen, in keyboard order. Marks outside the view (plus a margin) are left
   * out: zoomed in on thousands of partners, rendering the unseen ones would cost every frame.
   */
  private computeMarks(): Mark[] {
    const t = this.transform;
    const { width, height } = this.size;
    const margin = 40;
    const visible = (x: number, y: number) => x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;
    const toScreen = (x: number, y: number) => [x * t.k + t.x, y * t.k + t.y] as const;
    const marks: Mark[] = [];
    for (const home of this.layout!.homes) {
      const [x, y] = toScreen(home.x, home.y);
      if (visible(x, y)) marks.push({ type: 'home', key: `home:${home.id}`, x, y, home });
    }
    for (const cluster of this.clusters) {
      const [x, y] = toScreen(cluster.baseX, cluster.baseY);
      if (!visible(x, y)) continue;
      if (cluster.members.length === 1) {
        const [point] = cluster.members;
        const [px, py] = toScreen(point.x, point.y);
        marks.push({ type: 'partner', key: point.id, x: px, y: py, point });
      } else if (cluster.key === this.openCluster) {
        fanOutOffsets(cluster.members.length).forEach(([dx, dy], i) => {
          const point = cluster.members[i];
          marks.push({ type: 'partner', key: point.id, x: x + dx, y: y + dy, point, fanned: { cx: x, cy: y } });
        });
      } else {
        marks.push({ type: 'cluster', key: `cluster:${cluster.key}`, x, y, cluster });
      }
    }
    return marks;
  }

  protected override render() {
    const locale = currentLocale();
    const { status, dataset, error } = this.data;
    const title = this.heading(locale);
    return html`
      <div class="toolbar" part="toolbar">
        <p class="summary" id="summary">${status === 'loaded' ? this.summary() : nothing}</p>
        ${status === 'loaded' && this.partnerships.length
          ? html`<div class="actions">
              ${this.view === 'map'
                ? downloadButtons(
                    { group: msg('Télécharger la carte'), svg: msg('Télécharger la carte en SVG'), png: msg('Télécharger la carte en PNG') },
                    (format) => void this.download(format),
                  )
                : nothing}
              <div class="views" role="group" aria-label=${msg('Affichage')}>
                <button type="button" aria-pressed=${this.view === 'map' ? 'true' : 'false'} @click=${() => this.setView('map')}>${msg('Carte')}</button>
                <button type="button" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => this.setView('table')}>${msg('Tableau')}</button>
              </div>
            </div>`
          : nothing}
      </div>
      ${status === 'loaded' && this.view === 'table' && this.partnerships.length
        ? mapTable({
            rows: tableRows(this.partnerships),
            dataset: dataset!,
            locale,
            caption: title,
            selected: this.selected,
            showInstitution: new Set(this.partnerships.map((p) => p.institution)).size > 1,
            onSelect: (id) => this.select(id),
          })
        : html`<div
            class="frame ${this.noZoom ? '' : 'zoomable'}"
            part="frame"
            role=${status === 'loaded' && this.partnerships.length ? 'group' : nothing}
            aria-label=${status === 'loaded' ? title : nothing}
            aria-describedby=${status === 'loaded' ? 'summary help' : nothing}
          >
            ${this.renderBase()} ${this.layout && this.layout.arcs.length > CANVAS_ARCS ? html`<canvas class="layer base-canvas" aria-hidden="true"></canvas>` : nothing}
            ${status === 'loaded' ? this.renderMarks(locale) : nothing}
            ${status === 'loaded' && !this.noZoom && this.partnerships.length ? this.renderZoomButtons() : nothing}
            ${this.renderTooltip(locale)}
            ${this.wheelHint.template()}
            ${status === 'loading' ? html`<div class="state loading" role="status">${msg('Chargement de la carte…')}</div>` : nothing}
            ${status === 'failed' ? this.renderError() : nothing}
            ${status === 'loaded' && this.partnerships.length === 0 ? html`<div class="state" role="status">${this.emptyMessage()}</div>` : nothing}
          </div>`}
      ${this.view === 'map' ? this.renderLegend() : nothing}
      <p id="help" class="visually-hidden">${msg(
        "Tab pour atteindre les partenaires, flèches pour passer de l'un à l'autre, Entrée pour sélectionner ou ouvrir un groupe, Échap pour annuler, + et − pour zoomer, Maj + flèches pour déplacer la carte. Le bouton Tableau montre les mêmes informations.",
      )}</p>
      ${status === 'loaded' && error ? this.renderRejected() : nothing} ${this.cardDialog.template()}
    `;
  }

  private renderBase() {
    const { width, height } = this.size;
    if (!this.world || !width || !height) return html`<svg class="layer base" aria-hidden="true"></svg>`;
    const t = this.drawnTransform;
    const partnerCountries = this.layout?.partnerCountries ?? new Set<string>();
    const svgArcs = this.layout && this.layout.arcs.length <= CANVAS_ARCS ? this.layout.arcs : [];
    return html`<svg class="layer base" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
      <g transform="translate(${t.x} ${t.y}) scale(${t.k})">
        <path class="sphere" d=${this.world.sphere}></path>
        ${repeat(
          this.world.countries,
          (c) => c.key,
          (c) => svg`<path class="country ${c.code && partnerCountries.has(c.code) ? 'partner' : ''}" d=${c.d}></path>`,
        )}
        <path class="borders" d=${this.world.borders} vector-effect="non-scaling-stroke"></path>
        ${repeat(
          svgArcs,
          (a) => a.id,
          (a) =>
            svg`<path class="arc ${a.dashed ? 'dashed' : ''} ${this.selected ? (a.partnershipId === this.selected ? 'selected' : 'dimmed') : ''}" d=${a.d} vector-effect="non-scaling-stroke"></path>`,
        )}
      </g>
    </svg>`;
  }

  private renderMarks(locale: string) {
    const { width, height } = this.size;
    if (!this.layout || !width) return nothing;
    const focusKey = this.focusKey && this.marks.some((m) => m.key === this.focusKey) ? this.focusKey : this.defaultFocusKey();
    const fans = new Map<string, { cx: number; cy: number; offsets: [number, number][] }>();
    for (const m of this.marks) {
      if (m.type === 'partner' && m.fanned) {
        const fan = fans.get(`${m.fanned.cx},${m.fanned.cy}`) ?? { ...m.fanned, offsets: [] };
        fan.offsets.push([m.x - m.fanned.cx, m.y - m.fanned.cy]);
        fans.set(`${m.fanned.cx},${m.fanned.cy}`, fan);
      }
    }
    return html`<svg
      class="layer marks"
      viewBox="0 0 ${width} ${height}"
      tabindex="-1"
      @keydown=${this.onKeydown}
      @click=${this.onMarkClick}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
      @pointerover=${this.onPointerOver}
      @pointerout=${this.onPointerOut}
    >
      ${[...fans.values()].map((f) => spokes(f.cx, f.cy, f.offsets))}
      ${repeat(
        this.marks,
        (m) => m.key,
        (m) => {
          const o = { key: m.key, x: m.x, y: m.y, focusable: m.key === focusKey, label: this.labelOf(m, locale) };
          if (m.type === 'home') return homeMark(o);
          if (m.type === 'partner') return partnerMark(m.point, o, m.point.partnership.id === this.selected);
          const members = m.cluster.members;
          return clusterMark(members.length, o, members.some((p) => p.partnership.id === this.selected));
        },
      )}
    </svg>`;
  }

  private labelOf(mark: Mark, locale: string): string {
    if (locale !== this.labelsLocale) {
      this.labels.clear();
      this.labelsLocale = locale;
    }
    let label = this.labels.get(mark.key);
    if (label === undefined) {
      label = mark.type === 'home' ? homeLabel(mark.home, locale) : mark.type === 'partner' ? partnerLabel(mark.point, locale) : clusterLabel(mark.cluster.members, locale);
      this.labels.set(mark.key, label);
    }
    return label;
  }

  private renderZoomButtons() {
    return html`<div class="zoom">
      <button type="button" aria-label=${msg('Zoomer')} title=${msg('Zoomer')} @click=${() => this.zoomBy(1.6)}>+</button>
      <button type="button" aria-label=${msg('Dézoomer')} title=${msg('Dézoomer')} @click=${() => this.zoomBy(1 / 1.6)}>−</button>
      <button type="button" aria-label=${msg('Revenir à la vue initiale')} title=${msg('Revenir à la vue initiale')} @click=${this.resetZoom}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5"></path></svg>
      </button>
    </div>`;
  }

  private renderTooltip(locale: string) {
    const mark = this.tipKey ? this.marks.find((m) => m.key === this.tipKey) : undefined;
    let content: unknown = nothing;
    if (mark?.type === 'partner') {
      const { point } = mark;
      const p = point.partnership;
      const institution = this.data.dataset?.institutionById.get(p.institution);
      const domains = p.domains.map((d) => textIn(this.data.dataset?.domains[d], locale) || d).join(', ');
      content = html`<strong>${partnerName(point, locale)}</strong>
        <p>${[point.partner.city, countryName(point.partner.country, locale)].filter(Boolean).join(', ')}${point.partner.precision === 'country' ? html` <em>(${msg('lieu connu au niveau du pays')})</em>` : nothing}</p>
        <p>${textIn(institution?.shortName ?? institution?.name, locale)}</p>
        ${domains ? html`<p>${domains}</p>` : nothing}
        <p>${p.since ? msg(str`Depuis ${formatPartialDate(p.since, locale)}`) : nothing}${p.since ? ' · ' : ''}${partnershipStatusLabel(p.status)}</p>`;
    } else if (mark?.type === 'home') {
      content = html`<strong>${textIn(mark.home.institution.name, locale)}</strong>
        <p>${[mark.home.institution.city, countryName(mark.home.institution.country, locale)].filter(Boolean).join(', ')}</p>`;
    } else if (mark?.type === 'cluster') {
      content = html`<strong>${clusterLabel(mark.cluster.members, locale)}</strong>
        <p>${mark.cluster.members.slice(0, 6).map((m) => partnerName(m, locale)).join(' · ')}${mark.cluster.members.length > 6 ? ' …' : ''}</p>
        <p><em>${msg('Entrée ou clic pour ouvrir le groupe')}</em></p>`;
    }
    return html`<div class="tooltip" id="tooltip" role="tooltip" ?hidden=${!mark}>${content}</div>`;
  }

  private renderLegend() {
    return html`<ul class="legend" part="legend" aria-label=${msg('Légende')}>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><rect class="home" x="-6" y="-6" width="12" height="12" rx="2" fill="var(--_home)"></rect></svg>${msg('Établissement')}</li>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="5" fill="var(--_mark)"></circle></svg>${msg('Partenaire (ville)')}</li>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="7" fill="var(--_mark)" fill-opacity="0.16" stroke="var(--_mark)" stroke-width="2" stroke-dasharray="2 3"></circle></svg>${msg('Partenaire localisé au pays seulement')}</li>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><line x1="-12" x2="12" stroke="var(--_arc)" stroke-width="2"></line></svg>${msg('Partenariat en cours')}</li>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><line x1="-12" x2="12" stroke="var(--_arc)" stroke-width="2" stroke-dasharray="5 4"></line><circle r="4" fill="var(--_surface)" stroke="var(--_mark)" stroke-width="2"></circle></svg>${msg('En projet ou à l’étude')}</li>
      <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="7" fill="var(--_mark)"></circle></svg>${msg('Groupe de partenaires proches (nombre)')}</li>
    </ul>`;
  }

  private renderError() {
    const error = this.data.error!;
    return html`<div class="state error" role="alert">
      <div>
        <strong>${msg('Les données de la carte n’ont pas pu être chargées.')}</strong>
        <p>${error.message}</p>
        ${error.issues?.length ? html`<ul>${error.issues.slice(0, 10).map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
      </div>
    </div>`;
  }

  private renderRejected() {
    const error = this.data.error!;
    return html`<details class="notice">
      <summary>${error.message}</summary>
      <ul>${(error.issues ?? []).slice(0, 50).map((i) => html`<li>${i.message}</li>`)}</ul>
    </details>`;
  }

  private heading(locale: string): string {
    const ids = parseTokenList(this.institution);
    const names = (ids ?? []).map((id) => textIn(this.data.dataset?.institutionById.get(id)?.name, locale)).filter(Boolean);
    return names.length ? msg(str`Partenaires internationaux : ${names.join(', ')}`) : msg('Partenaires internationaux');
  }

  private summary(): string {
    const locale = currentLocale();
    const partnerCount = this.partnerships.reduce((n, p) => n + p.partners.length, 0);
    const partners = formatNumber(partnerCount, locale);
    const countries = formatNumber(new Set(this.partnerships.flatMap((p) => p.countries)).size, locale);
    const unlocated = this.layout?.unlocated.length ?? 0;
    const base = partnerCount === 1 ? msg(str`1 partenaire dans ${countries} pays`) : msg(str`${partners} partenaires dans ${countries} pays`);
    if (!unlocated) return base;
    const rest = unlocated === 1 ? msg('1 sans lieu précis, listé dans le tableau') : msg(str`${unlocated} sans lieu précis, listés dans le tableau`);
    return `${base} · ${rest}`;
  }

  private emptyMessage(): string {
    const dataset = this.data.dataset!;
    const unknown = (parseTokenList(this.institution) ?? []).filter((id) => !dataset.institutionById.has(id));
    if (unknown.length) {
      const names = unknown.join(', ');
      const known = dataset.institutions.map((i) => i.id).join(', ');
      return msg(str`Aucun établissement ne porte l'identifiant « ${names} ». Identifiants disponibles : ${known}.`);
    }
    return msg('Aucun partenariat ne correspond aux filtres choisis.');
  }

  private defaultFocusKey(): string | null {
    const selected = this.marks.find(
      (m) => (m.type === 'partner' && m.point.partnership.id === this.selected) || (m.type === 'cluster' && m.cluster.members.some((p) => p.partnership.id === this.selected)),
    );
    return (selected ?? this.marks.find((m) => m.type !== 'home') ?? this.marks[0])?.key ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A selection set by the page (the `selected` attribute) is shared with the group.
    if (changed.has('selected') && this.selected !== this.linkedSelection) {
      this.linkedSelection = this.selected;
      this.link.share({ partnershipId: this.selected });
    }
    this.zoom.attach(this.frame && this.data.status === 'loaded' && !this.noZoom ? this.frame : null);
    this.syncBaseLayers();
    this.positionTooltip();
    if (this.pendingFocus && this.focusKey) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(this.focusKey)}"]`)?.focus();
    }
    this.announceLoad();
  }

  private announced: { dataset: unknown; filterKey: string } = { dataset: null, filterKey: '' };

  /** Fires `coop-load` once per dataset and filter, after the render that shows them. */
  private announceLoad(): void {
    const dataset = this.data.dataset;
    if (this.data.status !== 'loaded' || !dataset) return;
    const filterKey = this.filterKey();
    if (this.announced.dataset === dataset && this.announced.filterKey === filterKey) return;
    this.announced = { dataset, filterKey };
    const ids = new Set(this.partnerships.map((p) => p.id));
    const events = eventsMatching(dataset).filter((e) => e.partnership !== null && ids.has(e.partnership)).length;
    this.dispatchEvent(new CoopLoadEvent({ partnerships: this.partnerships.length, events }));
  }

  /**
   * Draws the arcs canvas at the drawn transform; during a gesture, moves the world and the
   * arcs with a CSS transform relative to where they were drawn (composited, no repaint),
   * and draws them afresh when the gesture ends.
   */
  private syncBaseLayers(): void {
    const { width, height } = this.size;
    const canvas = this.canvas;
    if (canvas && this.layout) this.arcCanvas.draw(canvas, this.layout, this.drawnTransform, this.selected, width, height);
    const t = this.transform;
    const d = this.drawnTransform;
    const s = t.k / d.k;
    const relative = this.zoom.gesturing ? `translate(${t.x - d.x * s}px, ${t.y - d.y * s}px) scale(${s})` : '';
    for (const layer of this.renderRoot.querySelectorAll<HTMLElement | SVGElement>('.base, canvas')) layer.style.transform = relative;
  }

  private positionTooltip(): void {
    const tooltip = this.tooltip;
    const mark = this.tipKey ? this.marks.find((m) => m.key === this.tipKey) : undefined;
    if (!tooltip || !mark) return;
    const { width, height } = this.size;
    const box = tooltip.getBoundingClientRect();
    // Beside the mark, flipped to stay inside the map. Set through the CSSOM, which a strict CSP allows.
    const left = mark.x + 14 + box.width > width ? Math.max(4, mark.x - 14 - box.width) : mark.x + 14;
    const top = Math.min(Math.max(4, mark.y - box.height / 2), Math.max(4, height - box.height - 4));
    tooltip.style.translate = `${Math.round(left)}px ${Math.round(top)}px`;
  }

  // ——— interaction ———

  private markOf(event: Event): Mark | undefined {
    const element = (event.target as Element).closest?.('.mark') as SVGGElement | null;
    const key = element?.dataset.key;
    return key ? this.marks.find((m) => m.key === key) : undefined;
  }

  private onMarkClick = (event: MouseEvent) => {
    const mark = this.markOf(event);
    if (!mark) return;
    this.focusKey = mark.key;
    this.activate(mark);
  };

  private onFocusIn = (event: FocusEvent) => {
    const mark = this.markOf(event);
    if (mark) {
      this.focusKey = mark.key;
      this.tipKey = mark.key;
    }
  };

  private onFocusOut = () => {
    // Checked after the event: a re-render that replaces the focused mark (a group opening)
    // blurs it on the way, and focus then comes back to the new mark.
    queueMicrotask(() => {
      if (!this.pendingFocus && !this.renderRoot.querySelector('.mark:focus')) this.tipKey = null;
    });
  };

  private onPointerOver = (event: PointerEvent) => {
    const mark = this.markOf(event);
    if (mark) this.tipKey = mark.key;
  };

  private onPointerOut = (event: PointerEvent) => {
    if (this.markOf(event) && !this.renderRoot.querySelector('.mark:focus')) this.tipKey = null;
  };

  private onKeydown = (event: KeyboardEvent) => {
    const index = this.marks.findIndex((m) => m.key === this.focusKey);
    const move = (to: number) => {
      const mark = this.marks[(to + this.marks.length) % this.marks.length];
      if (mark) this.focusMark(mark.key);
    };
    const pan = (dx: number, dy: number) => this.panBy(dx, dy);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (event.shiftKey) event.key === 'ArrowRight' ? pan(-60, 0) : pan(0, -60);
        else move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (event.shiftKey) event.key === 'ArrowLeft' ? pan(60, 0) : pan(0, 60);
        else move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(this.marks.length - 1);
        break;
      case 'Enter':
      case ' ': {
        const mark = this.marks[index];
        if (mark) this.activate(mark);
        break;
      }
      case 'Escape':
        this.escape();
        break;
      case '+':
      case '=':
        this.zoomBy(1.6);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / 1.6);
        break;
      case '0':
        this.resetZoom();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** Moves keyboard focus (and the tooltip) to a mark after the next render. */
  private focusMark(key: string): void {
    this.focusKey = key;
    this.tipKey = key;
    this.pendingFocus = true;
  }

  private activate(mark: Mark): void {
    if (mark.type === 'cluster') {
      this.openCluster = mark.cluster.key;
      this.focusMark(mark.cluster.members[0].id);
    } else if (mark.type === 'partner') {
      this.select(mark.point.partnership.id);
      this.tipKey = mark.key;
    } else {
      this.tipKey = mark.key;
    }
  }

  private escape(): void {
    if (this.openCluster) {
      const cluster = this.clusters.find((c) => c.key === this.openCluster);
      this.openCluster = null;
      if (cluster) this.focusMark(`cluster:${cluster.key}`);
    } else if (this.tipKey && this.selected === null) {
      this.tipKey = null;
    } else if (this.selected !== null) {
      this.select(null);
    }
  }

  /** Selects a partnership (or clears the selection with null) and says so with `coop-select`. */
  select(partnershipId: string | null): void {
    if (this.selected !== partnershipId) {
      this.selected = partnershipId;
      this.linkedSelection = partnershipId; // the group hears it as coop-select
      this.dispatchEvent(new CoopSelectEvent({ partnershipId }));
    }
    void this.cardDialog.open(partnershipId);
  }

  /**
   * The map as it is on screen, as a standalone SVG document (colours resolved, title
   * included): what the SVG download saves. The export code loads on first use.
   */
  async exportSvg(): Promise<string> {
    const { mapSvg } = await import('./map-export.js');
    const { width, height } = this.size;
    return mapSvg({
      root: this.renderRoot,
      layout: this.layout,
      canvasArcs: (this.layout?.arcs.length ?? 0) > CANVAS_ARCS,
      width,
      height,
      title: this.heading(currentLocale()),
      style: getComputedStyle(this),
    });
  }

  /** Downloads the map as an SVG or PNG file. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const [{ download, fileNameFrom, svgToPng }, source] = await Promise.all([import('../../export/standalone-svg.js'), this.exportSvg()]);
    const name = `${fileNameFrom(this.heading(currentLocale()))}.${format}`;
    const { width, height } = this.size;
    download(format === 'svg' ? new Blob([source], { type: 'image/svg+xml' }) : await svgToPng(source, width, height), name);
  }

  private setView(view: 'map' | 'table'): void {
    this.view = view;
    this.tipKey = null;
  }

  private zoomBy(factor: number): void {
    if (!this.noZoom) this.zoom.scaleBy(factor);
  }

  private panBy(dx: number, dy: number): void {
    if (!this.noZoom) this.zoom.translateBy(dx, dy);
  }

  private resetZoom = () => {
    this.zoom.set(this.initialTransform);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-map': CoopMap;
  }
}
