/**
 * Measures label text in the element's own font, so that the layout reserves each label's
 * real width: a page's font may be much wider or narrower than the estimate the pure layout
 * falls back to. Each character is measured once on a canvas (nothing is drawn; a strict
 * CSP allows it) and texts are summed from those widths: measuring 20,000 labels whole
 * takes ten times longer, and kerning changes little.
 */
import { estimateTextWidth } from './timeline-layout.js';

/** A text's width in px at `fontSize` (and `weight`). */
export type TextMeasure = (text: string, fontSize: number, weight?: number) => number;

const REFERENCE_SIZE = 100;

/** A measure in `element`'s font family, and a key that changes with that family. */
export function textMeasureFor(element: Element): { measure: TextMeasure; key: string } {
  const family = getComputedStyle(element).fontFamily || 'sans-serif';
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return { measure: estimateTextWidth, key: 'estimate' };
  const tables = new Map<number, Map<string, number>>();
  const measure: TextMeasure = (text, fontSize, weight = 400) => {
    let table = tables.get(weight);
    if (!table) tables.set(weight, (table = new Map()));
    let width = 0;
    for (const c of text) {
      let w = table.get(c);
      if (w === undefined) {
        context.font = `${weight} ${REFERENCE_SIZE}px ${family}`;
        table.set(c, (w = context.measureText(c).width));
      }
      width += w;
    }
    return Math.ceil(((width * fontSize) / REFERENCE_SIZE) * 1.03);
  };
  return { measure, key: family };
}
