/**
 * View transforms for zooming and panning, without the DOM: screen = base × k + (x, y).
 * What d3-zoom computes for a scale and a pan, in a few lines, so the map and the timeline
 * do not download a transition and colour library to move a picture.
 */

/** A zoom transform: screen = base × k + (x, y). */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = Object.freeze({ k: 1, x: 0, y: 0 });

/** How far a view may zoom, and the box (at k = 1) that must keep covering the view. */
export interface ZoomLimits {
  minK: number;
  maxK: number;
  /** The view's size: at k = 1 the content fills it exactly. */
  width: number;
  height: number;
}

/** `t` with k within the limits and the content still covering the whole view (d3-zoom's default constraint). */
export function constrain(t: ZoomTransform, limits: ZoomLimits): ZoomTransform {
  const k = clamp(t.k, limits.minK, Math.max(limits.minK, limits.maxK));
  return {
    k,
    x: clamp(t.x, limits.width - limits.width * k, 0),
    y: clamp(t.y, limits.height - limits.height * k, 0),
  };
}

/** Zooms by `factor` keeping the screen point `(px, py)` where it is. */
export function scaleAbout(t: ZoomTransform, factor: number, px: number, py: number): ZoomTransform {
  const k = t.k * factor;
  return { k, x: px - ((px - t.x) / t.k) * k, y: py - ((py - t.y) / t.k) * k };
}

/** Moves the view's content by `(dx, dy)` screen pixels. */
export function translateBy(t: ZoomTransform, dx: number, dy: number): ZoomTransform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** Whether two transforms show the same view (to a hundredth of a pixel). */
export function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return Math.abs(a.k - b.k) <= 1e-9 * b.k && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/**
 * The zoom transform that shows the box around `points` (base coordinates) in a
 * `width` x `height` view with `padding`, at most `maxScale`, at least 1 (the whole view).
 */
export function transformToFit(
  points: readonly { x: number; y: number }[],
  width: number,
  height: number,
  padding = 48,
  maxScale = 4,
): ZoomTransform {
  if (points.length === 0) return IDENTITY;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  const k = clamp(Math.min((width - 2 * padding) / Math.max(x1 - x0, 1), (height - 2 * padding) / Math.max(y1 - y0, 1)), 1, maxScale);
  // Centred on the box, without bringing the content's edges into view when the fit is loose.
  return constrain({ k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k }, { minK: 1, maxK: maxScale, width, height });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
