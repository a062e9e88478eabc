/**
 * The map as a standalone SVG file: the live layers cloned, arcs drawn on the canvas
 * turned into paths, and the map's styles written out with the element's colours resolved
 * (a file has no access to the page's custom properties).
 */
import { standaloneSvg } from '../../export/standalone-svg.js';
import type { MapLayout } from './map-layout.js';

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

/** The map's styles with the colours of `style` (the element's computed style) resolved. */
function mapCss(style: CSSStyleDeclaration): string {
  const v = (name: string) => style.getPropertyValue(name).trim();
  const [mark, surface, selected] = [v('--_mark'), v('--_surface'), v('--_selected')];
  return [
    `.sphere{fill:${v('--_ocean')}}`,
    `.country{fill:${v('--_land')}}`,
    `.country.partner{fill:${v('--_partner-country')}}`,
    `.borders{fill:none;stroke:${v('--_border')};stroke-width:0.6px}`,
    `.arc{fill:none;stroke:${v('--_arc')};stroke-width:1.4px;stroke-linecap:round}`,
    `.arc.dashed{stroke-dasharray:5 4}.arc.dimmed{opacity:.3}.arc.selected{stroke:${selected};stroke-width:3px}`,
    `.dot{fill:${mark};stroke:${surface};stroke-width:1.5px}`,
    `.tentative .dot{fill:${surface};stroke:${mark};stroke-width:2.5px}`,
    `.area{fill:${mark};fill-opacity:.16;stroke:${mark};stroke-width:2px;stroke-dasharray:2 3}`,
    `.home{fill:${v('--_home')};stroke:${surface};stroke-width:1.5px}`,
    `.cluster{fill:${mark};stroke:${surface};stroke-width:2px}`,
    `.count{fill:${surface};font:700 11px sans-serif;text-anchor:middle;dominant-baseline:central}`,
    `.halo{fill:none;stroke:${selected};stroke-width:3px}.spoke{stroke:${v('--_muted')};stroke-width:1px}`,
  ].join('\n');
}
