/**
 * Contrast of what is really on screen (WCAG 1.4.3, 1.4.11): every visible text of an
 * element against the first opaque background behind it, looking through shadow roots up
 * to the page, and marks against what lies under them. axe checks text only where it can
 * find the background; these helpers find it wherever it is.
 */

type RGBA = [number, number, number, number];

const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** A CSS colour (any syntax the browser knows: rgb, oklch, color-mix…) as sRGB 0-255 and alpha 0-1. */
export function parseColor(css: string): RGBA {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: RGBA, b: RGBA): number {
  const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** `top` over `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** The element's parent in the flat tree: through slots and out of shadow roots. */
function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What is painted behind `element`: its own and its ancestors' backgrounds, composed down to the page's (white if none). */
export function backgroundBehind(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let el: Element | null = element; el; el = parentOf(el)) {
    const color = parseColor(getComputedStyle(el).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1] as RGBA);
}

/** Whether `element` is drawn (not hidden, not visually hidden, has a box). */
function shown(element: Element): boolean {
  for (let el: Element | null = element; el; el = parentOf(el)) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    if (el.classList.contains('visually-hidden') || style.clipPath === 'inset(50%)') return false;
  }
  return element.getClientRects().length > 0;
}

export interface TextContrast {
  text: string;
  ratio: number;
  required: number;
  color: string;
  element: Element;
}

/** Every visible text under `root` (shadow roots included) with its contrast against what is behind it. */
export function textContrasts(root: Element | ShadowRoot): TextContrast[] {
  const found: TextContrast[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) {
        const parent = child.parentElement ?? (child.parentNode instanceof ShadowRoot ? null : null);
        if (!parent || !shown(parent)) continue;
        if (parent.closest('svg')) {
          const drawn = svgTextContrast(parent as unknown as SVGTextElement);
          if (drawn) found.push(drawn);
          continue;
        }
        const style = getComputedStyle(parent);
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const large = size >= 24 || (bold && size >= 18.66);
        const background = backgroundBehind(parent);
        const color = over(parseColor(style.color), background);
        found.push({ text: child.textContent!.trim().slice(0, 60), ratio: contrast(color, background), required: large ? 3 : 4.5, color: style.color, element: parent });
      } else if (child instanceof Element) visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * A text drawn in an SVG (a group's count over its disc): its fill against the fill of the
 * shape it is drawn on, the group's first filled shape; null when it is drawn on nothing.
 */
function svgTextContrast(text: SVGTextElement): TextContrast | null {
  const shape = [...(text.parentElement?.children ?? [])].find((el) => el !== text && el instanceof SVGGeometryElement && getComputedStyle(el).fill !== 'none' && parseColor(getComputedStyle(el).fill)[3] > 0.5);
  if (!shape) return null;
  const style = getComputedStyle(text);
  const size = parseFloat(style.fontSize);
  const bold = Number(style.fontWeight) >= 700;
  const background = over(parseColor(getComputedStyle(shape).fill), backgroundBehind(text));
  const color = over(parseColor(style.fill), background);
  return { text: text.textContent!.trim(), ratio: contrast(color, background), required: size >= 24 || (bold && size >= 18.66) ? 3 : 4.5, color: style.fill, element: text };
}

/** The element an axe target names: CSS selectors, each inside the shadow root of the one before. */
export function elementOfTarget(target: readonly (string | readonly string[])[]): Element | null {
  let scope: Document | ShadowRoot | null = document;
  let found: Element | null = null;
  for (const selector of target.flat()) {
    found = scope?.querySelector(selector) ?? null;
    scope = found?.shadowRoot ?? null;
  }
  return found;
}

/** The texts under `root` below their required contrast, as readable lines (empty when all pass). */
export function lowContrastTexts(root: Element | ShadowRoot): string[] {
  return textContrasts(root)
    .filter((t) => t.ratio < t.required)
    .map((t) => `"${t.text}" ${t.ratio.toFixed(2)}:1 < ${t.required}:1 (${t.color})`);
}
