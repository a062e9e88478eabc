import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { EventRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { eventsMatching, parseTokenList, type DataFilter } from '../../data/query.js';
import { CoopLoadEvent } from '../../events/coop-load.js';
import { CoopSelectEvent } from '../../events/coop-select.js';
import { currentLocale } from '../../localization.js';
import { countryName } from '../shared/intl.js';
import { eventKindLabel, eventStatusLabel } from '../shared/labels.js';
import { timelineStyles } from './coop-timeline.styles.js';
import { TimeZoom } from './time-zoom.js';
import { eventCount, foundCount, tickLabel, windowLabel } from './timeline-format.js';
import { clusterItem, eventItem } from './timeline-items.js';
import { groupByName, groupLanes, timelineEvents, type GroupBy, type Lane, type TimelineEvent } from './timeline-lanes.js';
import {
  axisTicks,
  clampTransform,
  clampWindow,
  endMargin,
  entriesInRange,
  fitWindow,
  lanesInRange,
  layoutTimeline,
  listEntries,
  MIN_SPAN,
  neighbourKey,
  panWindow,
  parseBound,
  ROW_HEIGHT,
  timeDomain,
  timeScale,
  transformFor,
  windowFor,
  zoomWindow,
  type Entry,
  type InlineTransform,
  type ListEntry,
  type Move,
  type TimelineLayout,
  type TimeWindow,
} from './timeline-layout.js';

/** Below this width (the element's own, not the window's) events are a vertical list. */
const NARROW_BELOW = 560;
/** Most entries in the vertical list; beyond, periods are shown as counts. */
const LIST_LIMIT = 60;
/** Rows per lane before dense periods collapse into counts. */
const ROWS = 5;
const ROWS_GROUPED = 3;
const ZOOM_STEP = 1.6;

/** One entry of the current view, whichever the layout. */
type ViewEntry = { lane: number; entry: Entry<TimelineEvent> | ListEntry<TimelineEvent> };

/**
 * The dated events of a hospital's international cooperation, in order and at the
 * precision their sources give: a time axis on wide screens, a vertical list on narrow
 * ones, both the same semantic `<ol>`. Events can be grouped in lanes, filtered, searched,
 * zoomed and panned in time, and selected with the keyboard.
 *
 * @summary The dated events of one or more hospitals' international cooperation.
 * @tagname coop-timeline
 *
 * @fires coop-select - An event was selected (Enter, click) or the selection cleared (Escape). `detail: { partnershipId, eventId? }`.
 * @fires coop-load - Data was loaded and rendered (once per dataset and filters). `detail: { partnerships, events }`.
 * @fires coop-error - Data could not be loaded, or some records were rejected. `detail: { type, message, status?, issues? }`.
 *
 * @csspart toolbar - The search box, summary and navigation buttons.
 * @csspart search - The search field.
 * @csspart frame - The box holding the time axis (or the list), states and messages.
 * @csspart axis - The time axis with its ticks.
 * @csspart lane-label - The label of a lane (with `group-by`).
 * @csspart legend - The legend under the timeline.
 * @csspart details - The selected event's details.
 *
 * @cssprop --coop-brand-color - The events' colour (bars, counts); default #00665e.
 * @cssprop --coop-timeline-event-color - The events' colour, if it differs from the brand's.
 * @cssprop --coop-timeline-selected-color - The selected partnership's events; default #b54708.
 * @cssprop --coop-timeline-max-height - Tallest the lanes get before they scroll; default 640px.
 * @cssprop --coop-text-color - Text; default #1f2328.
 * @cssprop --coop-muted-text-color - Secondary text (dates, axis); default #4b5563.
 * @cssprop --coop-surface-color - Background; default #ffffff.
 * @cssprop --coop-line-color - Lines and borders; default #c9ced6.
 * @cssprop --coop-focus-color - The focus outline; default #1a56db.
 */
@localized()
export class CoopTimeline extends LitElement {
  static override styles = timelineStyles;

  /** Home institution id(s), separated by spaces; absent: all institutions. */
  @property() institution: string | null = null;
  /** URL of a JSON or CSV dataset; absent: the bundled data. */
  @property() src: string | null = null;
  /** ISO 3166-1 alpha-2 codes of countries (of the event's place or its partners), separated by spaces. */
  @property() country: string | null = null;
  /** Domain ids, separated by spaces. */
  @property() domain: string | null = null;
  /** Event kinds to show (agreement, visit, mission, caravan, training...), separated by spaces. */
  @property() kind: string | null = null;
  /** Event statuses to show: done, planned. */
  @property() status: string | null = null;
  /** Lanes by institution, country, partnership or kind; absent: one lane. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy | null = null;
  /** Start of the initial window, a partial date ("2014", "2016-04"). */
  @property() from: string | null = null;
  /** End of the initial window, a partial date (included: "2017" shows all of 2017). */
  @property() to: string | null = null;
  /** The selected partnership's id: its events are highlighted. */
  @property({ reflect: true }) selected: string | null = null;
  /** The selected event's id. */
  @property({ attribute: 'selected-event', reflect: true }) selectedEvent: string | null = null;
  /** Shows a search box that filters events by their words (accents and case ignored). */
  @property({ type: Boolean, reflect: true }) searchable = false;
  /** Colour theme: light (default) or dark. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  @state() private query = '';
  @state() private focusKey: string | null = null;
  @state() private wheelHint = false;
  @state() private announcement = '';

  @query('.viewport') private viewport?: HTMLElement;
  @query('.lanes') private lanesBox?: HTMLElement;

  private readonly data = new DatasetController(this, () => this.src);
  // A zero-height box across the host: its width is the element's, and its height never
  // changes with what is rendered (observing the host itself loops when the content grows).
  @query('.sizer') private sizer?: HTMLElement;
  private readonly size = new ResizeController(this, () => this.sizer);
  private readonly zoom = new TimeZoom((t, ended) => this.onZoom(t, ended));

  // Derived state, recomputed in willUpdate when what it depends on changes.
  private matched: EventRecord[] = [];
  private shown: TimelineEvent[] = [];
  private lanes: Lane[] = [];
  private domainWindow: TimeWindow = { start: 0, end: 1 };
  private initialWindow: TimeWindow = { start: 0, end: 1 };
  private view: TimeWindow = { start: 0, end: 1 };
  private transform: InlineTransform = { k: 1, tx: 0 };
  private layout: TimelineLayout<TimelineEvent> | null = null;
  private list: { key: string; entries: ListEntry<TimelineEvent>[] }[] = [];
  /** World px range whose entries are in the DOM (wide layout). */
  private rendered = { u0: 0, u1: 0 };
  private lanesScrollTop = 0;
  private laidOutWidth = 0;
  private lanesHeight = 640;
  private rtl = false;

  private computed = { dataset: null as unknown, filterKey: '', windowKey: '', query: '', lanesKey: '', layoutKey: '' };
  private viewDirty = true;
  private pendingFocus = false;
  /** After the next layout, focus this event (or the count holding it), or the first/last entry. */
  private pendingTarget: { key?: string; edge?: 'first' | 'last' } | null = null;
  private pendingLaneScroll: number | null = null;
  private internalSelection = false;
  /** The selection was changed from outside: bring it into view once data is there. */
  private revealPending = false;
  /** True while the element itself moves d3-zoom (its echo is not a user's gesture). */
  private syncingZoom = false;
  private wheelHintTimer = 0;
  private announced = { dataset: null as unknown, filterKey: '' };

  // ——— public methods ———

  /** Zooms in (factor > 1) or out (factor < 1) around the middle of the period shown. */
  zoomBy(factor: number): void {
    this.setView(zoomWindow(this.view, factor));
  }

  /** Shows the period before the one shown. */
  showPrevious(): void {
    this.setView(panWindow(this.view, -0.8));
  }

  /** Shows the period after the one shown. */
  showNext(): void {
    this.setView(panWindow(this.view, 0.8));
  }

  /** Goes back to the initial period (`from`/`to`, or everything). */
  resetView(): void {
    this.setView(this.initialWindow);
  }

  /** The period shown, or null before data is shown. */
  get visiblePeriod(): { start: Date; end: Date } | null {
    return this.data.status === 'loaded' ? { start: new Date(this.view.start), end: new Date(this.view.end) } : null;
  }

  /** Selects a partnership and maybe one of its events (null clears), and says so with `coop-select`. */
  select(partnershipId: string | null, eventId: string | null = null): void {
    if (this.selected === partnershipId && this.selectedEvent === eventId) return;
    this.internalSelection = true;
    this.selected = partnershipId;
    this.selectedEvent = eventId;
    this.dispatchEvent(new CoopSelectEvent(eventId ? { partnershipId, eventId } : { partnershipId }));
  }

  // ——— data → layout ———

  private filter(): DataFilter {
    return {
      institutions: parseTokenList(this.institution),
      countries: parseTokenList(this.country)?.map((c) => c.toUpperCase()),
      domains: parseTokenList(this.domain),
      kinds: parseTokenList(this.kind),
      statuses: parseTokenList(this.status),
    };
  }

  private filterKey(): string {
    return [this.institution, this.country, this.domain, this.kind, this.status].join('|');
  }

  private get narrow(): boolean {
    return this.size.width > 0 && this.size.width < NARROW_BELOW;
  }

  /** The deepest zoom: the shortest window across the view. */
  private get maxK(): number {
    return (this.domainWindow.end - this.domainWindow.start) / MIN_SPAN;
  }

  private get labelled(): boolean {
    return this.groupBy !== null && groupByName(this.groupBy) !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('selectedEvent') || changed.has('selected')) && !this.internalSelection) this.revealPending = true;
    this.internalSelection = false;
    const dataset = this.data.dataset;
    if (this.data.status !== 'loaded' || !dataset) {
      this.layout = null;
      this.list = [];
      this.shown = [];
      this.lanes = [];
      return;
    }
    const locale = currentLocale();
    this.rtl = this.matches(':dir(rtl)');
    const c = this.computed;

    const filterKey = this.filterKey();
    let newDomain = false;
    if (dataset !== c.dataset || filterKey !== c.filterKey) {
      this.matched = eventsMatching(dataset, this.filter());
      c.dataset = dataset;
      c.filterKey = filterKey;
      c.windowKey = '';
      c.query = '\u0000';
    }
    const windowKey = `${this.from}|${this.to}`;
    if (c.windowKey !== windowKey) {
      const from = parseBound(this.from, 'start');
      const to = parseBound(this.to, 'end');
      this.domainWindow = timeDomain(
        this.matched.map((e) => e.interval),
        { start: from ?? undefined, end: to ?? undefined },
      );
      const asked = { start: from ?? this.domainWindow.start, end: to ?? this.domainWindow.end };
      this.initialWindow = asked.end > asked.start ? clampWindow(asked, this.domainWindow) : { ...this.domainWindow };
      this.view = this.initialWindow;
      this.viewDirty = true;
      newDomain = true;
      c.windowKey = windowKey;
    }
    const queryText = this.query.trim();
    if (c.query !== queryText) {
      const found = queryText ? eventsMatching(dataset, { ...this.filter(), text: queryText }) : this.matched;
      this.shown = timelineEvents(found, locale);
      if (queryText && found.length && !newDomain) this.setView(fitWindow(found.map((e) => e.interval), this.domainWindow), false);
      if (c.query !== '\u0000' && queryText) this.announcement = foundCount(found.length, locale);
      c.query = queryText;
      c.lanesKey = '';
    }
    const lanesKey = `${this.groupBy}|${locale}`;
    if (c.lanesKey !== lanesKey) {
      // Dates and titles follow the page's language.
      if (this.shown[0] && this.shown[0].locale !== locale) this.shown = timelineEvents(this.shown.map((s) => s.event), locale);
      this.lanes = groupLanes(this.shown, groupByName(this.groupBy), dataset, locale);
      c.lanesKey = lanesKey;
      c.layoutKey = '';
    }
    if (this.revealPending) {
      this.revealPending = false;
      this.revealSelection();
    }
    if (this.narrow || !this.size.width) this.updateList();
    else this.updateAxisLayout();
  }

  private updateList(): void {
    this.layout = null;
    this.zoom.detach();
    this.view = clampWindow(this.view, this.domainWindow);
    this.list = listEntries(this.lanes, this.view, LIST_LIMIT);
    this.computed.layoutKey = '';
    this.resolvePendingTarget();
  }

  private updateAxisLayout(): void {
    const width = this.size.width;
    const base = width - endMargin(width);
    // A new width keeps the period shown, not the pixels.
    if (width !== this.laidOutWidth) this.viewDirty = true;
    this.laidOutWidth = width;
    if (this.viewDirty) {
      this.transform = clampTransform(transformFor(clampWindow(this.view, this.domainWindow), this.domainWindow, base), base, this.maxK);
      this.view = windowFor(this.transform, this.domainWindow, base);
      this.viewDirty = false;
    }
    const { k, tx } = this.transform;
    const layoutKey = `${this.computed.lanesKey}|${width}|${k}`;
    if (layoutKey !== this.computed.layoutKey) {
      this.layout = layoutTimeline(this.lanes, {
        domain: this.domainWindow,
        base,
        k,
        maxRows: this.labelled ? ROWS_GROUPED : ROWS,
        labelled: this.labelled,
        margin: width - base,
      });
      this.computed.layoutKey = layoutKey;
    }
    this.rendered = { u0: -tx - width / 2, u1: -tx + width * 1.5 };
    this.list = [];
    this.resolvePendingTarget();
  }

  /** All entries of the current layout, lane by lane, in reading (and keyboard) order. */
  private entryLanes(): { entries: (Entry<TimelineEvent> | ListEntry<TimelineEvent>)[] }[] {
    return this.layout ? this.layout.lanes : this.list;
  }

  private findEntry(key: string | null): ViewEntry | null {
    if (!key) return null;
    const lanes = this.entryLanes();
    for (let lane = 0; lane < lanes.length; lane++) {
      const entry = lanes[lane].entries.find((e) => e.key === key);
      if (entry) return { lane, entry };
    }
    return null;
  }

  /** The entry showing event `key`: the event itself or the count that holds it. */
  private entryOfEvent(key: string): ViewEntry | null {
    const lanes = this.entryLanes();
    for (let lane = 0; lane < lanes.length; lane++) {
      for (const entry of lanes[lane].entries) {
        if (entry.key === key || (entry.type === 'cluster' && entry.items.some((i) => i.key === key))) return { lane, entry };
      }
    }
    return null;
  }

  private resolvePendingTarget(): void {
    const target = this.pendingTarget;
    if (!target) return;
    this.pendingTarget = null;
    let found: ViewEntry | null = null;
    if (target.key) found = this.entryOfEvent(target.key);
    else {
      const key = neighbourKey(this.visibleLanes(), null, target.edge === 'last' ? 'last' : 'first');
      found = this.findEntry(key);
    }
    if (found) this.focusEntry(found);
  }

  /** Lanes with only the entries inside the period shown. */
  private visibleLanes() {
    if (!this.layout) return this.list;
    const u0 = -this.transform.tx;
    const u1 = u0 + this.size.width - endMargin(this.size.width);
    return this.layout.lanes.map((l) => ({ entries: l.entries.filter((e) => e.x >= u0 && e.x <= u1) }));
  }

  /** Focuses an entry, bringing it into view first (and into the DOM). */
  private focusEntry({ lane, entry }: ViewEntry): void {
    this.focusKey = entry.key;
    this.pendingFocus = true;
    if (this.layout && 'x' in entry) {
      const width = this.size.width;
      const u0 = -this.transform.tx;
      const visible = entry.x >= u0 + 4 && entry.x + Math.min(entry.width, width / 2) <= u0 + width - 4;
      if (!visible) this.setTransform({ k: this.transform.k, tx: -(entry.x - width * 0.3) });
      this.pendingLaneScroll = lane;
    }
  }

  /** Brings the selected event (or the selected partnership's first event) into view. */
  private revealSelection(): void {
    const key = this.selectedEvent ?? this.shown.find((s) => s.event.partnership !== null && s.event.partnership === this.selected)?.key;
    const item = key ? this.shown.find((s) => s.key === key) : undefined;
    if (!item) return;
    if (item.end <= this.view.start || item.start >= this.view.end) {
      const span = this.view.end - this.view.start;
      this.setView({ start: item.start - span * 0.3, end: item.start + span * 0.7 }, false);
    }
  }

  // ——— view changes ———

  /** Shows `window` (clamped to the domain); programmatic zooms and pans all come here. */
  private setView(window: TimeWindow, update = true): void {
    this.view = clampWindow(window, this.domainWindow, MIN_SPAN);
    this.viewDirty = true;
    if (update) this.requestUpdate();
  }

  /** Pans or zooms the axis to `t` (clamped); used for keyboard moves that keep the zoom. */
  private setTransform(t: InlineTransform): void {
    const width = this.size.width;
    this.transform = clampTransform(t, width - endMargin(width), this.maxK);
    this.view = windowFor(this.transform, this.domainWindow, width - endMargin(width));
    this.viewDirty = false;
    this.rendered = { u0: -this.transform.tx - width / 2, u1: -this.transform.tx + width * 1.5 };
    this.requestUpdate();
  }

  private onZoom(t: InlineTransform, ended: boolean): void {
    if (this.syncingZoom) return;
    const width = this.size.width;
    const same = Math.abs(t.k - this.transform.k) <= this.transform.k * 1e-12;
    if (same && Math.abs(t.tx - this.transform.tx) < 0.01 && !ended) return;
    this.transform = t;
    this.view = windowFor(t, this.domainWindow, width - endMargin(width));
    this.viewDirty = false;
    // A pan that stays inside what is rendered only moves the tracks: no render.
    if (same && !ended && -t.tx >= this.rendered.u0 && -t.tx + width <= this.rendered.u1) this.positionTracks();
    else this.requestUpdate();
  }

  private onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey || this.narrow) return;
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      // A sideways swipe pans in time; the page cannot scroll sideways anyway.
      event.preventDefault();
      this.zoom.set({ k: this.transform.k, tx: this.transform.tx - (this.rtl ? -event.deltaX : event.deltaX) });
      return;
    }
    this.wheelHint = true;
    clearTimeout(this.wheelHintTimer);
    this.wheelHintTimer = window.setTimeout(() => (this.wheelHint = false), 1500);
  };

  private onLanesScroll = (event: Event) => {
    const lanes = event.target as HTMLElement;
    // Focusing an entry half out of view scrolls even an overflow-hidden box sideways: undo it,
    // time is moved by the zoom's translation only.
    if (lanes.scrollLeft) lanes.scrollLeft = 0;
    this.lanesScrollTop = lanes.scrollTop;
    if (this.layout) {
      const [first, last] = lanesInRange(this.layout.lanes, this.lanesScrollTop - 200, this.lanesScrollTop + this.lanesHeight + 200);
      if (first !== this.renderedLanes[0] || last !== this.renderedLanes[1]) this.requestUpdate();
    }
  };
  private renderedLanes: [number, number] = [0, 0];

  private onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  // ——— keyboard and pointer ———

  private onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    if (!button) return;
    const key = button.dataset.key ?? null;
    const grouped = this.labelled && !!this.layout;
    let move: Move | null = null;
    switch (event.key) {
      case 'ArrowRight':
        move = this.rtl ? 'previous' : 'next';
        break;
      case 'ArrowLeft':
        move = this.rtl ? 'next' : 'previous';
        break;
      case 'ArrowDown':
        move = grouped ? 'lane-down' : 'next';
        break;
      case 'ArrowUp':
        move = grouped ? 'lane-up' : 'previous';
        break;
      case 'Home':
        move = 'first';
        break;
      case 'End':
        move = 'last';
        break;
      case 'PageDown':
        this.showNext();
        this.pendingTarget = { edge: 'first' };
        break;
      case 'PageUp':
        this.showPrevious();
        this.pendingTarget = { edge: 'first' };
        break;
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        this.keepFocus(key);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / ZOOM_STEP);
        this.keepFocus(key);
        break;
      case '0':
        this.resetView();
        this.keepFocus(key);
        break;
      case 'Escape':
        if (this.selected === null && this.selectedEvent === null) return;
        this.select(null);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (!move) return;
    const next = neighbourKey(this.entryLanes(), key, move);
    const found = this.findEntry(next);
    if (found) {
      this.focusEntry(found);
      this.requestUpdate();
    } else if (!this.layout && (move === 'next' || move === 'previous')) {
      // The vertical list holds one period: carry on into the next (or previous) one.
      const atEdge = move === 'next' ? this.view.end >= this.domainWindow.end : this.view.start <= this.domainWindow.start;
      if (!atEdge) {
        if (move === 'next') this.showNext();
        else this.showPrevious();
        this.pendingTarget = { edge: move === 'next' ? 'first' : 'last' };
      }
    }
  };

  /** After a zoom, the focus stays on the same event (or moves to the count that now holds it). */
  private keepFocus(key: string | null): void {
    const entry = this.findEntry(key)?.entry;
    if (entry) this.pendingTarget = { key: entry.type === 'event' ? entry.key : entry.items[0].key };
  }

  private onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    const found = this.findEntry(button?.dataset.key ?? null);
    if (!found) return;
    const { entry } = found;
    this.focusKey = entry.key;
    if (entry.type === 'event') {
      const e = entry.item.event;
      this.select(e.partnership, e.id);
    } else {
      // A count opens by zooming into its period; focus follows its first event.
      const span = entry.end - entry.start;
      this.setView({ start: entry.start - span * 0.05, end: entry.end + span * 0.05 });
      this.pendingTarget = { key: entry.items[0].key };
    }
  };

  private onFocusIn = (event: FocusEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    if (button?.dataset.key && button.dataset.key !== this.focusKey) this.focusKey = button.dataset.key;
  };

  // ——— render ———

  protected override render() {
    const locale = currentLocale();
    const { status } = this.data;
    const loaded = status === 'loaded';
    const hasEvents = loaded && this.shown.length > 0;
    const mode = this.narrow || !this.size.width ? 'narrow' : 'wide';
    return html`
      <div class="sizer" aria-hidden="true"></div>
      <div class="toolbar" part="toolbar">
        ${this.searchable ? this.renderSearch() : nothing}
        <p class="summary" id="summary" dir="auto">${loaded ? this.summary(locale) : nothing}</p>
        ${this.renderNav(hasEvents)}
      </div>
      <div class="frame ${mode}" part="frame">
        ${hasEvents ? (this.layout ? this.renderAxis(locale) : this.renderList(locale)) : nothing}
        ${status === 'loading' ? html`<div class="state" role="status">${msg('Chargement de la chronologie…')}</div>` : nothing}
        ${status === 'failed' ? this.renderError() : nothing}
        ${loaded && !hasEvents ? html`<div class="state" role="status">${this.emptyMessage()}</div>` : nothing}
        ${this.wheelHint ? html`<div class="hint" aria-hidden="true">${msg('Pour zoomer, faites défiler en maintenant la touche Ctrl (⌘ sur Mac).')}</div>` : nothing}
      </div>
      ${status !== 'failed' ? this.renderLegend() : nothing} ${hasEvents ? this.renderDetails(locale) : nothing}
      <p id="help" class="visually-hidden">${msg(
        'Flèches pour passer d’un événement à l’autre, Début et Fin pour le premier et le dernier, Entrée pour sélectionner un événement ou ouvrir un groupe, Échap pour annuler la sélection, + et − pour zoomer, Page précédente et Page suivante pour changer de période.',
      )}</p>
      <p id="cluster-help" class="visually-hidden">${msg('Groupe d’événements : Entrée pour zoomer sur cette période.')}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${loaded && this.data.error ? this.renderRejected() : nothing}
    `;
  }

  private renderSearch() {
    return html`<div class="search">
      <label for="search">${msg('Rechercher un événement')}</label>
      <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${live(this.query)} @input=${this.onSearch} />
    </div>`;
  }

  private renderNav(enabled: boolean) {
    const canPrevious = enabled && this.view.start > this.domainWindow.start + 1;
    const canNext = enabled && this.view.end < this.domainWindow.end - 1;
    const span = this.view.end - this.view.start;
    const canZoomIn = enabled && span > MIN_SPAN * 1.01;
    const canZoomOut = enabled && span < this.domainWindow.end - this.domainWindow.start - 1;
    const arrow = (d: string) => html`<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
    return html`<div class="nav" role="group" aria-label=${msg('Naviguer dans le temps')}>
      <button type="button" aria-label=${msg('Période précédente')} title=${msg('Période précédente')} ?disabled=${!canPrevious} @click=${() => this.showPrevious()}>
        ${arrow('M15 5l-7 7 7 7')}
      </button>
      <button type="button" aria-label=${msg('Période suivante')} title=${msg('Période suivante')} ?disabled=${!canNext} @click=${() => this.showNext()}>
        ${arrow('M9 5l7 7-7 7')}
      </button>
      <button type="button" aria-label=${msg('Zoomer')} title=${msg('Zoomer')} ?disabled=${!canZoomIn} @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
      <button type="button" aria-label=${msg('Dézoomer')} title=${msg('Dézoomer')} ?disabled=${!canZoomOut} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
      <button type="button" aria-label=${msg('Revenir à la vue initiale')} title=${msg('Revenir à la vue initiale')} ?disabled=${!enabled} @click=${() => this.resetView()}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5"></path></svg>
      </button>
    </div>`;
  }

  private itemState(keys: readonly TimelineEvent[], entryKey: string, focusKey: string | null) {
    const pressed = keys.length === 1 && keys[0].key === this.selectedEvent;
    const related = this.selected !== null && keys.some((i) => i.event.partnership === this.selected || i.key === this.selectedEvent);
    return { focusable: entryKey === focusKey, pressed, related };
  }

  /** The key of the entry in the tab order: the focused one, else the selected event's, else the first shown. */
  private rovingKey(rendered: readonly (Entry<TimelineEvent> | ListEntry<TimelineEvent>)[]): string | null {
    if (this.focusKey && rendered.some((e) => e.key === this.focusKey)) return this.focusKey;
    const selected = this.selectedEvent ? rendered.find((e) => (e.type === 'event' ? e.key === this.selectedEvent : e.items.some((i) => i.key === this.selectedEvent))) : undefined;
    if (selected) return selected.key;
    const visible = this.visibleLanes().find((l) => l.entries.length)?.entries[0];
    return visible?.key ?? rendered[0]?.key ?? null;
  }

  private renderAxis(locale: string) {
    const layout = this.layout!;
    const width = this.size.width;
    const { u0, u1 } = this.rendered;
    const scale = timeScale(this.domainWindow, width - endMargin(width), this.transform.k);
    const { ticks, step } = axisTicks(scale, Math.max(0, u0), u1);
    const [first, last] = lanesInRange(layout.lanes, this.lanesScrollTop - 200, this.lanesScrollTop + this.lanesHeight + 200);
    this.renderedLanes = [first, last];
    const lanes = layout.lanes.slice(first, last);
    const focused = this.findEntry(this.focusKey);
    const perLane = lanes.map((lane, i) => {
      const entries = entriesInRange(lane.entries, u0, u1);
      // The focused entry stays in the DOM, so that panning never drops the focus.
      if (focused && focused.lane === first + i && !entries.includes(focused.entry as Entry<TimelineEvent>)) entries.push(focused.entry as Entry<TimelineEvent>);
      return entries;
    });
    const roving = this.rovingKey(perLane.flat());
    const top = lanes[0]?.top ?? 0;
    const lastLane = layout.lanes[last - 1];
    const bottom = lastLane ? layout.height - lastLane.top - lastLane.height : 0;
    return html`<div class="viewport" @wheel=${this.onWheel} @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      <div class="grid" aria-hidden="true">
        <div class="track">${ticks.map((t) => html`<span class="gridline" data-x=${t.x}></span>`)}</div>
      </div>
      <div class="axis" part="axis" aria-hidden="true">
        <div class="track">${ticks.map((t) => html`<span class="tick" data-x=${t.x}>${tickLabel(t.time, step, locale)}</span>`)}</div>
      </div>
      <div class="lanes" @scroll=${this.onLanesScroll}>
        <div class="spacer" data-h=${top}></div>
        ${repeat(
          lanes,
          (lane) => lane.key,
          (lane, i) => this.renderLane(first + i, lane.rows, perLane[i], roving, locale),
        )}
        <div class="spacer" data-h=${bottom}></div>
      </div>
    </div>`;
  }

  private renderLane(index: number, rows: number, entries: (Entry<TimelineEvent> | ListEntry<TimelineEvent>)[], roving: string | null, locale: string) {
    const lane = this.lanes[index];
    const labelled = this.labelled;
    return html`<div class="lane">
      ${labelled
        ? html`<p class="lane-label" part="lane-label" id="lane-${index}" dir="auto">${lane.label} <span class="lane-count">(${eventCount(lane.items.length, locale)})</span></p>`
        : nothing}
      <ol
        class="events ${this.layout ? 'track' : ''}"
        data-h=${this.layout ? rows * ROW_HEIGHT : nothing}
        aria-labelledby=${labelled ? `lane-${index}` : nothing}
        aria-label=${labelled ? nothing : this.heading(locale)}
        aria-describedby="summary help"
      >
        ${repeat(
          entries,
          (e) => e.key,
          (e) => {
            const place = 'x' in e ? { x: e.x, width: e.width, row: e.row, barWidth: e.type === 'event' ? e.barWidth : undefined } : null;
            if (e.type === 'event') return eventItem(e.item, place, this.itemState([e.item], e.key, roving), locale);
            return clusterItem(e.key, e.items.length, e.start, e.end, place, this.itemState(e.items, e.key, roving), locale);
          },
        )}
      </ol>
    </div>`;
  }

  private renderList(locale: string) {
    const roving = this.rovingKey(this.list.flatMap((l) => l.entries));
    return html`<div class="list" @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      ${repeat(
        this.list,
        (l) => l.key,
        (l) => {
          const index = this.lanes.findIndex((lane) => lane.key === l.key);
          return l.entries.length ? this.renderLane(index, 0, l.entries, roving, locale) : nothing;
        },
      )}
    </div>`;
  }

  private renderLegend() {
    return html`<ul class="legend" part="legend" aria-label=${msg('Légende')}>
      <li><span class="swatch done" aria-hidden="true"></span>${eventStatusLabel('done')}</li>
      <li><span class="swatch planned" aria-hidden="true"></span>${eventStatusLabel('planned')}</li>
      <li><span class="swatch span" aria-hidden="true"></span>${msg('Période (du début à la fin)')}</li>
      <li><span class="swatch imprecise" aria-hidden="true"></span>${msg('Date connue au mois ou à l’année')}</li>
      <li><span class="swatch approximate" aria-hidden="true"></span>${msg('Date approximative')}</li>
      <li><span class="swatch cluster" aria-hidden="true"></span>${msg('Plusieurs événements (nombre) : zoomer pour les voir')}</li>
    </ul>`;
  }

  private renderDetails(locale: string) {
    const item = this.selectedEvent ? this.shown.find((s) => s.key === this.selectedEvent) : undefined;
    if (!item) return nothing;
    const e = item.event;
    const dataset = this.data.dataset!;
    const partnership = e.partnership ? dataset.partnershipById.get(e.partnership) : undefined;
    const institution = dataset.institutionById.get(e.institution);
    const place = e.place ? [e.place.name, e.place.city, countryName(e.place.country, locale)].filter(Boolean).join(', ') : '';
    const description = textIn(e.description, locale);
    return html`<section class="details" part="details" aria-labelledby="details-title">
      <p class="details-title" id="details-title">${item.title.text}</p>
      <dl>
        <dt>${msg('Date')}</dt>
        <dd>${item.date}</dd>
        <dt>${msg('Statut')}</dt>
        <dd>${eventStatusLabel(e.status)}</dd>
        <dt>${msg('Type')}</dt>
        <dd>${eventKindLabel(e.kind)}</dd>
        ${partnership
          ? html`<dt>${msg('Partenariat')}</dt>
              <dd>${textIn(partnership.title, locale)}</dd>`
          : nothing}
        <dt>${msg('Établissement')}</dt>
        <dd>${textIn(institution?.shortName ?? institution?.name, locale) || e.institution}</dd>
        ${place
          ? html`<dt>${msg('Lieu')}</dt>
              <dd>${place}</dd>`
          : nothing}
      </dl>
      ${description ? html`<p>${description}</p>` : nothing}
    </section>`;
  }

  private renderError() {
    const error = this.data.error!;
    return html`<div class="state error" role="alert">
      <div>
        <strong>${msg('Les données de la chronologie n’ont pas pu être chargées.')}</strong>
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
    const names = (ids ?? []).map((id) => textIn(this.data.dataset?.institutionById.get(id)?.shortName ?? this.data.dataset?.institutionById.get(id)?.name, locale)).filter(Boolean);
    return names.length ? msg(str`Chronologie : ${names.join(', ')}`) : msg('Chronologie de la coopération internationale');
  }

  private summary(locale: string): string {
    const total = this.shown.length;
    if (!total) return '';
    const inView = this.shown.reduce((n, s) => n + (s.end > this.view.start && s.start < this.view.end ? 1 : 0), 0);
    const period = windowLabel(this.view.start, this.view.end, locale);
    return `${msg(str`${eventCount(total, locale)} au total`)} · ${msg(str`période affichée : ${period} (${eventCount(inView, locale)})`)}`;
  }

  private emptyMessage(): string {
    const dataset = this.data.dataset!;
    const unknown = (parseTokenList(this.institution) ?? []).filter((id) => !dataset.institutionById.has(id));
    if (unknown.length) {
      const names = unknown.join(', ');
      const known = dataset.institutions.map((i) => i.id).join(', ');
      return msg(str`Aucun établissement ne porte l'identifiant « ${names} ». Identifiants disponibles : ${known}.`);
    }
    const text = this.query.trim();
    if (text && this.matched.length) return msg(str`Aucun événement ne correspond à « ${text} ».`);
    return msg('Aucun événement ne correspond aux filtres choisis.');
  }

  // ——— after render ———

  protected override updated(): void {
    this.applyPositions();
    this.syncZoom();
    this.positionTracks();
    const lanes = this.lanesBox;
    if (lanes) {
      if (this.pendingLaneScroll !== null && this.layout) {
        const lane = this.layout.lanes[this.pendingLaneScroll];
        if (lane && (lane.top < lanes.scrollTop || lane.top + lane.height > lanes.scrollTop + lanes.clientHeight)) {
          lanes.scrollTop = Math.max(0, lane.top - 8);
        }
      }
      if (lanes.clientHeight && lanes.clientHeight !== this.lanesHeight) {
        this.lanesHeight = lanes.clientHeight;
        this.requestUpdate();
      }
    }
    this.pendingLaneScroll = null;
    if (this.pendingFocus && this.focusKey) {
      this.pendingFocus = false;
      const button = this.renderRoot.querySelector<HTMLElement>(`.item[data-key="${CSS.escape(this.focusKey)}"]`);
      button?.focus({ preventScroll: !!this.layout });
    }
    this.announceLoad();
  }

  /** Copies the data-x/w/y/h positions into the CSSOM (a strict CSP forbids style attributes). */
  private applyPositions(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-x], [data-w], [data-y], [data-h]')) {
      const { x, w, y, h } = el.dataset;
      if (x !== undefined) el.style.insetInlineStart = `${x}px`;
      if (w !== undefined) el.style.width = `${w}px`;
      if (y !== undefined) el.style.top = `${y}px`;
      if (h !== undefined) el.style.height = `${h}px`;
    }
  }

  /** Moves the time tracks to the current pan. */
  private positionTracks(): void {
    const tx = this.rtl ? -this.transform.tx : this.transform.tx;
    for (const track of this.renderRoot.querySelectorAll<HTMLElement>('.track')) track.style.transform = `translateX(${tx}px)`;
  }

  private syncZoom(): void {
    const viewport = this.layout ? this.viewport : undefined;
    const width = this.size.width;
    this.zoom.attach(viewport ?? null, {
      width,
      base: width - endMargin(width),
      rtl: this.rtl,
      maxK: this.maxK,
    });
    if (!viewport) return;
    const current = this.zoom.current();
    if (!current || Math.abs(current.k - this.transform.k) > 1e-9 * this.transform.k || Math.abs(current.tx - this.transform.tx) > 0.01) {
      this.syncingZoom = true;
      this.zoom.set(this.transform);
      this.syncingZoom = false;
    }
  }

  /** Fires `coop-load` once per dataset and filters, after the render that shows them. */
  private announceLoad(): void {
    const dataset = this.data.dataset;
    if (this.data.status !== 'loaded' || !dataset) return;
    const filterKey = this.filterKey();
    if (this.announced.dataset === dataset && this.announced.filterKey === filterKey) return;
    this.announced = { dataset, filterKey };
    const partnerships = new Set(this.matched.map((e) => e.partnership).filter((p) => p !== null)).size;
    this.dispatchEvent(new CoopLoadEvent({ partnerships, events: this.matched.length }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.zoom.detach();
    clearTimeout(this.wheelHintTimer);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-timeline': CoopTimeline;
  }
}
