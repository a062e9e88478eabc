/**
 * The one owner of a timeline's visible window. Buttons, keys, a search that fits its
 * results, a selection brought into view and gestures (`zoom-gestures.ts`: Ctrl + wheel,
 * drag, pinch, a sideways swipe) all go through `show`, `zoomBy` and `panBy`, which keep the
 * window inside the domain and re-render the host. The window belongs to a domain: when the
 * host's data or filters give a new domain or start, it starts again from the initial window
 * (the same ones again, as after a change of language, keep the visitor's window).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampWindow, panWindow, sameWindow, zoomWindow, type TimeWindow } from '../time/time-window.js';
import { ZoomGestures } from './zoom-gestures.js';

export interface TimeViewOptions {
  /** All that can be shown (a new object when data or filters change), and where to start. */
  domain(): { domain: TimeWindow; initial: TimeWindow } | null;
  /** How many px the window spans now. */
  width(): number;
  /** Whether time runs right to left (Arabic pages). */
  mirrored(): boolean;
  /** Whether a press on `target` may start a drag (not on a control). */
  dragsFrom?(target: Element): boolean;
  /** A plain wheel turn: the page scrolls; the host may say how to zoom. */
  onPlainWheel?(): void;
  /** Called instead of a re-render when only the window moved and the host can follow it cheaply; returns false to re-render. */
  moved?(window: TimeWindow): boolean;
}

export class TimeViewController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TimeViewOptions;
  readonly #gestures: ZoomGestures;
  #domain: TimeWindow | null = null;
  #initial: TimeWindow | null = null;
  #window: TimeWindow = { start: 0, end: 1 };

  constructor(host: ReactiveControllerHost, options: TimeViewOptions) {
    this.#host = host;
    this.#options = options;
    this.#gestures = new ZoomGestures({
      zoom: (factor, x) => this.zoomBy(factor, this.timeAt(x)),
      pan: (dx) => this.#panByPx(dx),
      gesture: (active) => !active && host.requestUpdate(),
      plainWheel: (event) => {
        // A sideways swipe pans in time: the page cannot scroll sideways anyway.
        if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          event.preventDefault();
          this.#panByPx(options.mirrored() ? event.deltaX : -event.deltaX);
        } else options.onPlainWheel?.();
      },
      dragsFrom: options.dragsFrom,
      mirrored: options.mirrored,
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#gestures.attach(null);
  }

  /** Listens to gestures on `target` (null: on nothing). */
  attach(target: HTMLElement | null): void {
    this.#gestures.attach(target);
  }

  /** True while a gesture is under way. */
  get gesturing(): boolean {
    return this.#gestures.active;
  }

  /** The window shown (the initial one after the domain changed), or null without a domain. */
  get window(): TimeWindow | null {
    const current = this.#options.domain();
    if (!current) return null;
    if (current.domain !== this.#domain) {
      // The same span and start again (the data in another language): the visitor's window stays.
      const same = this.#domain !== null && this.#initial !== null && sameWindow(current.domain, this.#domain) && sameWindow(current.initial, this.#initial);
      this.#domain = current.domain;
      this.#initial = current.initial;
      if (!same) this.#window = clampWindow(current.initial, current.domain);
    }
    return this.#window;
  }

  /** The instant at `x` px from the window's inline start. */
  timeAt(x: number): number {
    const window = this.window!;
    return window.start + (x / Math.max(1, this.#options.width())) * (window.end - window.start);
  }

  /** Shows `window`, kept inside the domain. */
  show(window: TimeWindow): void {
    const domain = this.window && this.#domain;
    if (!domain) return;
    this.#set(clampWindow(window, domain));
  }

  /** Brings `span` into view, if it is not, with the window's size kept: it then starts 30% into the window. */
  reveal(span: { start: number; end: number }): void {
    const window = this.window;
    if (!window || (span.end > window.start && span.start < window.end)) return;
    const size = window.end - window.start;
    this.show({ start: span.start - size * 0.3, end: span.start + size * 0.7 });
  }

  /** Zooms by `factor` (> 1: in) about `anchor` (default: the middle of the window). */
  zoomBy(factor: number, anchor?: number): void {
    const window = this.window;
    if (window) this.#set(zoomWindow(window, factor, anchor, this.#domain!));
  }

  /** Moves by `fraction` of the window (negative: back in time). */
  panBy(fraction: number): void {
    const window = this.window;
    if (window) this.#set(panWindow(window, fraction, this.#domain!));
  }

  /** Back to the initial window. */
  reset(): void {
    const current = this.#options.domain();
    if (current) this.show(current.initial);
  }

  #panByPx(dx: number): void {
    const window = this.window;
    if (window) this.panBy(-dx / Math.max(1, this.#options.width()));
  }

  #set(window: TimeWindow): void {
    if (sameWindow(window, this.#window)) return;
    this.#window = window;
    if (!this.#options.moved?.(window)) this.#host.requestUpdate();
  }
}
