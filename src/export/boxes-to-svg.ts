/**
 * Draws what an HTML region shows as plain SVG shapes and text: each visible box with a
 * background or a border becomes a rectangle, each line of text a `<text>`, at the place
 * and in the colours the browser laid them out. The file needs neither the page's CSS nor
 * `<foreignObject>` (which would taint a canvas, so no PNG could be made of it).
 */

import { roundTo } from '../format/numbers.js';

const SVG = 'http://www.w3.org/2000/svg';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An SVG document of `region` as it is on screen, titled `title`. */
export function boxesToSvg(region: HTMLElement, title: string): string {
  const origin = region.getBoundingClientRect();
  const doc = document.implementation.createDocument(SVG, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(Math.round(origin.width)));
  root.setAttribute('height', String(Math.round(origin.height)));
  root.setAttribute('viewBox', `0 0 ${Math.round(origin.width)} ${Math.round(origin.height)}`);
  const titleElement = doc.createElementNS(SVG, 'title');
  titleElement.textContent = title;
  root.append(titleElement);

  const within = (box: DOMRect): Box | null => {
    const left = Math.max(box.left, origin.left);
    const top = Math.max(box.top, origin.top);
    const right = Math.min(box.right, origin.right);
    const bottom = Math.min(box.bottom, origin.bottom);
    return right > left && bottom > top ? { left: left - origin.left, top: top - origin.top, width: right - left, height: bottom - top } : null;
  };
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = doc.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    root.append(element);
  };

  const walk = (element: Element) => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)' || element.classList.contains('visually-hidden')) return;
    const box = within(element.getBoundingClientRect());
    if (box) drawBox(style, box, add);
    for (const child of element.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
      else if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) drawText(child as Text, style, within, add);
    }
  };
  walk(region);
  return new XMLSerializer().serializeToString(doc);
}

type Add = (name: string, attributes: Record<string, string | number>, text?: string) => void;

function drawBox(style: CSSStyleDeclaration, box: Box, add: Add): void {
  const fill = visible(style.backgroundColor) ? style.backgroundColor : 'none';
  const borderWidth = parseFloat(style.borderTopWidth) || 0;
  const stroke = borderWidth > 0 && style.borderTopStyle !== 'none' && visible(style.borderTopColor) ? style.borderTopColor : 'none';
  // Hatched (striped) backgrounds are drawn as their main colour with a dashed outline.
  const striped = style.backgroundImage.includes('gradient');
  // A box with only a side border (a grid line, a quote's bar) is that line.
  for (const side of ['Left', 'Right'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (stroke === 'none' && width > 0 && visible(color) && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none') {
      const x = roundTo(side === 'Left' ? box.left + width / 2 : box.left + box.width - width / 2);
      add('line', { x1: x, x2: x, y1: roundTo(box.top), y2: roundTo(box.top + box.height), stroke: color, 'stroke-width': width });
    }
  }
  if (fill === 'none' && stroke === 'none' && !striped) return;
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.height / 2);
  add('rect', {
    x: roundTo(box.left + borderWidth / 2),
    y: roundTo(box.top + borderWidth / 2),
    width: roundTo(Math.max(0, box.width - borderWidth)),
    height: roundTo(Math.max(0, box.height - borderWidth)),
    rx: roundTo(radius),
    fill: striped && fill === 'none' ? (stroke !== 'none' ? stroke : 'currentColor') : fill,
    'fill-opacity': striped ? 0.45 : 1,
    stroke,
    'stroke-width': borderWidth,
    ...(style.borderTopStyle === 'dashed' || striped ? { 'stroke-dasharray': '4 3' } : {}),
  });
}

function drawText(node: Text, style: CSSStyleDeclaration, within: (r: DOMRect) => Box | null, add: Add): void {
  const text = node.textContent!.replace(/\s+/g, ' ').trim();
  const parent = node.parentElement!;
  if (style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre') {
    // One line, cut with an ellipsis where the page cuts it (text-overflow).
    const box = parent.getBoundingClientRect();
    drawLine(fit(text, box.width, style), box, style, within, add);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  // One rectangle per line (a line can come back in several pieces).
  const lines = new Map<number, DOMRect>();
  for (const rect of range.getClientRects()) {
    const key = Math.round(rect.top);
    const known = lines.get(key);
    lines.set(key, known ? new DOMRect(Math.min(known.left, rect.left), rect.top, Math.max(known.right, rect.right) - Math.min(known.left, rect.left), rect.height) : rect);
  }
  const rects = [...lines.values()].sort((a, b) => a.top - b.top);
  if (rects.length <= 1) {
    if (rects[0]) drawLine(text, rects[0], style, within, add);
    return;
  }
  // Wrapped text: the words shared out between the lines by width.
  const total = rects.reduce((n, r) => n + r.width, 0);
  const words = text.split(' ');
  let index = 0;
  for (const [i, rect] of rects.entries()) {
    const share = i === rects.length - 1 ? words.length - index : Math.round((rect.width / total) * words.length);
    drawLine(words.slice(index, index + share).join(' '), rect, style, within, add);
    index += share;
  }
}

const measure = document.createElement('canvas').getContext('2d');

/** `text` shortened with "…" to `width` pixels in `style`'s font. */
function fit(text: string, width: number, style: CSSStyleDeclaration): string {
  if (!measure) return text;
  measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  if (measure.measureText(text).width <= width) return text;
  let cut = text.length;
  while (cut > 0 && measure.measureText(`${text.slice(0, cut)}…`).width > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

function drawLine(text: string, rect: DOMRect, style: CSSStyleDeclaration, within: (r: DOMRect) => Box | null, add: Add): void {
  const box = within(rect);
  if (!box || !text) return;
  const size = parseFloat(style.fontSize) || 14;
  add(
    'text',
    {
      x: roundTo(box.left),
      y: roundTo(box.top + box.height / 2 + size * 0.35),
      fill: style.color,
      'font-family': style.fontFamily,
      'font-size': size,
      'font-weight': style.fontWeight,
      'font-style': style.fontStyle,
      direction: style.direction,
      ...(style.direction === 'rtl' ? { x: roundTo(box.left + box.width), 'text-anchor': 'start' } : {}),
    },
    text,
  );
}

function visible(color: string): boolean {
  return !!color && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
}

/** The `.frame` of `root` as an SVG document titled `title` ('' without a frame), and its size. */
export function frameToSvg(root: ParentNode, title: string): { source: string; width: number; height: number } {
  const frame = root.querySelector<HTMLElement>('.frame');
  const box = frame?.getBoundingClientRect();
  return { source: frame ? boxesToSvg(frame, title) : '', width: box?.width ?? 0, height: box?.height ?? 0 };
}
