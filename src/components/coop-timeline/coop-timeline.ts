import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { GroupController } from '../../controllers/group-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { TimeViewController } from '../../controllers/time-view-controller.js';
import { WheelHintController, wheelHintStyles } from '../../controllers/wheel-hint-controller.js';
import type { Dataset, EventRecord } from '../../data/dataset.js';
import { CoopLoadEvent } from '../../events/coop-load.js';
import { CoopSelectEvent, type CoopSelectDetail } from '../../events/coop-select.js';
import { currentLocale } from '../../localization.js';
import { axisTicks, fitWindow, MIN_SPAN, parseBound, pxPerMs, type TimeWindow } from '../../time/time-window.js';
import { CardDialogController, cardDialogStyles } from '../shared/card-dialog.js';
import { CoopFilteredElement } from '../shared/coop-filtered-element.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import { themeStyles } from '../shared/theme.js';
import { timelineStyles } from './coop-timeline.styles.js';
import { textMeasureFor, type TextMeasure } from './label-width.js';
import { eventCount, foundCount, tickLabel, windowLabel } from './timeline-format.js';
import { clusterItem, eventItem } from './timeline-items.js';
import { entryHolding, findEntry, keyAction, neighbourKey } from './timeline-keyboard.js';
import { GROUP_KEYS, groupByName, type GroupBy, type TimelineEvent } from './timeline-lanes.js';
import { TimelineModel } from './timeline-model.js';
import { eventDetails, keyboardHelp, legend, listHeading, navButtons, searchBox, type NavState } from './timeline-parts.js';
import { emptyReason, emptyState, failureState, loadingState, setAsideNotice, stateStyles } from '../shared/states.js';
import { attributeNotice, AttributeReporter, notChoices, type AttributeIssue } from '../shared/attributes.js';
import { EVENT_KINDS, EVENT_STATUSES } from '../../data/vocabulary.generated.js';
import { endMargin, ROW_HEIGHT, type Entry, type TimelineLayout } from './timeline-stack.js';
import { entriesInRange, lanesInRange, renderedRange, type ListEntry } from './timeline-virtual.js';

/** Below this width (the element's own, not the window's) events are a vertical list. */
const NARROW_BELOW = 560;
/** Rows of one lane before dense periods fold into counts (the lanes then scroll past `--coop-timeline-max-height`). */
const ROWS = 8;
const ROWS_GROUPED = 5;
const ZOOM_STEP = 1.6;
/** Lanes rendered above and below the scrolled view, px. */
const LANE_OVERSCAN = 200;

// Descriptions (an event's details, a search through them) come with the partnerships'
// details, which the timeline needs only once an event is selected or a search typed.
let details: typeof import('../../data/details.js') | null = null;
const detailsModule = () => import('../../data/details.js').then((module) => (details = module));

/** An entry of either view: on the time axis, or in the vertical list. */
type AnyEntry = Entry<TimelineEvent> | ListEntry<TimelineEvent>;

/** What one render of the axis put in the DOM: a pan within it only moves the tracks. */
interface Rendered {
  pxPerMs: number;
  range: [number, number];
}

