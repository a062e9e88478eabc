/**
 * Zoom and pan in time with d3-zoom: Ctrl/⌘ + wheel (trackpad pinches send ctrlKey), mouse
 * drag, and two-finger pinch on touch screens. A plain wheel and a one-finger swipe still
 * scroll the page. Only the horizontal part of d3's transform is used.
 *
 * d3-zoom works in physical pixels; the timeline in inline pixels, which run from the
 * right in a right-to-left page. With `W` the viewport's width, an inline translation `tx`
 * is the physical `W(1 - k) - tx` there.
 */
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampTransform, type InlineTransform } from './timeline-layout.js';

export interface ZoomGeometry {
  /** The viewport's width, px. */
  width: number;
  /** The width the whole domain takes at zoom 1 (the viewport less the end margin). */
  base: number;
  rtl: boolean;
  maxK: number;
}

export class TimeZoom {
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #target: HTMLElement | null = null;
  #geometry: ZoomGeometry = { width: 0, base: 0, rtl: false, maxK: 1 };

  /** `onZoom` hears every change, `ended` being true when a gesture (or a programmatic zoom) ends. */
  constructor(onZoom: (t: InlineTransform, ended: boolean) => void) {
    this.#behavior = d3Zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
        // Drags may start on an event (a click without moving still selects it), not on controls.
        return !(event as MouseEvent).button && !(event.target as Element).closest?.('input, a');
      })
      .constrain((t) => this.#physical(this.#clamp(this.#inline(t))))
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => onZoom(this.#inline(event.transform), false))
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => onZoom(this.#inline(event.transform), true));
  }

  /** Listens on `target` (null: on nothing) with `geometry`. */
  attach(target: HTMLElement | null, geometry: ZoomGeometry): void {
    this.#geometry = geometry;
    this.#behavior.scaleExtent([1, Math.max(1, geometry.maxK)]);
    if (target === this.#target) return;
    if (this.#target) select(this.#target).on('.zoom', null);
    this.#target = target;
    if (target) select(target).call(this.#behavior).on('dblclick.zoom', null);
  }

  /** The transform d3-zoom holds now, inline. */
  current(): InlineTransform | null {
    if (!this.#target) return null;
    const t = (this.#target as HTMLElement & { __zoom?: ZoomTransform }).__zoom;
    return t ? this.#inline(t) : null;
  }

  /** Moves to `t` (clamped); listeners hear it as a change that ended. */
  set(t: InlineTransform): void {
    if (this.#target) this.#behavior.transform(select(this.#target), this.#physical(this.#clamp(t)));
  }

  #clamp(t: InlineTransform): InlineTransform {
    return clampTransform(t, this.#geometry.base, this.#geometry.maxK);
  }

  detach(): void {
    this.attach(null, this.#geometry);
  }

  #inline(t: { k: number; x: number }): InlineTransform {
    const { width, rtl } = this.#geometry;
    return { k: t.k, tx: rtl ? width * (1 - t.k) - t.x : t.x };
  }

  #physical(t: InlineTransform): ZoomTransform {
    const { width, rtl } = this.#geometry;
    return zoomIdentity.translate(rtl ? width * (1 - t.k) - t.tx : t.tx, 0).scale(t.k);
  }
}
