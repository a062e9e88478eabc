/**
 * The one owner of a view's zoom transform (the map's): gestures (`zoom-gestures.ts`),
 * buttons and keys all change it through `set`, `scaleBy` and `translateBy`, each change
 * constrained by the host's limits and re-rendering the host. Pure math: `geo/zoom-transform.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { constrain, IDENTITY, sameTransform, scaleAbout, translateBy, type ZoomLimits, type ZoomTransform } from '../geo/zoom-transform.js';
import { ZoomGestures } from './zoom-gestures.js';

export interface ZoomOptions {
  /** The limits now (they follow the view's size). */
  limits(): ZoomLimits;
  /** Whether a press on `target` may start a drag (not on a control). */
  dragsFrom?(target: Element): boolean;
  /** A plain wheel turn over the view: the page scrolls; the host may say how to zoom. */
  onPlainWheel?(): void;
  /**
   * Called, during a gesture, instead of a re-render: the host may follow the new transform
   * cheaply (moving layers drawn at rest) and return true; false re-renders it.
   */
  moved?(t: ZoomTransform): boolean;
}

export class ZoomController implements ReactiveController {
  /** The transform shown. */
  transform: ZoomTransform = IDENTITY;
  /**
   * The transform at the last moment no gesture was under way: what costly layers are drawn
   * at (during a gesture, they are moved from there by a CSS transform).
   */
  settled: ZoomTransform = IDENTITY;
  readonly #host: ReactiveControllerHost;
  readonly #options: ZoomOptions;
  readonly #gestures: ZoomGestures;

  constructor(host: ReactiveControllerHost, options: ZoomOptions) {
    this.#host = host;
    this.#options = options;
    this.#gestures = new ZoomGestures({
      zoom: (factor, x, y) => this.set(scaleAbout(this.transform, factor, x, y)),
      pan: (dx, dy) => this.translateBy(dx, dy),
      gesture: (active) => {
        if (!active) this.settled = this.transform;
        host.requestUpdate();
      },
      plainWheel: () => options.onPlainWheel?.(),
      dragsFrom: options.dragsFrom,
    });
    host.addController(this);
  }

  /** True while a wheel, drag or pinch gesture is under way. */
  get gesturing(): boolean {
    return this.#gestures.active;
  }

  hostDisconnected(): void {
    this.attach(null);
  }

  /** Listens to gestures on `target` (null: on nothing). Cheap to call after every update. */
  attach(target: HTMLElement | null): void {
    this.#gestures.attach(target);
  }

  /** Shows `t` (constrained). */
  set(t: ZoomTransform): void {
    const next = constrain(t, this.#options.limits());
    if (sameTransform(next, this.transform)) return;
    this.transform = next;
    if (!this.gesturing) this.settled = next;
    if (!(this.gesturing && this.#options.moved?.(next))) this.#host.requestUpdate();
  }

  /** Zooms by `factor` about a point of the view (default: its centre). */
  scaleBy(factor: number, point?: { x: number; y: number }): void {
    const { width, height } = this.#options.limits();
    this.set(scaleAbout(this.transform, factor, point?.x ?? width / 2, point?.y ?? height / 2));
  }

  /** Moves the content by `(dx, dy)` pixels. */
  translateBy(dx: number, dy = 0): void {
    this.set(translateBy(this.transform, dx, dy));
  }
}