/**
 * The dated events of a hospital's international cooperation, in order and at the
 * precision their sources give: a time axis on wide screens, a vertical list on narrow
 * ones, both the same semantic `<ol>`. Events can be grouped in lanes, filtered, searched,
 * zoomed and panned in time, and selected with the keyboard.
 *
 * @summary The dated events of one or more hospitals' international cooperation.
 * @tagname coop-timeline
 *
 * @fires {CoopSelectEvent} coop-select - A user selected an event (Enter, click) or cleared the selection (Escape). `detail: { partnershipId, eventId? }`.
 * @fires {CoopLoadEvent} coop-load - Data was loaded and rendered (once per dataset and filters). `detail: { partnerships, events }`.
 * @fires {CoopErrorEvent} coop-error - Data could not be loaded, some of it was set aside, or an attribute cannot be used. `detail: { type, message, status?, issues? }`.
 *
 * @csspart toolbar - The search box, summary and navigation buttons.
 * @csspart search - The search field.
 * @csspart frame - The box holding the time axis (or the list), states and messages.
 * @csspart axis - The time axis with its ticks.
 * @csspart lane-label - The label of a lane (with `group-by`).
 * @csspart legend - The legend under the timeline.
 * @csspart details - The selected event's details.
 *
 * @cssprop --coop-brand-color - The one colour most editors change: partners, arcs, events, accents (light theme); default #00665e.
 * @cssprop --coop-brand-color-dark - The same in the dark theme; default #62d8c8.
 * @cssprop --coop-text-color - Text; default #1f2328 (dark: #e6edf3).
 * @cssprop --coop-muted-text-color - Secondary text: summaries, dates, legends; default #4b5563 (dark: #aab4bf).
 * @cssprop --coop-surface-color - The element's background, under all its texts; default #ffffff (dark: #121a21).
 * @cssprop --coop-line-color - Lines and borders; default #c9ced6 (dark: #3a4650).
 * @cssprop --coop-focus-color - The focus outline; default #1a56db (dark: #8ab4ff).
 * @cssprop --coop-selected-color - The selected partnership; default #b54708 (dark: #fdba74).
 * @cssprop --coop-tag-color - Background of tags and counts; default #e6f2ef (dark: #1d3b37).
 * @cssprop --coop-planned-color - What is planned or under study; default #8a4b08 (dark: #fdba74).
 * @cssprop --coop-radius - Corner radius; default 6px.
 * @cssprop --coop-timeline-event-color - The events' colour, when it differs from the brand colour.
 * @cssprop --coop-timeline-selected-color - The selection's colour on the timeline, when it differs from `--coop-selected-color`.
 * @cssprop --coop-timeline-max-height - Tallest the lanes get before they scroll; default 640px.
 */
@localized()
export class CoopTimeline extends CoopFilteredElement {
  static override styles = [themeStyles, stateStyles, downloadStyles, timelineStyles, cardDialogStyles, wheelHintStyles];

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

  protected override readonly statusChoices: readonly string[] = EVENT_STATUSES;
  protected override readonly kindChoices: readonly string[] = EVENT_KINDS;
  protected override readonly recordLevel = 'event';

  /** The words searched for. */
  @state() private query = '';
  /** The entry in the tab order (roving tabindex). */
  @state() private focusKey: string | null = null;
  /** The lanes box's scroll position and height, as the DOM last reported them. */
  @state() private lanesView = { top: 0, height: 640 };

  @query('.viewport') private viewport?: HTMLElement;
  @query('.lanes') private lanesBox?: HTMLElement;
  // A zero-height box across the frame: its width is the axis', and its height never changes
  // with what is rendered (observing the frame itself would re-render as the content grows).
  @query('.sizer') private sizer?: HTMLElement;

  private readonly data = new DatasetController(this, () => this.dataRequest());
  private readonly size = new ResizeController(this, () => this.sizer);
  private readonly model = new TimelineModel();
  private readonly wheelHint = new WheelHintController(this);
  private readonly view = new TimeViewController(this, {
    domain: () => this.frame(),
    width: () => this.base,
    mirrored: () => this.rtl,
    dragsFrom: (target) => !target.closest('input, a'),
    onPlainWheel: () => this.wheelHint.show(),
    moved: (window) => this.followPan(window),
  });
  /** The link group: the one owner of the selection this timeline shows and of the visitors' filters. */
  private readonly groupLink = new GroupController(this, {
    selected: (selection) => {
      this.selected = selection.partnershipId;
      this.selectedEvent = selection.eventId ?? null;
    },
    hasOwnSelection: () => this.hasAttribute('selected') || this.hasAttribute('selected-event'),
    filtered: () => this.requestUpdate(),
    keepsHash: () => this.urlHash,
    offer: () => (this.data.dataset ? { dataset: this.data.dataset, partnerships: this.model.partnershipsOf(this.data.dataset, this.filter) } : null),
  });
  private readonly cardDialog = new CardDialogController(this, () => this.groupLink.store);
  /** The dataset with every field in a language, once a search asked for it (bundled data brings descriptions on demand). */
  @state() private searchDataset: { language: string; dataset: Dataset } | null = null;
  private readonly attributeReport = new AttributeReporter(this, () => this.attributeIssues());
  private measured: { measure: TextMeasure; key: string } | null = null;
  private rendered: Rendered | null = null;
  /** The filtered events `coop-load` last reported, and the domain the selection was last revealed in. */
  private reported: EventRecord[] | null = null;
  private revealedIn: TimeWindow | null = null;

