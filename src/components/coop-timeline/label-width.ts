/**
 * How wide an event's label is, so the layout can reserve its room without measuring the
 * DOM: on one line, and wrapped on two (titles wrap before they are cut). Measured in the
 * element's own font when a canvas is at hand (each character once: summing them is ten
 * times faster than measuring 20,000 labels whole, and kerning changes little), else
 * estimated from the shapes of the characters.
 */

/** A text's width in px at `fontSize` (and `weight`). */
export type TextMeasure = (text: string, fontSize: number, weight?: number) => number;

/** Label widths are kept within this range, px. */
export const MIN_LABEL_WIDTH = 56;
export const MAX_LABEL_WIDTH = 320;
/** Padding inside a label box, px. */
const PADDING = 10;

/**
 * An estimate of a text's width in px at `fontSize`, from the shapes of its characters.
 * Generous: a label narrower than its text wraps, then is cut with an ellipsis.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return Math.ceil(em * fontSize * 1.06);
}

// Widths in em of a proportional sans-serif's characters, memoised.
const charWidths = new Map<string, number>();
function charWidth(c: string): number {
  let w = charWidths.get(c);
  if (w === undefined) {
    if (/[ilj.,;:'’!|()\u00a0\u202f ]/.test(c)) w = 0.3;
    else if (/[ftrI\-–]/.test(c)) w = 0.38;
    else if (/[mwMW@]/.test(c)) w = 0.86;
    else if (/[A-Z]/.test(c)) w = 0.68;
    else if (/\d/.test(c)) w = 0.56;
    else w = 0.54;
    charWidths.set(c, w);
  }
  return w;
}

/** A measure in `element`'s font family, and a key that changes with that family. */
export function textMeasureFor(element: Element): { measure: TextMeasure; key: string } {
  const family = getComputedStyle(element).fontFamily || 'sans-serif';
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return { measure: estimateTextWidth, key: 'estimate' };
  const reference = 100;
  const tables = new Map<number, Map<string, number>>();
  const measure: TextMeasure = (text, fontSize, weight = 400) => {
    let table = tables.get(weight);
    if (!table) tables.set(weight, (table = new Map()));
    let width = 0;
    for (const c of text) {
      let w = table.get(c);
      if (w === undefined) {
        context.font = `${weight} ${reference}px ${family}`;
        table.set(c, (w = context.measureText(c).width));
      }
      width += w;
    }
    return Math.ceil(((width * fontSize) / reference) * 1.03);
  };
  return { measure, key: family };
}

/** A label's first line (the date, maybe a badge) and its title. */
export interface LabelText {
  line: { text: string; fontSize: number; extra?: number };
  title: { text: string; fontSize: number };
}

/**
 * The widths of a label box: `full` holds the title on one line, `wrapped` on two (never
 * narrower than the first line or the longest word), both within the label range.
 */
export function labelWidths(label: LabelText, measure: TextMeasure = estimateTextWidth): { full: number; wrapped: number } {
  const line = measure(label.line.text, label.line.fontSize) + (label.line.extra ?? 0);
  const title = measure(label.title.text, label.title.fontSize);
  const longestWord = Math.max(0, ...label.title.text.split(/\s+/).map((w) => measure(w, label.title.fontSize)));
  const clamp = (w: number) => Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, Math.ceil(w + PADDING)));
  const full = clamp(Math.max(line, title));
  // Words do not break where the middle is: leave a fifth of slack.
  const wrapped = clamp(Math.max(line, longestWord, title * 0.6));
  return { full, wrapped: Math.min(full, wrapped) };
}
