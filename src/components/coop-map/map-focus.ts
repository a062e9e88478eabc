/**
 * The one owner of where a visitor is on the map's marks: the mark in the tab order (roving
 * tabindex), the mark whose tooltip shows, and the group shown fanned out; and what keys,
 * clicks, focus and the pointer on marks do. Zooming goes through the element's zoom, and
 * selecting through the element; which key does what is `map-keyboard.ts`.
 */
import type { ReactiveControllerHost } from 'lit';
import { mapKeyAction, moveIndex } from './map-keyboard.js';
import { defaultFocusKey, type Mark } from './map-model.js';

export interface MapFocusOptions {
  /** The marks on screen, in keyboard order. */
  marks(): Mark[];
  /** The selected partnership. */
  selected(): string | null;
  /** Selects (null clears), as a user does. */
  select(partnershipId: string | null): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  resetZoom(): void;
}

export class MapFocusController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MapFocusOptions;
  #focusKey: string | null = null;
  #tipKey: string | null = null;
  #openCluster: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapFocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The group of partners shown fanned out, by its key. */
  get openCluster(): string | null {
    return this.#openCluster;
  }

  /** The mark whose tooltip shows. */
  get tipKey(): string | null {
    return this.#tipKey;
  }

  /** The mark in the tab order among `marks`: the one last focused, else the selection's, else the first. */
  focusKeyIn(marks: readonly Mark[]): string | null {
    return this.#focusKey && marks.some((m) => m.key === this.#focusKey) ? this.#focusKey : defaultFocusKey(marks, this.#options.selected());
  }

  #set(state: { focusKey?: string | null; tipKey?: string | null; openCluster?: string | null }): void {
    const before = [this.#focusKey, this.#tipKey, this.#openCluster];
    if (state.focusKey !== undefined) this.#focusKey = state.focusKey;
    if (state.tipKey !== undefined) this.#tipKey = state.tipKey;
    if (state.openCluster !== undefined) this.#openCluster = state.openCluster;
    if (before[0] !== this.#focusKey || before[1] !== this.#tipKey || before[2] !== this.#openCluster) this.#host.requestUpdate();
  }

  /** Folds the open group (new partners or a new size: the groups are made again). */
  closeCluster(): void {
    this.#set({ openCluster: null });
  }

  /** Hides the tooltip (the table is shown). */
  hideTip(): void {
    this.#set({ tipKey: null });
  }

  #markOf(event: Event): Mark | undefined {
    const key = ((event.target as Element).closest?.('.mark') as SVGGElement | null)?.dataset.key;
    return key ? this.#options.marks().find((m) => m.key === key) : undefined;
  }

  #hasFocus(): boolean {
    return !!this.#host.shadowRoot?.querySelector('.mark:focus');
  }

  readonly onClick = (event: MouseEvent) => {
    const mark = this.#markOf(event);
    if (!mark) return;
    this.#set({ focusKey: mark.key });
    this.#activate(mark);
  };

  readonly onFocusIn = (event: FocusEvent) => {
    const mark = this.#markOf(event);
    if (mark) this.#set({ focusKey: mark.key, tipKey: mark.key });
  };

  // After the event: a render that replaces the focused mark (a group opening) blurs it on
  // the way, and the focus then lands on the new mark, whose focusin shows its tooltip.
  readonly onFocusOut = () => queueMicrotask(() => !this.#hasFocus() && this.#set({ tipKey: null }));

  readonly onPointerOver = (event: PointerEvent) => {
    const mark = this.#markOf(event);
    if (mark) this.#set({ tipKey: mark.key });
  };

  readonly onPointerOut = (event: PointerEvent) => {
    if (this.#markOf(event) && !this.#hasFocus()) this.#set({ tipKey: null });
  };

  readonly onKeydown = (event: KeyboardEvent) => {
    const action = mapKeyAction(event.key, event.shiftKey);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    const o = this.#options;
    const marks = o.marks();
    const index = marks.findIndex((m) => m.key === this.#focusKey);
    switch (action.type) {
      case 'move': {
        const mark = marks[moveIndex(index, marks.length, action.to)];
        if (mark) void this.focus(mark.key);
        return;
      }
      case 'pan':
        return o.panBy(action.dx, action.dy);
      case 'zoom':
        return o.zoomBy(action.factor);
      case 'reset':
        return o.resetZoom();
      case 'activate':
        if (marks[index]) this.#activate(marks[index]);
        return;
      case 'escape':
        return this.#escape();
    }
  };

  /** Moves keyboard focus (and the tooltip) to a mark, once it is rendered. */
  async focus(key: string): Promise<void> {
    this.#set({ focusKey: key, tipKey: key });
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  #activate(mark: Mark): void {
    if (mark.type === 'cluster') {
      this.#set({ openCluster: mark.cluster.key });
      void this.focus(mark.cluster.members[0].id);
    } else {
      if (mark.type === 'partner') this.#options.select(mark.point.partnership.id);
      this.#set({ tipKey: mark.key });
    }
  }

  #escape(): void {
    if (this.#openCluster) {
      const key = this.#openCluster;
      this.#set({ openCluster: null });
      void this.focus(`cluster:${key}`);
    } else if (this.#options.selected() !== null) this.#options.select(null);
    else this.#set({ tipKey: null });
  }
}
