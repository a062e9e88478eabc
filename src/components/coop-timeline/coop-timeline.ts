import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { WheelHintController, wheelHintStyles } from '../../controllers/wheel-hint-controller.js';
import type { EventRecord } from '../../data/dataset.js';
import { loadEventDetails, peekEventDetails } from '../../data/details.js';
import { eventsMatching, parseTokenList, type DataFilter } from '../../data/query.js';
import { CoopLoadEvent } from '../../events/coop-load.js';
import { CoopSelectEvent, type CoopSelectDetail } from '../../events/coop-select.js';
import { LinkedSelectionController } from '../../controllers/linked-selection-controller.js';
import { CardDialogController, cardDialogStyles } from '../shared/card-dialog.js';
import { CoopFilteredElement } from '../shared/coop-element.js';
import { themeStyles } from '../shared/theme.js';
import { downloadButtons } from '../shared/download-buttons.js';
import { boxesToSvg } from '../../export/boxes-to-svg.js';
import { download, fileNameFrom, svgToPng } from '../../export/standalone-svg.js';
import { currentLocale } from '../../localization.js';
import { timelineStyles } from './coop-timeline.styles.js';
import { textMeasureFor } from './text-measure.js';
import { TimeZoom } from './time-zoom.js';
import { eventCount, foundCount, tickLabel, windowLabel } from './timeline-format.js';
import { clusterItem, eventItem } from './timeline-items.js';
import { emptyMessage, errorState, eventDetails, keyboardHelp, legend, listHeading, navButtons, rejectedNotice, searchBox, type NavActions, type NavState } from './timeline-parts.js';
import { groupByName, groupLanes, timelineEvents, type GroupBy, type Lane, type TimelineEvent } from './timeline-lanes.js';
import {
  axisTicks,
  clampTransform,
  clampWindow,
  endMargin,
  entriesInRange,
  entryHolding,
  findEntry,
  fitWindow,
  keyAction,
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

/** An entry of either layout: on the time axis, or in the vertical list. */
type AnyEntry = Entry<TimelineEvent> | ListEntry<TimelineEvent>;
/** An entry and the index of its lane. */
type ViewEntry = { lane: number; entry: AnyEntry };

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
 * @cssprop --coop-selected-color - The selected partnership's events; default #b54708.
 * @cssprop --coop-timeline-event-color - The events' colour, when it differs from the brand colour.
 * @cssprop --coop-timeline-selected-color - The selection's colour on the timeline, when it differs from `--coop-selected-color`.
 * @cssprop --coop-planned-color - The "Prévu" (planned) tag; default #8a4b08.
 * @cssprop --coop-tag-color - Background of counts and of dates known to the month or year; default #e6f2ef.
 * @cssprop --coop-timeline-max-height - Tallest the lanes get before they scroll; default 640px.
 * @cssprop --coop-text-color - Text; default #1f2328.
 * @cssprop --coop-muted-text-color - Secondary text (dates, axis); default #4b5563.
 * @cssprop --coop-surface-color - Background; default #ffffff.
 * @cssprop --coop-line-color - Lines and borders; default #c9ced6.
 * @cssprop --coop-focus-color - The focus outline; default #1a56db.
 */
@localized()
export class CoopTimeline extends CoopFilteredElement {
  static override styles = [themeStyles, timelineStyles, cardDialogStyles, wheelHintStyles];

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
  /** Keeps the selection in the address (`#coop=…`): a shared link opens on it, Back/Forward move through selections. */
  @property({ type: Boolean, attribute: 'url-hash' }) urlHash = false;
  /** When the page has no `<coop-card>`, a selection opens the partnership's card in a dialog. */
  @property({ type: Boolean, attribute: 'open-card' }) openCard = false;

  @state() private query = '';
  @state() private focusKey: string | null = null;
  @state() private announcement = '';

  @query('.viewport') private viewport?: HTMLElement;
  @query('.lanes') private lanesBox?: HTMLElement;

  private readonly data = new DatasetController(this, () => this.dataRequest());
  // A zero-height box across the host: its width is the element's, and its height never
  // changes with what is rendered (observing the host itself loops when the content grows).
  @query('.sizer') private sizer?: HTMLElement;
  private readonly size = new ResizeController(this, () => this.sizer);
  private readonly zoom = new TimeZoom((t, ended) => this.onZoom(t, ended));
  private readonly cardDialog = new CardDialogController(this);
  private readonly link = new LinkedSelectionController(this, (detail) => {
    this.linkedSelection = detail;
    this.selected = detail.partnershipId;
    this.selectedEvent = detail.eventId ?? null;
  });
  /** The last selection received from (or told to) the group, to tell it from one the page set. */
  private linkedSelection: CoopSelectDetail = { partnershipId: null };

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
  /** Height of the scrolling lanes box, read when it scrolls (its CSS maximum until then). */
  private lanesHeight = 640;
  private rtl = false;

  private computed = { dataset: null as unknown, filterKey: '', windowKey: '', query: '', lanesKey: '', layoutKey: '' };
  private viewDirty = true;
  private pendingFocus = false;
  /** After the next layout, focus this event (or the count holding it), or the first/last entry. */
  private pendingTarget: { key?: string; edge?: 'first' | 'last' } | null = null;
  private pendingLaneScroll = false;
  private internalSelection = false;
  /** The selection was changed from outside: bring it into view once data is there. */
  private revealPending = false;
  /** True while the element itself moves d3-zoom (its echo is not a user's gesture). */
  private syncingZoom = false;
  private readonly wheelHint = new WheelHintController(this);
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
    // The group hears it as coop-select.
    this.linkedSelection = eventId ? { partnershipId, eventId } : { partnershipId };
    this.dispatchEvent(new CoopSelectEvent(this.linkedSelection));
    void this.cardDialog.open(partnershipId);
  }

  // ——— data → layout ———

  private filter(): DataFilter {
    return {
      ...this.attributeFilter(),
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

  private textMeasure: ReturnType<typeof textMeasureFor> | null = null;
  /** Label widths are measured in the element's font (read once: it comes from the page). */
  private measure() {
    return (this.textMeasure ??= textMeasureFor(this));
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
      this.shown = timelineEvents(found, locale, this.measure().measure, this.measure().key);
      if (queryText && found.length && !newDomain) this.setView(fitWindow(found.map((e) => e.interval), this.domainWindow), false);
      if (c.query !== '\u0000' && queryText) this.announcement = foundCount(found.length, locale);
      c.query = queryText;
      c.lanesKey = '';
    }
    const lanesKey = `${this.groupBy}|${locale}`;
    if (c.lanesKey !== lanesKey) {
      // Dates and titles follow the page's language.
      const { measure, key } = this.measure();
      if (this.shown[0] && this.shown[0].measuredFor !== `${locale}|${key}`) this.shown = timelineEvents(this.shown.map((s) => s.event), locale, measure, key);
      this.lanes = groupLanes(this.shown, groupByName(this.groupBy), dataset, locale);
      c.lanesKey = lanesKey;
      c.layoutKey = '';
    }
    if (this.revealPending) {
      this.revealPending = false;
      this.revealSelection();
    }
    // The selected event's description comes with its partnership's details.
    if (this.selectedEvent && peekEventDetails(dataset, this.selectedEvent) === undefined) {
      void loadEventDetails(dataset, this.selectedEvent).then(() => this.requestUpdate());
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
  private entryLanes(): { entries: AnyEntry[] }[] {
    return this.layout ? this.layout.lanes : this.list;
  }

  private findEntry(key: string | null): ViewEntry | null {
    return findEntry(this.entryLanes(), key);
  }

  private resolvePendingTarget(): void {
    const target = this.pendingTarget;
    if (!target) return;
    this.pendingTarget = null;
    let found: ViewEntry | null = null;
    if (target.key) found = entryHolding(this.entryLanes(), target.key);
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
      // A lane out of the lanes' view (maybe not even rendered) is scrolled to first.
      const { top, height } = this.layout.lanes[lane];
      if (top < this.lanesScrollTop || top + height > this.lanesScrollTop + this.lanesHeight) {
        this.lanesScrollTop = Math.max(0, Math.min(top - 8, this.layout.height - this.lanesHeight));
        this.pendingLaneScroll = true;
      }
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
    this.wheelHint.show();
  };

  private onLanesScroll = (event: Event) => {
    const lanes = event.target as HTMLElement;
    // Focusing an entry half out of view scrolls even an overflow-hidden box sideways: undo it,
    // time is moved by the zoom's translation only.
    if (lanes.scrollLeft) lanes.scrollLeft = 0;
    this.lanesScrollTop = lanes.scrollTop;
    this.lanesHeight = lanes.clientHeight || this.lanesHeight;
    if (this.layout) {
      const [first, last] = lanesInRange(this.layout.lanes, this.lanesScrollTop - 200, this.lanesScrollTop + this.lanesHeight + 200);
      if (first !== this.renderedLanes[0] || last !== this.renderedLanes[1]) this.requestUpdate();
    }
  };
  private renderedLanes: [number, number] = [0, 0];

  // ——— keyboard and pointer ———

  private onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    if (!button) return;
    const key = button.dataset.key ?? null;
    const action = keyAction(event.key, { rtl: this.rtl, lanes: this.labelled && !!this.layout });
    if (!action || (action === 'clear' && this.selected === null && this.selectedEvent === null)) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'page-next' || action === 'page-previous') {
      if (action === 'page-next') this.showNext();
      else this.showPrevious();
      this.pendingTarget = { edge: 'first' };
      return;
    }
    if (action === 'zoom-in' || action === 'zoom-out' || action === 'reset') {
      if (action === 'reset') this.resetView();
      else this.zoomBy(action === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP);
      this.keepFocus(key);
      return;
    }
    if (action === 'clear') {
      this.select(null);
      return;
    }
    const move = action;
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
    const { status, dataset, error } = this.data;
    const loaded = status === 'loaded';
    const hasEvents = loaded && this.shown.length > 0;
    return html`
      <div class="sizer" aria-hidden="true"></div>
      <div class="toolbar" part="toolbar">
        ${this.searchable ? searchBox(this.query, (value) => (this.query = value)) : nothing}
        <p class="summary" id="summary" dir="auto">${loaded ? this.summary(locale) : nothing}</p>
        ${hasEvents && this.layout
          ? downloadButtons(
              { group: msg('Télécharger la chronologie'), svg: msg('Télécharger la chronologie en SVG'), png: msg('Télécharger la chronologie en PNG') },
              (format) => void this.download(format),
            )
          : nothing}
        ${navButtons(this.navState(hasEvents), this.navActions)}
      </div>
      <div class="frame ${this.layout ? 'wide' : 'narrow'}" part="frame">
        ${hasEvents ? (this.layout ? this.renderAxis(locale) : this.renderList(locale)) : nothing}
        ${status === 'loading' ? html`<div class="state loading" role="status">${msg('Chargement de la chronologie…')}</div>` : nothing}
        ${status === 'failed' ? errorState(error!) : nothing}
        ${loaded && !hasEvents
          ? html`<div class="state" role="status">${emptyMessage(dataset!, parseTokenList(this.institution), this.query.trim(), this.matched.length)}</div>`
          : nothing}
        ${this.wheelHint.template()}
      </div>
      ${status !== 'failed' ? legend() : nothing} ${hasEvents && this.selectedItem ? eventDetails(this.selectedItem, peekEventDetails(dataset!, this.selectedItem.event.id), dataset!, locale) : nothing}
      ${keyboardHelp()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${loaded && error ? rejectedNotice(error) : nothing} ${this.cardDialog.template()}
    `;
  }

  private get selectedItem(): TimelineEvent | undefined {
    return this.selectedEvent ? this.shown.find((s) => s.key === this.selectedEvent) : undefined;
  }

  private navState(enabled: boolean): NavState {
    const { view, domainWindow: domain } = this;
    const span = view.end - view.start;
    return {
      canPrevious: enabled && view.start > domain.start + 1,
      canNext: enabled && view.end < domain.end - 1,
      canZoomIn: enabled && span > MIN_SPAN * 1.01,
      canZoomOut: enabled && span < domain.end - domain.start - 1,
      canReset: enabled,
    };
  }

  private readonly navActions: NavActions = {
    previous: () => this.showPrevious(),
    next: () => this.showNext(),
    zoomIn: () => this.zoomBy(ZOOM_STEP),
    zoomOut: () => this.zoomBy(1 / ZOOM_STEP),
    reset: () => this.resetView(),
  };

  private itemState(items: readonly TimelineEvent[], entryKey: string, roving: string | null) {
    const pressed = items.length === 1 && items[0].key === this.selectedEvent;
    const related = this.selected !== null && items.some((i) => i.event.partnership === this.selected || i.key === this.selectedEvent);
    return { focusable: entryKey === roving, pressed, related };
  }

  /** The key of the entry in the tab order: the focused one, else the selected event's, else the first shown. */
  private rovingKey(rendered: readonly AnyEntry[]): string | null {
    if (this.focusKey && rendered.some((e) => e.key === this.focusKey)) return this.focusKey;
    const holds = (e: AnyEntry, key: string) => (e.type === 'event' ? e.key === key : e.items.some((i) => i.key === key));
    const selected = this.selectedEvent ? rendered.find((e) => holds(e, this.selectedEvent!)) : undefined;
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

  private renderList(locale: string) {
    const roving = this.rovingKey(this.list.flatMap((l) => l.entries));
    return html`<div class="list" @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      ${repeat(
        this.list,
        (l) => l.key,
        (l) => (l.entries.length ? this.renderLane(this.lanes.findIndex((lane) => lane.key === l.key), 0, l.entries, roving, locale) : nothing),
      )}
    </div>`;
  }

  /** One lane: its label (when grouped) and its `<ol>`, placed on the axis or listed. */
  private renderLane(index: number, rows: number, entries: readonly AnyEntry[], roving: string | null, locale: string) {
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
        aria-label=${labelled ? nothing : listHeading(this.data.dataset, parseTokenList(this.institution), locale)}
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

  private summary(locale: string): string {
    const total = this.shown.length;
    if (!total) return '';
    const inView = this.shown.reduce((n, s) => n + (s.end > this.view.start && s.start < this.view.end ? 1 : 0), 0);
    const period = windowLabel(this.view.start, this.view.end, locale);
    return `${msg(str`${eventCount(total, locale)} au total`)} · ${msg(str`période affichée : ${period} (${eventCount(inView, locale)})`)}`;
  }

  // ——— after render ———

  protected override updated(changed: PropertyValues<this>): void {
    // A selection set by the page (the attributes) is shared with the group.
    const linked = this.linkedSelection;
    if ((changed.has('selected') || changed.has('selectedEvent')) && (this.selected !== linked.partnershipId || (this.selectedEvent ?? undefined) !== linked.eventId)) {
      this.linkedSelection = this.selectedEvent ? { partnershipId: this.selected, eventId: this.selectedEvent } : { partnershipId: this.selected };
      this.link.share(this.linkedSelection);
    }
    this.applyPositions();
    this.syncZoom();
    this.positionTracks();
    if (this.pendingLaneScroll && this.lanesBox) this.lanesBox.scrollTop = this.lanesScrollTop;
    this.pendingLaneScroll = false;
    if (this.pendingFocus && this.focusKey) {
      this.pendingFocus = false;
      const button = this.renderRoot.querySelector<HTMLElement>(`.item[data-key="${CSS.escape(this.focusKey)}"]`);
      // The axis was panned to the entry already; the page still scrolls to it if need be.
      button?.focus({ preventScroll: true });
      button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // Time moves by the zoom's translation only, never by scrolling the lanes sideways.
      if (this.lanesBox) this.lanesBox.scrollLeft = 0;
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
  }

  /** The timeline's visible window as a standalone SVG document (shapes and text as laid out). */
  exportSvg(): string {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    return frame ? boxesToSvg(frame, listHeading(this.data.dataset, parseTokenList(this.institution), currentLocale())) : '';
  }

  /** Downloads the visible window as an SVG or PNG file. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const source = this.exportSvg();
    if (!source) return;
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
    const name = `${fileNameFrom(listHeading(this.data.dataset, parseTokenList(this.institution), currentLocale()))}.${format}`;
    download(format === 'svg' ? new Blob([source], { type: 'image/svg+xml' }) : await svgToPng(source, frame.width, frame.height), name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-timeline': CoopTimeline;
  }
}
