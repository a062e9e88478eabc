import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { GroupController } from '../../controllers/group-controller.js';
import { LoadAnnouncer } from '../../controllers/load-announcer.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { TimeViewController } from '../../controllers/time-view-controller.js';
import { WheelHintController, wheelHintStyles } from '../../controllers/wheel-hint-controller.js';
import type { Dataset, EventRecord } from '../../data/dataset.js';
import { EVENT_KINDS, EVENT_STATUSES } from '../../data/vocabulary.generated.js';
import { CoopSelectEvent, type CoopSelectDetail } from '../../events/coop-select.js';
import { currentLocale } from '../../localization.js';
import { fitWindow, parseBound, pxPerMs, type TimeWindow } from '../../time/time-window.js';
import { AttributeReporter, notChoices, type AttributeIssue } from '../shared/attributes.js';
import { CardDialogController } from '../shared/card-dialog.js';
import { CoopFilteredElement } from '../shared/coop-filtered-element.js';
import { downloadButtons, downloadStyles } from '../shared/download-buttons.js';
import { loadingState, problemsFor, stateStyles } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { timelineEndStyles, timelineStyles } from './coop-timeline.styles.js';
import { itemStyles } from './timeline-items.styles.js';
import { textMeasureFor, type TextMeasure } from './label-width.js';
import { DescriptionsController } from './timeline-descriptions.js';
import { TimelineFocusController, ZOOM_STEP, type FocusView } from './timeline-focus.js';
import { foundCount, windowSummary } from './timeline-format.js';
import { GROUP_KEYS, groupByName, type GroupBy, type TimelineEvent } from './timeline-lanes.js';
import { TimelineModel, type Grouping } from './timeline-model.js';
import { keyboardHelp, legend, listHeading, navButtons, navState, searchBox } from './timeline-parts.js';
import { endMargin, type TimelineLayout } from './timeline-stack.js';
import { AxisTracks, axisView, listView, type ViewContext } from './timeline-views.js';
import type { ListEntry } from './timeline-virtual.js';

/** Below this width (the element's own, not the window's) events are a vertical list. */
const NARROW_BELOW = 560;
let grouping: Grouping | null = null;

/** Rows of one lane before dense periods fold into counts (the lanes then scroll past `--coop-timeline-max-height`). */
const ROWS = 8;
const ROWS_GROUPED = 5;

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
 * @cssprop --coop-timeline-event-color - The events' colour, when it differs from the brand colour.
 * @cssprop --coop-timeline-selected-color - The selection's colour on the timeline, when it differs from `--coop-selected-color`.
 * @cssprop --coop-timeline-max-height - Tallest the lanes get before they scroll; default 640px.
 */
@localized()
export class CoopTimeline extends CoopFilteredElement {
  static override styles = [themeStyles, stateStyles, downloadStyles, timelineStyles, itemStyles, timelineEndStyles, wheelHintStyles];

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

