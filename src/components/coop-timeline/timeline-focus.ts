/**
 * The one owner of where the keyboard is in a timeline: the entry in the tab order (roving
 * tabindex), the lanes' scroll position, and what keys and clicks on entries do. It moves
 * the window through the view controller and the selection through the element; the
 * keyboard model itself (which key does what, where a move goes) is `timeline-keyboard.ts`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimeViewController } from '../../controllers/time-view-controller.js';
import type { TimeWindow } from '../../time/time-window.js';
import { entryHolding, findEntry, keyAction, neighbourKey } from './timeline-keyboard.js';
import type { TimelineEvent } from './timeline-lanes.js';
import type { Entry, TimelineLayout } from './timeline-stack.js';
import type { ListEntry } from './timeline-virtual.js';

/** An entry of either view: on the time axis, or in the vertical list. */
export type AnyEntry = Entry<TimelineEvent> | ListEntry<TimelineEvent>;

/** How much a zoom key zooms. */
export const ZOOM_STEP = 1.6;

/** The timeline's view as it is now: what the focus moves through. */
export interface FocusView {
  /** The entries of the current view, lane by lane, in reading order. */
  entryLanes: { entries: AnyEntry[] }[];
  /** Those within the window. */
  visibleLanes: { entries: AnyEntry[] }[];
  /** The axis layout, or null when the events are listed. */
  layout: TimelineLayout<TimelineEvent> | null;
  /** World px of the window's start, and the px the window spans. */
  offset: number;
  base: number;
  domain: TimeWindow | null;
  rtl: boolean;
  /** Whether events are in labelled lanes. */
  labelled: boolean;
}

/** What the focus needs to know of the timeline, read when it acts. */
export interface FocusOptions {
  view: TimeViewController;
  /** The view now (asked again after the window moved). */
  current(): FocusView;
  /** The selected event, and whether anything is selected. */
  selectedEvent(): string | null;
  hasSelection(): boolean;
  /** Selects (null clears), as a user does. */
  select(partnershipId: string | null, eventId?: string | null): void;
}