  // ——— public methods ———

  /** Zooms in (factor > 1) or out (factor < 1) around the middle of the period shown. */
  zoomBy(factor: number): void {
    this.view.zoomBy(factor);
  }

  /** Shows the period before the one shown. */
  showPrevious(): void {
    this.view.panBy(-0.8);
  }

  /** Shows the period after the one shown. */
  showNext(): void {
    this.view.panBy(0.8);
  }

  /** Goes back to the initial period (`from`/`to`, or everything). */
  resetView(): void {
    this.view.reset();
  }

  /** The period shown, or null before data is shown. */
  get visiblePeriod(): { start: Date; end: Date } | null {
    const window = this.data.status === 'loaded' ? this.view.window : null;
    return window ? { start: new Date(window.start), end: new Date(window.end) } : null;
  }

  /** Selects a partnership and maybe one of its events (null clears), and says so with `coop-select`. */
  select(partnershipId: string | null, eventId: string | null = null): void {
    if (this.selected === partnershipId && this.selectedEvent === eventId) return;
    this.selected = partnershipId;
    this.selectedEvent = eventId;
    const selection: CoopSelectDetail = eventId ? { partnershipId, eventId } : { partnershipId };
    this.groupLink.select(selection, true);
    this.dispatchEvent(new CoopSelectEvent(selection));
    void this.cardDialog.open(partnershipId);
  }

  // ——— what is shown, derived ———

  private get rtl(): boolean {
    return this.matches(':dir(rtl)');
  }

  private get narrow(): boolean {
    return this.size.width > 0 && this.size.width < NARROW_BELOW;
  }

  /** The px the whole window spans on the axis (the view less the room kept for the last labels). */
  private get base(): number {
    return this.size.width - endMargin(this.size.width);
  }

  private get labelled(): boolean {
    return groupByName(this.groupBy) !== null;
  }

  /** The events the page's filters and the visitors' keep. */
  private matched(): EventRecord[] {
    return this.data.dataset ? this.model.matched(this.data.dataset, this.shownFilters(this.groupLink.filters)) : [];
  }

  private frame() {
    return this.data.dataset ? this.model.frame(this.matched(), this.from, this.to) : null;
  }

  private shown(locale: string): TimelineEvent[] {
    const dataset = this.data.dataset!;
    const found = this.model.found(this.matched(), this.searchedIn(dataset, locale), this.shownFilters(this.groupLink.filters), this.query.trim());
    this.measured ??= textMeasureFor(this);
    return this.model.items(found, locale, this.measured.measure, this.measured.key);
  }

  /** What a search looks through: the dataset with every field in `locale` once loaded, the records drawn until then. */
  private searchedIn(dataset: Dataset, locale: string): Dataset {
    const loaded = this.searchDataset;
    return loaded && loaded.language === locale && this.data.dataset === dataset ? loaded.dataset : dataset;
  }

  private lanes(locale: string) {
    return this.model.lanes(this.shown(locale), groupByName(this.groupBy), this.data.dataset!, locale);
  }

  /** The axis layout at the window's scale, or null when the events are listed. */
  private layout(locale: string): TimelineLayout<TimelineEvent> | null {
    const window = this.view.window;
    if (!window || this.narrow || !this.size.width) return null;
    return this.model.layout(this.lanes(locale), this.frame()!.domain, pxPerMs(window, this.base), this.labelled ? ROWS_GROUPED : ROWS, this.labelled, this.size.width - this.base);
  }

  /** The entries of the current view, lane by lane, in reading (and keyboard) order. */
  private entryLanes(locale: string): { entries: AnyEntry[] }[] {
    const layout = this.layout(locale);
    if (layout) return layout.lanes;
    const window = this.view.window;
    return window ? this.model.list(this.lanes(locale), window) : [];
  }

