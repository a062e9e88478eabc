/**
 * d3-zoom on the map's frame, reporting transforms to the element, which renders them with
 * Lit. A page scrolls under the wheel, so the wheel zooms only with Ctrl/⌘ (trackpad pinches
 * send ctrlKey), and touch screens zoom with two fingers so one finger still scrolls.
 */
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomTransform } from './map-layout.js';

/** d3-zoom keeps an element's transform in this property. */
type ZoomedElement = HTMLElement & { __zoom: ZoomTransform };

export interface MapZoomCallbacks {
  /** A gesture started. */
  start(): void;
  /** The transform changed during a gesture. */
  zoom(t: ZoomTransform): void;
  /** The gesture ended. */
  end(): void;
}

export class MapZoom {
  #behavior: ZoomBehavior<HTMLElement, unknown> | null = null;
  #target: HTMLElement | null = null;
  readonly #callbacks: MapZoomCallbacks;
  readonly #maxScale: number;

  constructor(callbacks: MapZoomCallbacks, maxScale: number) {
    this.#callbacks = callbacks;
    this.#maxScale = maxScale;
  }

  /**
   * Attaches to `frame` (or detaches, with null), sized `width` x `height`, starting at
   * transform `t`. Cheap to call after every update.
   */
  attach(frame: HTMLElement | null, width: number, height: number, t: ZoomTransform): void {
    if (frame === this.#target) {
      this.#behavior?.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
      return;
    }
    this.detach();
    if (!frame) return;
    this.#target = frame;
    this.#behavior = d3Zoom<HTMLElement, unknown>()
      .scaleExtent([1, this.#maxScale])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
        return !(event as MouseEvent).button && !(event.target as Element).closest?.('.zoom');
      })
      .on('start', () => this.#callbacks.start())
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.#callbacks.zoom({ k, x, y });
      })
      .on('end', () => this.#callbacks.end());
    select(frame).call(this.#behavior).on('dblclick.zoom', null);
    this.set(t);
  }

  /**
   * Tells d3-zoom where the view is now (after buttons, keys, a new layout) silently,
   * through the state it keeps on its element, so the next gesture continues from here
   * without replaying zoom events, which would start another update after this one.
   */
  set(t: ZoomTransform): void {
    if (this.#target) (this.#target as ZoomedElement).__zoom = zoomIdentity.translate(t.x, t.y).scale(t.k);
  }

  detach(): void {
    if (this.#target) select(this.#target).on('.zoom', null);
    this.#target = null;
    this.#behavior = null;
  }
}
