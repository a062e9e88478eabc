/**
 * Draws thousands of arcs on a canvas, where SVG would hold a dozen frames per second:
 * one Path2D per stroke style, built once per layout in base coordinates, then stroked
 * under the zoom transform. Redraws only when what it shows changes.
 */
import type { ZoomTransform } from '../../geo/zoom-transform.js';
import type { MapLayout } from './map-layout.js';

export class ArcCanvas {
  #paths: { layout: MapLayout; solid: Path2D; dashed: Path2D } | null = null;
  #drawn = '';

  /** Draws `layout`'s arcs at `t` into `canvas` (sized `width` x `height` CSS pixels), the `selected` partnership's on top. */
  draw(canvas: HTMLCanvasElement, layout: MapLayout, t: ZoomTransform, selected: string | null, width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1;
    const key = [t.k, t.x, t.y, selected, width, height, ratio].join('|');
    if (this.#paths?.layout === layout && key === this.#drawn && canvas.width === Math.round(width * ratio)) return;
    this.#drawn = key;
    if (this.#paths?.layout !== layout) {
      const solid = new Path2D();
      const dashed = new Path2D();
      for (const arc of layout.arcs) (arc.dashed ? dashed : solid).addPath(new Path2D(arc.d));
      this.#paths = { layout, solid, dashed };
    }
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    const style = getComputedStyle(canvas);
    context.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    context.lineCap = 'round';
    // Thousands of arcs at full strength merge into one blot: fade them as they multiply.
    const alpha = Math.min(0.6, 12 / Math.sqrt(layout.arcs.length));
    context.globalAlpha = selected ? alpha / 2 : alpha;
    context.strokeStyle = style.getPropertyValue('--_arc').trim() || '#00665e';
    context.lineWidth = 1 / t.k;
    context.stroke(this.#paths.solid);
    context.setLineDash([5 / t.k, 4 / t.k]);
    context.stroke(this.#paths.dashed);
    if (selected) {
      const path = new Path2D();
      for (const arc of layout.arcs) if (arc.partnershipId === selected) path.addPath(new Path2D(arc.d));
      context.globalAlpha = 1;
      context.strokeStyle = style.getPropertyValue('--_selected').trim() || '#b54708';
      context.lineWidth = 3 / t.k;
      context.setLineDash([]);
      context.stroke(path);
    }
  }
}