  /** World px of the window's start on the axis. */
  private offset(): number {
    const window = this.view.window!;
    return (window.start - this.frame()!.domain.start) * pxPerMs(window, this.base);
  }

  /** The entries in the window, lane by lane. */
  private visibleLanes(locale: string): { entries: AnyEntry[] }[] {
    const layout = this.layout(locale);
    if (!layout) return this.entryLanes(locale);
    const u0 = this.offset();
    const u1 = u0 + this.base;
    return layout.lanes.map((l) => ({ entries: l.entries.filter((e) => e.x >= u0 && e.x <= u1) }));
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    const dataset = this.data.dataset;
    if (this.data.status !== 'loaded' || !dataset) return;
    // The selection is brought into view when it changes, and when new data or filters arrive.
    const frame = this.frame()!;
    if (changed.has('selected') || changed.has('selectedEvent') || this.revealedIn !== frame.domain) {
      this.revealedIn = frame.domain;
      this.revealSelection(currentLocale());
    }
    const locale = currentLocale();
    // A search looks through descriptions too: bundled data brings them, in the page's language, on the first search.
    if (this.query.trim() && this.searchDataset?.language !== locale) {
      void detailsModule()
        .then((module) => module.completeDataset(dataset, locale))
        .then((complete) => {
          if (this.data.dataset === dataset && this.searchDataset?.dataset !== complete) this.searchDataset = { language: locale, dataset: complete };
        });
    }
    // The selected event's description comes with its partnership's details.
    const selected = this.selectedEvent;
    if (selected && (!details || details.peekEventDetails(dataset, selected, locale) === undefined)) {
      void detailsModule()
        .then((module) => module.loadEventDetails(dataset, selected, locale))
        .then(() => this.requestUpdate());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A selection the page set (the attributes or properties) is the group's.
    const shared = this.groupLink.selection;
    if ((changed.has('selected') || changed.has('selectedEvent')) && (this.selected !== shared.partnershipId || (this.selectedEvent ?? undefined) !== shared.eventId)) {
      this.groupLink.select(this.selectedEvent ? { partnershipId: this.selected, eventId: this.selectedEvent } : { partnershipId: this.selected }, false);
    }
    this.view.attach(this.viewport ?? null);
    this.applyPositions();
    this.announceLoad();
  }

  /** Copies the data-x/w/y/h/o positions into the CSSOM (a strict CSP forbids style attributes). */
  private applyPositions(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-x], [data-w], [data-y], [data-h], [data-o]')) {
      const { x, w, y, h, o } = el.dataset;
      if (x !== undefined) el.style.insetInlineStart = `${x}px`;
      el.style.marginInlineStart = o === undefined ? '' : `${o}px`;
      if (w !== undefined) el.style.width = `${w}px`;
      if (y !== undefined) el.style.top = `${y}px`;
      if (h !== undefined) el.style.height = `${h}px`;
    }
    if (this.rendered && this.view.window) this.translateTracks(this.view.window);
  }

  /** Moves the time tracks to show `window` (only a translation: the scale is what was rendered). */
  private translateTracks(window: TimeWindow): void {
    const shift = -(window.start - this.frame()!.domain.start) * this.rendered!.pxPerMs;
    for (const track of this.renderRoot.querySelectorAll<HTMLElement>('.track')) track.style.transform = `translateX(${this.rtl ? -shift : shift}px)`;
  }

  /**
   * During a drag, a pan that stays within what is rendered moves the tracks and nothing
   * else (the summary and buttons catch up when the gesture ends); returns whether it did.
   */
  private followPan(window: TimeWindow): boolean {
    const rendered = this.rendered;
    if (!this.view.gesturing || !rendered || Math.abs(pxPerMs(window, this.base) - rendered.pxPerMs) > rendered.pxPerMs * 1e-9) return false;
    const u0 = (window.start - this.frame()!.domain.start) * rendered.pxPerMs;
    if (u0 < rendered.range[0] || u0 + this.size.width > rendered.range[1]) return false;
    this.translateTracks(window);
    return true;
  }

  /** Fires `coop-load` once per dataset and filters, after the render that shows them. */
  private announceLoad(): void {
    if (this.data.status !== 'loaded' || !this.data.dataset) return;
    const matched = this.matched();
    if (matched === this.reported) return;
    this.reported = matched;
    const partnerships = new Set(matched.map((e) => e.partnership).filter((p) => p !== null)).size;
    this.dispatchEvent(new CoopLoadEvent({ partnerships, events: matched.length }));
  }

  /** Attributes this timeline cannot use (an unknown institution only once the data says so). */
  private attributeIssues(): AttributeIssue[] | null {
    const dataset = this.data.dataset;
    if (this.data.status === 'loading') return null;
    const date = (attribute: 'from' | 'to', value: string | null): AttributeIssue | null =>
      value?.trim() && parseBound(value, 'start') === null ? { attribute, code: 'not-a-date', value } : null;
    return [
      ...this.filterIssues(dataset),
      notChoices('group-by', this.groupBy, GROUP_KEYS, true),
      date('from', this.from),
      date('to', this.to),
    ].filter((i): i is AttributeIssue => i !== null);
  }

  // ——— moving the view and the focus ———

  /** Brings the selected event (or the selected partnership's first event) into the window. */
  private revealSelection(locale: string): void {
    const window = this.view.window;
    const items = this.shown(locale);
    const key = this.selectedEvent ?? items.find((s) => s.event.partnership !== null && s.event.partnership === this.selected)?.key;
    const item = key ? items.find((s) => s.key === key) : undefined;
    if (!window || !item || (item.end > window.start && item.start < window.end)) return;
    const span = window.end - window.start;
    this.view.show({ start: item.start - span * 0.3, end: item.start + span * 0.7 });
  }

  /**
   * Puts the focus on entry `key` (or the count holding it) once rendered, panning the axis
   * and scrolling the lanes to it first.
   */
  private async focusEntry(key: string | null, locale: string): Promise<void> {
    const found = key ? (findEntry(this.entryLanes(locale), key) ?? entryHolding(this.entryLanes(locale), key)) : null;
    if (!found) return;
    const { lane, entry } = found;
    this.focusKey = entry.key;
    const layout = this.layout(locale);
    if (layout && 'x' in entry) {
      const u0 = this.offset();
      const visible = entry.x >= u0 + 4 && entry.x + Math.min(entry.width, this.base / 2) <= u0 + this.base - 4;
      if (!visible) this.view.panBy((entry.x - this.base * 0.3 - u0) / this.base);
      const { top, height } = layout.lanes[lane];
      const view = this.lanesView;
      if (top < view.top || top + height > view.top + view.height) this.lanesView = { ...view, top: Math.max(0, Math.min(top - 8, layout.height - view.height)) };
    }
    await this.updateComplete;
    if (this.lanesBox && this.lanesBox.scrollTop !== this.lanesView.top) this.lanesBox.scrollTop = this.lanesView.top;
    const button = this.renderRoot.querySelector<HTMLElement>(`.item[data-key="${CSS.escape(this.focusKey)}"]`);
    // The axis was panned to the entry already; the page still scrolls to it if need be.
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Time moves by translation only, never by scrolling the lanes sideways.
    if (this.lanesBox) this.lanesBox.scrollLeft = 0;
  }

  private onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    if (!button) return;
    const locale = currentLocale();
    const key = button.dataset.key ?? null;
    const action = keyAction(event.key, { rtl: this.rtl, lanes: this.labelled && !!this.layout(locale) });
    if (!action || (action === 'clear' && this.selected === null && this.selectedEvent === null)) return;
    event.preventDefault();
    event.stopPropagation();
    const edge = (which: 'first' | 'last') => void this.focusEntry(neighbourKey(this.visibleLanes(locale), null, which), locale);
    // Zooms keep the focus on the same event (or on the count that now holds it).
    const held = (() => {
      const entry = findEntry(this.entryLanes(locale), key)?.entry;
      return entry ? (entry.type === 'event' ? entry.key : entry.items[0].key) : null;
    })();
    switch (action) {
      case 'page-next':
      case 'page-previous':
        this.view.panBy(action === 'page-next' ? 0.8 : -0.8);
        return edge('first');
      case 'zoom-in':
      case 'zoom-out':
        this.view.zoomBy(action === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP);
        return void this.focusEntry(held, locale);
      case 'reset':
        this.view.reset();
        return void this.focusEntry(held, locale);
      case 'clear':
        return this.select(null);
    }
    const next = neighbourKey(this.entryLanes(locale), key, action);
    if (next) return void this.focusEntry(next, locale);
    // The vertical list holds one period: carry on into the next (or previous) one.
    const window = this.view.window;
    const domain = this.frame()?.domain;
    if (this.layout(locale) || !window || !domain || (action !== 'next' && action !== 'previous')) return;
    if (action === 'next' ? window.end >= domain.end : window.start <= domain.start) return;
    this.view.panBy(action === 'next' ? 0.8 : -0.8);
    edge(action === 'next' ? 'first' : 'last');
  };

  private onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    const locale = currentLocale();
    const found = findEntry(this.entryLanes(locale), button?.dataset.key ?? null);
    if (!found) return;
    const { entry } = found;
    this.focusKey = entry.key;
    if (entry.type === 'event') {
      this.select(entry.item.event.partnership, entry.item.event.id);
      return;
    }
    // A count opens by zooming into its period; the focus follows its first event.
    const span = entry.end - entry.start;
    this.view.show({ start: entry.start - span * 0.05, end: entry.end + span * 0.05 });
    void this.focusEntry(entry.items[0].key, locale);
  };

  private onFocusIn = (event: FocusEvent) => {
    const key = ((event.target as Element).closest?.('.item') as HTMLElement | null)?.dataset.key;
    if (key && key !== this.focusKey) this.focusKey = key;
  };

  private onLanesScroll = (event: Event) => {
    const lanes = event.target as HTMLElement;
    // Focusing an entry half out of view scrolls even an overflow-hidden box sideways: undo it.
    if (lanes.scrollLeft) lanes.scrollLeft = 0;
    this.lanesView = { top: lanes.scrollTop, height: lanes.clientHeight || this.lanesView.height };
  };

  private onSearch = (value: string) => {
    this.query = value;
    const dataset = this.data.dataset;
    // Descriptions and summaries are searched too: bundled data brings them on first search.
    const found = dataset ? this.model.found(this.matched(), this.searchedIn(dataset, currentLocale()), this.shownFilters(this.groupLink.filters), value.trim()) : [];
    if (value.trim() && found.length) this.view.show(fitWindow(found.map((e) => e.interval), this.frame()!.domain));
  };

  // ——— render ———

  protected override render() {
    const locale = currentLocale();
    const { status, dataset, error } = this.data;
    const loaded = status === 'loaded' && !!dataset;
    const items = loaded ? this.shown(locale) : [];
    const layout = loaded ? this.layout(locale) : null;
    const window = loaded ? this.view.window : null;
    const query = this.query.trim();
    return html`
      <div class="toolbar" part="toolbar">
        ${this.searchable ? searchBox(this.query, this.onSearch) : nothing}
        <p class="summary" id="summary" dir="auto">${window && items.length ? this.summary(items, window, locale) : nothing}</p>
        ${items.length && layout
          ? downloadButtons(
              { group: msg('Télécharger la chronologie'), svg: msg('Télécharger la chronologie en SVG'), png: msg('Télécharger la chronologie en PNG') },
              (format) => void this.download(format),
            )
          : nothing}
        ${navButtons(this.navState(window, items.length > 0), {
          previous: () => this.showPrevious(),
          next: () => this.showNext(),
          zoomIn: () => this.zoomBy(ZOOM_STEP),
          zoomOut: () => this.zoomBy(1 / ZOOM_STEP),
          reset: () => this.resetView(),
        })}
      </div>
      <div class="frame ${layout ? 'wide' : 'narrow'}" part="frame">
        <div class="sizer" aria-hidden="true"></div>
        ${items.length ? (layout ? this.renderAxis(layout, locale) : this.renderList(locale)) : nothing}
        ${status === 'loading' ? loadingState(msg('Chargement de la chronologie…')) : nothing}
        ${status === 'failed' ? failureState(msg('Les données de la chronologie n’ont pas pu être chargées.'), error!) : nothing}
        ${loaded && !items.length ? emptyState(emptyReason('events', dataset, { institutions: this.filter.institutions ?? null, rejected: error, query, matched: this.matched().length })) : nothing}
        ${this.wheelHint.template()}
      </div>
      ${status !== 'failed' ? legend() : nothing} ${loaded && items.length ? this.renderDetails(items, dataset, locale) : nothing} ${keyboardHelp()}
      <p class="visually-hidden" role="status">${loaded && query ? foundCount(items.length, locale) : ''}</p>
      ${loaded && error ? setAsideNotice(error) : nothing} ${attributeNotice(this.attributeReport.issues, (i) => i.attribute === 'institution')}
      ${this.cardDialog.template()}
    `;
  }

  private renderDetails(items: readonly TimelineEvent[], dataset: Dataset, locale: string) {
    const item = this.selectedEvent ? items.find((s) => s.key === this.selectedEvent) : undefined;
    return item ? eventDetails(item, details?.peekEventDetails(dataset, item.event.id, locale), dataset, locale) : nothing;
  }

  private summary(items: readonly TimelineEvent[], window: TimeWindow, locale: string): string {
    const inView = items.reduce((n, s) => n + (s.end > window.start && s.start < window.end ? 1 : 0), 0);
    const period = windowLabel(window.start, window.end, locale);
    return `${msg(str`${eventCount(items.length, locale)} au total`)} · ${msg(str`période affichée : ${period} (${eventCount(inView, locale)})`)}`;
  }

  private navState(window: TimeWindow | null, enabled: boolean): NavState {
    const domain = this.frame()?.domain;
    if (!window || !domain || !enabled) return { canPrevious: false, canNext: false, canZoomIn: false, canZoomOut: false, canReset: false };
    const span = window.end - window.start;
    return {
      canPrevious: window.start > domain.start + 1,
      canNext: window.end < domain.end - 1,
      canZoomIn: span > MIN_SPAN * 1.01,
      canZoomOut: span < domain.end - domain.start - 1,
      canReset: true,
    };
  }

  private itemState(items: readonly TimelineEvent[], entryKey: string, roving: string | null) {
    const pressed = items.length === 1 && items[0].key === this.selectedEvent;
    const related = this.selected !== null && items.some((i) => i.event.partnership === this.selected || i.key === this.selectedEvent);
    return { focusable: entryKey === roving, pressed, related };
  }

  /** The key of the entry in the tab order: the focused one, else the selected event's, else the first shown. */
  private rovingKey(rendered: readonly AnyEntry[], locale: string): string | null {
    if (this.focusKey && rendered.some((e) => e.key === this.focusKey)) return this.focusKey;
    const holds = (e: AnyEntry, key: string) => (e.type === 'event' ? e.key === key : e.items.some((i) => i.key === key));
    const selected = this.selectedEvent ? rendered.find((e) => holds(e, this.selectedEvent!)) : undefined;
    if (selected) return selected.key;
    const visible = this.visibleLanes(locale).find((l) => l.entries.length)?.entries[0];
    return visible?.key ?? rendered[0]?.key ?? null;
  }

  private renderAxis(layout: TimelineLayout<TimelineEvent>, locale: string) {
    const window = this.view.window!;
    const domain = this.frame()!.domain;
    const scale = pxPerMs(window, this.base);
    const range = renderedRange(this.offset(), this.size.width);
    this.rendered = { pxPerMs: scale, range };
    const [u0, u1] = [Math.max(0, range[0]), Math.min(layout.width, range[1])];
    const at = (u: number) => domain.start + u / scale;
    const { ticks, step } = axisTicks({ start: at(u0), end: at(u1) }, u1 - u0);
    const [first, last] = lanesInRange(layout.lanes, this.lanesView.top - LANE_OVERSCAN, this.lanesView.top + this.lanesView.height + LANE_OVERSCAN);
    const lanes = layout.lanes.slice(first, last);
    const focused = findEntry(layout.lanes, this.focusKey);
    const perLane = lanes.map((lane, i) => {
      const entries = entriesInRange(lane.entries, range[0], range[1]);
      // The focused entry stays in the DOM, so that panning never drops the focus.
      if (focused && focused.lane === first + i && !entries.includes(focused.entry)) entries.push(focused.entry);
      return entries;
    });
    const roving = this.rovingKey(perLane.flat(), locale);
    const top = lanes[0]?.top ?? 0;
    const lastLane = layout.lanes[last - 1];
    const bottom = lastLane ? layout.height - lastLane.top - lastLane.height : 0;
    return html`<div class="viewport" @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      <div class="grid" aria-hidden="true">
        <div class="track">${ticks.map((t) => html`<span class="gridline" data-x=${t.x + u0}></span>`)}</div>
      </div>
      <div class="axis" part="axis" aria-hidden="true">
        <div class="track">${ticks.map((t) => html`<span class="tick" data-x=${t.x + u0}>${tickLabel(t.time, step, locale)}</span>`)}</div>
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
    const list = this.entryLanes(locale) as { key: string; entries: ListEntry<TimelineEvent>[] }[];
    const roving = this.rovingKey(
      list.flatMap((l) => l.entries),
      locale,
    );
    const lanes = this.lanes(locale);
    return html`<div class="list" @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusIn}>
      ${repeat(
        list,
        (l) => l.key,
        (l) => (l.entries.length ? this.renderLane(lanes.findIndex((lane) => lane.key === l.key), 0, l.entries, roving, locale) : nothing),
      )}
    </div>`;
  }

  /** One lane: its label (when grouped) and its `<ol>`, placed on the axis or listed. */
  private renderLane(index: number, rows: number, entries: readonly AnyEntry[], roving: string | null, locale: string) {
    const lane = this.lanes(locale)[index];
    const labelled = this.labelled;
    const onAxis = rows > 0;
    return html`<div class="lane">
      ${labelled
        ? html`<p class="lane-label" part="lane-label" id="lane-${index}" dir="auto">${lane.label} <span class="lane-count">(${eventCount(lane.items.length, locale)})</span></p>`
        : nothing}
      <ol
        class="events ${onAxis ? 'track' : ''}"
        data-h=${onAxis ? rows * ROW_HEIGHT : nothing}
        aria-labelledby=${labelled ? `lane-${index}` : nothing}
        aria-label=${labelled ? nothing : listHeading(this.data.dataset, this.filter.institutions ?? null, locale)}
        aria-describedby="summary help"
      >
        ${repeat(
          entries,
          (e) => e.key,
          (e) => {
            const place = 'x' in e ? { x: e.x, width: e.width, row: e.row, ...(e.type === 'event' ? { barWidth: e.barWidth, barOffset: e.barOffset } : {}) } : null;
            if (e.type === 'event') return eventItem(e.item, place, this.itemState([e.item], e.key, roving), locale);
            return clusterItem(e.key, e.items, e.start, e.end, place, this.itemState(e.items, e.key, roving), locale);
          },
        )}
      </ol>
    </div>`;
  }

  // ——— export ———

  /** The timeline's visible window as a standalone SVG document (shapes and text as laid out). */
  async exportSvg(): Promise<string> {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return '';
    const { boxesToSvg } = await import('../../export/boxes-to-svg.js');
    return boxesToSvg(frame, listHeading(this.data.dataset, this.filter.institutions ?? null, currentLocale()));
  }

  /** Downloads the visible window as an SVG or PNG file. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const [{ download, fileNameFrom, svgToPng }, source] = await Promise.all([import('../../export/standalone-svg.js'), this.exportSvg()]);
    if (!source) return;
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
    const name = `${fileNameFrom(listHeading(this.data.dataset, this.filter.institutions ?? null, currentLocale()))}.${format}`;
    download(format === 'svg' ? new Blob([source], { type: 'image/svg+xml' }) : await svgToPng(source, frame.width, frame.height), name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-timeline': CoopTimeline;
  }
}