export class TimelineFocusController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FocusOptions;
  #key: string | null = null;
  #lanesView = { top: 0, height: 640 };

  constructor(host: ReactiveControllerHost & HTMLElement, options: FocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The entry last focused (or clicked), kept in the tab order. */
  get key(): string | null {
    return this.#key;
  }

  /** The lanes box's scroll position and height, as the DOM last reported them. */
  get lanesView(): { top: number; height: number } {
    return this.#lanesView;
  }

  #setKey(key: string | null): void {
    if (key === this.#key) return;
    this.#key = key;
    this.#host.requestUpdate();
  }

  #setLanesView(view: { top: number; height: number }): void {
    if (view.top === this.#lanesView.top && view.height === this.#lanesView.height) return;
    this.#lanesView = view;
    this.#host.requestUpdate();
  }

  /** The key of the entry in the tab order: the focused one, else the selected event's, else the first shown. */
  rovingKey(rendered: readonly AnyEntry[]): string | null {
    if (this.#key && rendered.some((e) => e.key === this.#key)) return this.#key;
    const selectedEvent = this.#options.selectedEvent();
    const holds = (e: AnyEntry, key: string) => (e.type === 'event' ? e.key === key : e.items.some((i) => i.key === key));
    const selected = selectedEvent ? rendered.find((e) => holds(e, selectedEvent)) : undefined;
    if (selected) return selected.key;
    const visible = this.#options.current().visibleLanes.find((l) => l.entries.length)?.entries[0];
    return visible?.key ?? rendered[0]?.key ?? null;
  }

  /**
   * Puts the focus on entry `key` (or the count holding it) once rendered, panning the axis
   * and scrolling the lanes to it first.
   */
  async focus(key: string | null): Promise<void> {
    const o = this.#options;
    const { entryLanes: lanes, layout, offset: u0, base } = o.current();
    const found = key ? (findEntry(lanes, key) ?? entryHolding(lanes, key)) : null;
    if (!found) return;
    const { lane, entry } = found;
    this.#setKey(entry.key);
    if (layout && 'x' in entry) {
      const visible = entry.x >= u0 + 4 && entry.x + Math.min(entry.width, base / 2) <= u0 + base - 4;
      if (!visible) o.view.panBy((entry.x - base * 0.3 - u0) / base);
      const { top, height } = layout.lanes[lane];
      const view = this.#lanesView;
      if (top < view.top || top + height > view.top + view.height) this.#setLanesView({ ...view, top: Math.max(0, Math.min(top - 8, layout.height - view.height)) });
    }
    await this.#host.updateComplete;
    const root = this.#host.shadowRoot!;
    const lanesBox = root.querySelector<HTMLElement>('.lanes');
    if (lanesBox && lanesBox.scrollTop !== this.#lanesView.top) lanesBox.scrollTop = this.#lanesView.top;
    const button = root.querySelector<HTMLElement>(`.item[data-key="${CSS.escape(this.#key!)}"]`);
    // The axis was panned to the entry already; the page still scrolls to it if need be.
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Time moves by translation only, never by scrolling the lanes sideways.
    if (lanesBox) lanesBox.scrollLeft = 0;
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    if (!button) return;
    const o = this.#options;
    const key = button.dataset.key ?? null;
    const now = o.current();
    const action = keyAction(event.key, { rtl: now.rtl, lanes: now.labelled && !!now.layout });
    if (!action || (action === 'clear' && !o.hasSelection())) return;
    event.preventDefault();
    event.stopPropagation();
    // After a move of the window: the entries then in view.
    const edge = (which: 'first' | 'last') => void this.focus(neighbourKey(o.current().visibleLanes, null, which));
    // Zooms keep the focus on the same event (or on the count that now holds it).
    const entry = findEntry(now.entryLanes, key)?.entry;
    const held = entry ? (entry.type === 'event' ? entry.key : entry.items[0].key) : null;
    switch (action) {
      case 'page-next':
      case 'page-previous':
        o.view.panBy(action === 'page-next' ? 0.8 : -0.8);
        return edge('first');
      case 'zoom-in':
      case 'zoom-out':
        o.view.zoomBy(action === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP);
        return void this.focus(held);
      case 'reset':
        o.view.reset();
        return void this.focus(held);
      case 'clear':
        return o.select(null);
    }
    const next = neighbourKey(now.entryLanes, key, action);
    if (next) return void this.focus(next);
    // The vertical list holds one period: carry on into the next (or previous) one.
    const window = o.view.window;
    const domain = now.domain;
    if (now.layout || !window || !domain || (action !== 'next' && action !== 'previous')) return;
    if (action === 'next' ? window.end >= domain.end : window.start <= domain.start) return;
    o.view.panBy(action === 'next' ? 0.8 : -0.8);
    edge(action === 'next' ? 'first' : 'last');
  };

  readonly onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest?.('.item') as HTMLElement | null;
    const found = findEntry(this.#options.current().entryLanes, button?.dataset.key ?? null);
    if (!found) return;
    const { entry } = found;
    this.#setKey(entry.key);
    if (entry.type === 'event') {
      this.#options.select(entry.item.event.partnership, entry.item.event.id);
      return;
    }
    // A count opens by zooming into its period; the focus follows its first event.
    const span = entry.end - entry.start;
    this.#options.view.show({ start: entry.start - span * 0.05, end: entry.end + span * 0.05 });
    void this.focus(entry.items[0].key);
  };

  readonly onFocusIn = (event: FocusEvent) => {
    const key = ((event.target as Element).closest?.('.item') as HTMLElement | null)?.dataset.key;
    if (key) this.#setKey(key);
  };

  readonly onLanesScroll = (event: Event) => {
    const lanes = event.target as HTMLElement;
    // Focusing an entry half out of view scrolls even an overflow-hidden box sideways: undo it.
    if (lanes.scrollLeft) lanes.scrollLeft = 0;
    this.#setLanesView({ top: lanes.scrollTop, height: lanes.clientHeight || this.#lanesView.height });
  };
}