  private readonly data = new DatasetController(this, () => this.dataRequest());
  // A zero-height box across the frame: its width is the axis', and its height never changes
  // with what is rendered (observing the frame itself would re-render as the content grows).
  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector<HTMLElement>('.sizer'));
  private readonly model = new TimelineModel();
  private readonly wheelHint = new WheelHintController(this);
  private readonly view = new TimeViewController(this, {
    domain: () => this.frame(),
    width: () => this.base,
    mirrored: () => this.rtl,
    dragsFrom: (target) => !target.closest('input, a'),
    onPlainWheel: () => this.wheelHint.show(),
    // During a drag, a pan within what is rendered moves the tracks alone (the summary and buttons catch up at the end).
    moved: (window) => this.view.gesturing && this.tracks.follow(this.renderRoot, window, this.frame()!.domain.start, pxPerMs(window, this.base), this.size.width, this.rtl),
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
  private readonly entryFocus = new TimelineFocusController(this, {
    view: this.view,
    current: () => this.focusView(currentLocale()),
    selectedEvent: () => this.selectedEvent,
    hasSelection: () => this.selected !== null || this.selectedEvent !== null,
    select: (partnershipId, eventId) => this.select(partnershipId, eventId ?? null),
  });
  private readonly descriptions = new DescriptionsController(this, {
    dataset: () => (this.data.status === 'loaded' ? this.data.dataset : null),
    searching: () => !!this.query.trim(),
    selectedEvent: () => this.selectedEvent,
  });
  private readonly cardDialog = new CardDialogController(this, () => this.groupLink.store);
  private readonly attributeReport = new AttributeReporter(this, () => this.attributeIssues());
  private measured: { measure: TextMeasure; key: string } | null = null;
  private readonly tracks = new AxisTracks();
  private readonly loaded = new LoadAnnouncer(this, () => {
    const events = this.data.status === 'loaded' && this.data.dataset ? this.matched() : null;
    return events && { key: events, detail: () => ({ partnerships: new Set(events.flatMap((e) => e.partnership ?? [])).size, events: events.length }) };
  });
  /** The domain the selection was last revealed in. */
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

  /** The lanes asked for, once their module is here (willUpdate loads it as soon as `group-by` is set). */
  private get grouped(): GroupBy | null {
    return grouping ? groupByName(this.groupBy) : null;
  }

  private get labelled(): boolean {
    return this.grouped !== null;
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
    const found = this.model.found(this.matched(), this.descriptions.searchedIn(dataset, locale), this.shownFilters(this.groupLink.filters), this.query.trim());
    this.measured ??= textMeasureFor(this);
    return this.model.items(found, locale, this.measured.measure, this.measured.key);
  }

  private lanes(locale: string) {
    return this.model.lanes(this.shown(locale), this.grouped, grouping, this.data.dataset!, locale);
  }

  /** The axis layout at the window's scale, or null when the events are listed. */
  private layout(locale: string): TimelineLayout<TimelineEvent> | null {
    const window = this.view.window;
    if (!window || this.narrow || !this.size.width) return null;
    return this.model.layout(this.lanes(locale), this.frame()!.domain, pxPerMs(window, this.base), this.labelled ? ROWS_GROUPED : ROWS, this.labelled, this.size.width - this.base);
  }

  /**
   * The entries shown now, lane by lane in reading (and keyboard) order, those within the
   * window, and where the window starts on the axis (world px): what the keyboard moves through.
   */
  private focusView(locale: string): FocusView {
    const [layout, window] = [this.layout(locale), this.view.window];
    const entryLanes = layout ? layout.lanes : window ? this.model.list(this.lanes(locale), window) : [];
    const offset = layout && window ? (window.start - this.frame()!.domain.start) * pxPerMs(window, this.base) : 0;
    const visibleLanes = layout ? this.model.inWindow(layout, offset, this.base) : entryLanes;
    return { entryLanes, visibleLanes, layout, offset, base: this.base, domain: this.frame()?.domain ?? null, rtl: this.rtl, labelled: this.labelled };
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lanes load with the attribute, while the data is on its way.
    if (!grouping && groupByName(this.groupBy)) void import('./timeline-groups.js').then((loaded) => ((grouping = loaded), this.requestUpdate()));
    if (this.data.status !== 'loaded' || !this.data.dataset) return;
    // The selection is brought into view when it changes, and when new data or filters arrive.
    const frame = this.frame()!;
    if (changed.has('selected') || changed.has('selectedEvent') || this.revealedIn !== frame.domain) {
      this.revealedIn = frame.domain;
      this.revealSelection(currentLocale());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A selection the page set (the attributes or properties) is the group's.
    if (changed.has('selected') || changed.has('selectedEvent')) this.groupLink.adopt(this.selectedEvent ? { partnershipId: this.selected, eventId: this.selectedEvent } : { partnershipId: this.selected });
    this.view.attach(this.renderRoot.querySelector<HTMLElement>('.viewport'));
    this.tracks.place(this.renderRoot, this.view.window, this.frame()?.domain.start ?? 0, this.rtl);
    this.loaded.announce();
  }

  /** Attributes this timeline cannot use (an unknown institution only once the data says so). */
  private attributeIssues(): AttributeIssue[] | null {
    const dataset = this.data.dataset;
    if (this.data.status === 'loading') return null;
    const date = (attribute: 'from' | 'to', value: string | null): AttributeIssue[] => (value?.trim() && parseBound(value, 'start') === null ? [{ attribute, code: 'not-a-date', value }] : []);
    const groupBy = notChoices('group-by', this.groupBy, GROUP_KEYS, true);
    return [...this.filterIssues(dataset), ...(groupBy ? [groupBy] : []), ...date('from', this.from), ...date('to', this.to)];
  }

  // ——— moving the view and the focus ———

  /** Brings the selected event (or the selected partnership's first event) into the window. */
  private revealSelection(locale: string): void {
    const items = this.shown(locale);
    const key = this.selectedEvent ?? items.find((s) => s.event.partnership !== null && s.event.partnership === this.selected)?.key;
    const item = key ? items.find((s) => s.key === key) : undefined;
    if (item) this.view.reveal(item);
  }

  private onSearch = (value: string) => {
    this.query = value;
    const dataset = this.data.dataset;
    // Descriptions and summaries are searched too: bundled data brings them on first search.
    const found = dataset ? this.model.found(this.matched(), this.descriptions.searchedIn(dataset, currentLocale()), this.shownFilters(this.groupLink.filters), value.trim()) : [];
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
        <p class="summary" id="summary" dir="auto">${window && items.length ? windowSummary(items, window, locale) : nothing}${loaded && error ? problemsFor(this, true)?.problemsLink(this, error, items.length > 0) : nothing}</p>
        ${items.length && layout
          ? downloadButtons(
              { group: msg('Télécharger la chronologie'), svg: msg('Télécharger la chronologie en SVG'), png: msg('Télécharger la chronologie en PNG') },
              (format) => void this.download(format),
            )
          : nothing}
        ${navButtons(navState(window, this.frame()?.domain, items.length > 0), {
          previous: () => this.showPrevious(),
          next: () => this.showNext(),
          zoomIn: () => this.zoomBy(ZOOM_STEP),
          zoomOut: () => this.zoomBy(1 / ZOOM_STEP),
          reset: () => this.resetView(),
        })}
      </div>
      <div class="frame ${layout ? 'wide' : 'narrow'}" part="frame">
        <div class="sizer" aria-hidden="true"></div>
        ${items.length ? this.renderView(layout, locale) : nothing}
        ${status === 'loading' ? loadingState(msg('Chargement de la chronologie…')) : nothing}
        ${status === 'failed' ? problemsFor(this, true)?.failureState(msg('Les données de la chronologie n’ont pas pu être chargées.'), error!) : nothing}
        ${loaded && !items.length ? problemsFor(this, true)?.emptyState(dataset, 'events', { institutions: this.filter.institutions ?? null, rejected: error, query, matched: this.matched().length }) : nothing}
        ${this.wheelHint.template()}
      </div>
      ${status !== 'failed' ? legend() : nothing} ${loaded && items.length ? this.renderDetails(items, dataset, locale) : nothing} ${keyboardHelp()}
      <p class="visually-hidden" role="status">${loaded && query ? foundCount(items.length, locale) : ''}</p>
      ${loaded && error ? problemsFor(this, true)?.setAsideNotice(error) : nothing} ${this.attributeReport.notice((i) => i.attribute === 'institution')}
      ${this.cardDialog.template()}
    `;
  }

  private renderDetails(items: readonly TimelineEvent[], dataset: Dataset, locale: string) {
    const item = this.selectedEvent ? items.find((s) => s.key === this.selectedEvent) : undefined;
    return item ? this.descriptions.details(item, dataset, locale) : nothing;
  }

  /** The time axis, or the vertical list when the element is narrow. */
  private renderView(layout: TimelineLayout<TimelineEvent> | null, locale: string) {
    const context: ViewContext = {
      lanes: this.lanes(locale),
      labelled: this.labelled,
      listLabel: this.heading(locale),
      selected: this.selected,
      selectedEvent: this.selectedEvent,
      focus: this.entryFocus,
      locale,
    };
    if (!layout) {
      this.tracks.rendered = null;
      return listView(context, this.focusView(locale).entryLanes as { key: string; entries: ListEntry<TimelineEvent>[] }[]);
    }
    const frame = { window: this.view.window!, domain: this.frame()!.domain, base: this.base, width: this.size.width, offset: this.focusView(locale).offset };
    const { template, rendered } = axisView(context, layout, frame);
    this.tracks.rendered = rendered;
    return template;
  }

  // ——— export ———

  /** The timeline's visible window as a standalone SVG document (shapes and text as laid out). */
  async exportSvg(): Promise<string> {
    return (await import('../../export/boxes-to-svg.js')).frameToSvg(this.renderRoot, this.heading()).source;
  }

  /** Downloads the visible window as an SVG or PNG file. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const [{ saveDrawing }, { frameToSvg }] = await Promise.all([import('../../export/standalone-svg.js'), import('../../export/boxes-to-svg.js')]);
    const { source, width, height } = frameToSvg(this.renderRoot, this.heading());
    await saveDrawing(format, source, this.heading(), width, height);
  }

  /** The name of the list and of its files: the institutions shown. */
  private heading(locale: string = currentLocale()): string {
    return listHeading(this.data.dataset, this.filter.institutions ?? null, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-timeline': CoopTimeline;
  }
}
