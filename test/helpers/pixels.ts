/**
 * What a visitor sees, by pixels: a screenshot of a region of the page (a server command,
 * web-test-runner.config.js), and what changed between two of them. For the focus tests:
 * a focus indicator must change the pixels around what takes focus, on every side, at
 * least 2 px thick, and a parent's overflow must not clip it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's pixels in `region` (CSS px of the viewport, as getBoundingClientRect gives them; rounded outwards). */
export async function pixelsOf(region: Region): Promise<ImageData> {
  // The screenshot takes document coordinates.
  const r = { x: Math.floor(region.x) + scrollX, y: Math.floor(region.y) + scrollY, width: Math.ceil(region.width), height: Math.ceil(region.height) };
  const base64 = await executeServerCommand<string, Region>('screenshot-region', r);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Which pixels differ between two images of the same region (a visible change: more than a rounding), and the images' width. */
export function changed(a: ImageData, b: ImageData): { mask: boolean[]; width: number } {
  const mask: boolean[] = [];
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    mask.push(d > 48);
  }
  return { mask, width: a.width };
}

/**
 * How a focus indicator shows in the changed pixels over `region` (the mask, row by row, and
 * its width: the screenshot stops at the viewport's edge), around the
 * element's box `box` (both in page px): the changed pixels, and on each side of the box
 * the thickness of the changed band (in px, the most of any line across that side).
 */
export function indicator(changes: { mask: readonly boolean[]; width: number }, region: Region, box: Region): { count: number; sides: { top: number; bottom: number; left: number; right: number } } {
  const { mask, width } = changes;
  const at = (x: number, y: number) => {
    const [cx, cy] = [Math.floor(x - Math.floor(region.x)), Math.floor(y - Math.floor(region.y))];
    return cx >= 0 && cx < width && (mask[cy * width + cx] ?? false);
  };
  const count = mask.filter(Boolean).length;
  // A side's thickness: along lines across the side (12 of them), the longest run of changed pixels within 8 px of the box's edge, inside or out.
  const run = (points: [number, number][]) => {
    let best = 0;
    let current = 0;
    for (const [x, y] of points) {
      current = at(x, y) ? current + 1 : 0;
      best = Math.max(best, current);
    }
    return best;
  };
  const across = (side: 'top' | 'bottom' | 'left' | 'right') => {
    const lines: number[] = [];
    for (let k = 1; k <= 12; k++) {
      const t = k / 13;
      const points: [number, number][] = [];
      for (let d = -8; d <= 8; d++) {
        if (side === 'top') points.push([box.x + t * box.width, box.y + d]);
        if (side === 'bottom') points.push([box.x + t * box.width, box.y + box.height - 1 + d]);
        if (side === 'left') points.push([box.x + d, box.y + t * box.height]);
        if (side === 'right') points.push([box.x + box.width - 1 + d, box.y + t * box.height]);
      }
      lines.push(run(points));
    }
    // The indicator holds along most of the side: the median line.
    return lines.sort((a, b) => a - b)[6];
  };
  return { count, sides: { top: across('top'), bottom: across('bottom'), left: across('left'), right: across('right') } };
}
