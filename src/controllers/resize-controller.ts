/**
 * Tracks the size of an element of its host with a ResizeObserver (the pattern of
 * `@lit-labs/observers`' ResizeController) and re-renders the host when it changes.
 * Never `window.onresize`: an element's width is not the window's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels (0 until first measured). */
  width = 0;
  /** Content-box height in CSS pixels (0 until first measured). */
  height = 0;
  readonly #host: ReactiveControllerHost & Element;
  readonly #target: () => Element | null | undefined;
  readonly #observer: ResizeObserver;
  #observed: Element | null = null;

  /** Observes `target()` (default: the host itself) once it exists. */
  constructor(host: ReactiveControllerHost & Element, target: () => Element | null | undefined = () => host) {
    this.#host = host;
    this.#target = target;
    this.#observer = new ResizeObserver(([entry]) => {
      const box = entry.contentBoxSize?.[0];
      const width = Math.round(box ? box.inlineSize : entry.contentRect.width);
      const height = Math.round(box ? box.blockSize : entry.contentRect.height);
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        this.#host.requestUpdate();
      }
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#observe();
  }

  hostUpdated(): void {
    // The target may be rendered only after the first update (or re-rendered).
    this.#observe();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#observed = null;
  }

  #observe(): void {
    const target = this.#target();
    if (!target || target === this.#observed) return;
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observer.observe(target);
    this.#observed = target;
  }
}
