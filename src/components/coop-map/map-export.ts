/**
 * The map as a standalone SVG file: the live layers cloned, arcs drawn on the canvas
 * turned into paths from the layout, and the map's own drawing rules (coop-map.styles.ts,
 * not a copy) written out with the element's colours resolved: a file has no access to the
 * page's custom properties.
 */
import { standaloneSvg } from '../../export/standalone-svg.js';
import { mapStyles } from './coop-map.styles.js';
import type { MapLayout } from './map-layout.js';

/** The classes of what the layers draw: the rules about them go into the file. */
const DRAWN = /^\.(sphere|country|borders|arc|mark|dot|area|home|cluster|count|halo|ring|spoke|hit|partner|tentative|dashed|dimmed|selected)\b/;

const SVG = 'http://www.w3.org/2000/svg';

export function mapSvg(options: {
  root: ParentNode;
  layout: MapLayout | null;
  /** Whether the arcs are on the canvas (then they are not in the SVG layers). */
  canvasArcs: boolean;
  width: number;
  height: number;
  title: string;
  style: CSSStyleDeclaration;
}): string {
  const { root, layout } = options;
  const base = root.querySelector('svg.base > g');
  const marks = root.querySelector('svg.marks');
  const nodes: Element[] = [];
  if (base) nodes.push(base);
  if (layout && options.canvasArcs && base) {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('transform', base.getAttribute('transform') ?? '');
    for (const arc of layout.arcs) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', `arc${arc.dashed ? ' dashed' : ''}`);
      path.setAttribute('d', arc.d);
      path.setAttribute('vector-effect', 'non-scaling-stroke');
      group.append(path);
    }
    nodes.push(group);
  }
  if (marks) {
    const group = document.createElementNS(SVG, 'g');
    group.append(...[...marks.children].map((child) => child.cloneNode(true)));
    nodes.push(group);
  }
  return standaloneSvg({ nodes, width: options.width, height: options.height, title: options.title, css: mapCss(options.style) });
}

/**
 * The map's drawing rules with the values of `style` (the element's computed style): each
 * `var(--_x)` replaced by what it is on the element, rules about anything but the drawing
 * (the toolbar, the table, media queries) left out.
 */
export function mapCss(style: CSSStyleDeclaration): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(mapStyles.cssText);
  const resolve = (text: string) => text.replace(/var\((--_[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim());
  const rules = [...sheet.cssRules]
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
    .filter((rule) => rule.selectorText.split(',').every((selector) => DRAWN.test(selector.trim())))
    .map((rule) => `${rule.selectorText}{${resolve(rule.style.cssText)}}`);
  return [`text{font-family:${style.fontFamily || 'sans-serif'}}`, ...rules].join('\n');
}
