/**
 * The gestures that zoom and pan a view, as events a view's owner applies to its own state
 * (the map's transform, the timeline's window): Ctrl/⌘ + wheel (trackpad pinches send
 * ctrlKey), a mouse or pen drag, and a two-finger pinch on touch screens. A plain wheel and
 * a one-finger swipe still scroll the page. Holds no view state, only the gesture's own.
 */

export interface GestureHandlers {
  /** Zoom by `factor` about the view point `(x, y)`. */
  zoom(factor: number, x: number, y: number): void;
  /** Move the content by `(dx, dy)` pixels. */
  pan(dx: number, dy: number): void;
  /** A gesture started or ended (the wheel or the pointers rested). */
  gesture?(active: boolean): void;
  /** A plain wheel turn over the view: the page scrolls; the owner may say how to zoom. */
  plainWheel?(event: WheelEvent): void;
  /** Whether a press on `target` may start a drag (not on a control). */
  dragsFrom?(target: Element): boolean;
  /** x runs from the right (an Arabic timeline's inline coordinates). */
  mirrored?(): boolean;
}

/** Pixels a press must move before it is a drag rather than a click. */
const DRAG_THRESHOLD = 3;
/** A wheel gesture ends when no turn came for this long (d3-zoom's figure). */
const WHEEL_IDLE = 150;

export class ZoomGestures {
  readonly #handlers: GestureHandlers;
  #target: HTMLElement | null = null;
  #pointers = new Map<number, { x: number; y: number }>();
  #press: { id: number; x: number; y: number; dragging: boolean } | null = null;
  #wheelTimer = 0;
  #active = false;

  constructor(handlers: GestureHandlers) {
    this.#handlers = handlers;
  }

  /** Whether a gesture is under way. */
  get active(): boolean {
    return this.#active;
  }

  /** Listens on `target` (null: on nothing). Cheap to call after every render. */
  attach(target: HTMLElement | null): void {
    if (target === this.#target) return;
    if (this.#target) {
      this.#target.removeEventListener('wheel', this.#onWheel);
      this.#target.removeEventListener('pointerdown', this.#onPointerDown);
      this.#release();
    }
    this.#target = target;
    target?.addEventListener('wheel', this.#onWheel, { passive: false });
    target?.addEventListener('pointerdown', this.#onPointerDown);
  }

  #setActive(active: boolean): void {
    if (active === this.#active) return;
    this.#active = active;
    this.#handlers.gesture?.(active);
  }

  /** A client point in the view's coordinates (inline ones when mirrored). */
  #local(clientX: number, clientY: number): [number, number] {
    const box = this.#target!.getBoundingClientRect();
    const x = clientX - box.left;
    return [this.#handlers.mirrored?.() ? box.width - x : x, clientY - box.top];
  }

  #onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey)) {
      this.#handlers.plainWheel?.(event);
      return;
    }
    event.preventDefault();
    this.#setActive(true);
    this.#handlers.zoom(wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey), ...this.#local(event.clientX, event.clientY));
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = window.setTimeout(() => this.#pointers.size || this.#setActive(false), WHEEL_IDLE);
  };

  #onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (this.#handlers.dragsFrom && !this.#handlers.dragsFrom(event.target as Element)) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.#pointers.size === 1) {
      window.addEventListener('pointermove', this.#onPointerMove);
      window.addEventListener('pointerup', this.#onPointerUp);
      window.addEventListener('pointercancel', this.#onPointerUp);
    }
    // One finger scrolls the page (the CSS touch-action leaves it to the browser); two pinch.
    if (event.pointerType !== 'touch') this.#press = { id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
    else if (this.#pointers.size === 2) this.#setActive(true);
  };

  #onPointerMove = (event: PointerEvent) => {
    const previous = this.#pointers.get(event.pointerId);
    if (!previous) return;
    const press = this.#press;
    if (press?.id === event.pointerId) {
      if (!press.dragging && Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD) return;
      press.dragging = true;
      this.#setActive(true);
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const dx = event.clientX - previous.x;
      this.#handlers.pan(this.#handlers.mirrored?.() ? -dx : dx, event.clientY - previous.y);
      return;
    }
    if (this.#pointers.size !== 2) return;
    // Pinch: scale by the change of the fingers' distance about their midpoint, and follow it.
    const [a, b] = [...this.#pointers.values()];
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const [c, d] = [...this.#pointers.values()];
    const [x0, y0] = this.#local((a.x + b.x) / 2, (a.y + b.y) / 2);
    const [x1, y1] = this.#local((c.x + d.x) / 2, (c.y + d.y) / 2);
    this.#handlers.zoom(Math.hypot(c.x - d.x, c.y - d.y) / Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), x0, y0);
    this.#handlers.pan(x1 - x0, y1 - y0);
  };

  #onPointerUp = (event: PointerEvent) => {
    this.#pointers.delete(event.pointerId);
    if (this.#press?.id === event.pointerId) {
      // A drag is not a click: the mark under the pointer must not be selected by it. The
      // click, if any, comes in this same task, right after pointerup.
      if (this.#press.dragging) {
        window.addEventListener('click', swallowClick, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallowClick, { capture: true }));
      }
      this.#press = null;
    }
    if (this.#pointers.size === 0) this.#release();
  };

  #release(): void {
    this.#pointers.clear();
    this.#press = null;
    window.removeEventListener('pointermove', this.#onPointerMove);
    window.removeEventListener('pointerup', this.#onPointerUp);
    window.removeEventListener('pointercancel', this.#onPointerUp);
    clearTimeout(this.#wheelTimer);
    this.#setActive(false);
  }
}

function swallowClick(event: Event): void {
  event.stopPropagation();
  event.preventDefault();
}

/** How much a wheel turn zooms: d3-zoom's curve (trackpad pinches come as Ctrl + wheel, with small deltas). */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return 2 ** (-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1));
}
