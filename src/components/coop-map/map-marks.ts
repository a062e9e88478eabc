/**
 * SVG templates for the map's marks (homes, partners, clusters) and the words that name
 * them. Marks keep their screen size at any zoom: they are drawn in screen coordinates.
 * Every mark is a keyboard-focusable button with an accessible name.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textIn } from '../../data/localized-text.js';
import { countryName } from '../../format/intl.js';
import type { MapFocusController } from './map-focus.js';
import type { Partner } from '../../data/schema.generated.js';
import type { HomePoint, MapLayout, PartnerPoint } from './map-layout.js';
import type { Mark } from './map-model.js';
import { isTentative } from './map-layout.js';
import { roundTo } from '../../format/numbers.js';

/** The name of a partner: its organisation, or what the source says instead. */
export function partnerName(point: PartnerPoint, locale: string): string {
  const name = textIn(point.partner.name, locale);
  return name || msg(str`Partenaire non nommé (${textIn(point.partnership.title, locale)})`);
}

/** "Bamako, Mali", "Zamfara, Nigeria": a partner's city or region, and country. */
export function partnerPlace(partner: Partner, locale: string): string {
  return [partner.city, partner.region, countryName(partner.country, locale)].filter(Boolean).join(', ');
}

/** How precisely a partner's place is known, when it is not its city or site. */
export function precisionNote(precision: Partner['precision']): string {
  return precision === 'country' ? msg('lieu connu au niveau du pays') : precision === 'region' ? msg('lieu connu au niveau de la région') : '';
}

/** "Hôpital du Point G, Bamako, Mali": name, city (or region) and country, for screen readers and tooltips. */
export function partnerLabel(point: PartnerPoint, locale: string): string {
  return [partnerName(point, locale), partnerPlace(point.partner, locale)].filter(Boolean).join(', ');
}

/** "CHU d'Angers, Angers, France". */
export function homeLabel(home: HomePoint, locale: string): string {
  const { city, country } = home.institution;
  return [textIn(home.institution.name, locale), city, countryName(country, locale)].filter(Boolean).join(', ');
}

/** "3 partenaires : Hanoï, Viêt Nam" for a closed cluster. */
export function clusterLabel(members: PartnerPoint[], locale: string): string {
  const places = [...new Set(members.map((m) => partnerPlace(m.partner, locale)))];
  const count = members.length;
  const where = places.slice(0, 3).join(' ; ') + (places.length > 3 ? '…' : '');
  return msg(str`${count} partenaires : ${where}`);
}

interface MarkOptions {
  key: string;
  x: number;
  y: number;
  label: string;
  /** In the tab order (roving tabindex): the one mark that can show a focus ring. */
  focusable: boolean;
}

// Rings and halos exist only on the marks that show them: with hundreds of marks moving
// every frame, each node counts.
const ring = (r: number, o: MarkOptions) => (o.focusable ? svg`<circle class="ring" r=${r + 4}></circle>` : nothing);
const halo = (r: number, shown: boolean) => (shown ? svg`<circle class="halo" r=${r + 3}></circle>` : nothing);
// A transparent target of at least 24 × 24 px (WCAG 2.5.8) around small marks.
const hit = (r: number) => (r < 12 ? svg`<circle class="hit" r="12"></circle>` : nothing);

/** A partner: a dot for a city or site, a ring for a region, a dashed area for a partner known only by its country. */
export function partnerMark(point: PartnerPoint, o: MarkOptions, selected: boolean): SVGTemplateResult {
  const { precision } = point.partner;
  const r = precision === 'country' ? 11 : precision === 'region' ? 8 : 5.5;
  return svg`<g
    class="mark partner ${isTentative(point.partnership) ? 'tentative' : ''}"
    data-key=${o.key}
    role="button"
    tabindex=${o.focusable ? 0 : -1}
    aria-label=${o.label}
    aria-pressed=${selected ? 'true' : 'false'}
    transform="translate(${roundTo(o.x)} ${roundTo(o.y)})"
  >
    ${hit(r)}${halo(r, selected)}
    <circle class=${precision === 'country' ? 'area' : precision === 'region' ? 'zone' : 'dot'} r=${r}></circle>
    ${ring(r, o)}
  </g>`;
}

/** A closed cluster: a disc with its count. */
export function clusterMark(count: number, o: MarkOptions, hasSelected: boolean): SVGTemplateResult {
  const r = count < 10 ? 11 : count < 100 ? 13 : 16;
  return svg`<g
    class="mark cluster-mark ${hasSelected ? 'has-selected' : ''}"
    data-key=${o.key}
    role="button"
    tabindex=${o.focusable ? 0 : -1}
    aria-label=${o.label}
    aria-expanded="false"
    transform="translate(${roundTo(o.x)} ${roundTo(o.y)})"
  >
    ${halo(r, hasSelected)}
    <circle class="cluster" r=${r}></circle>
    <text class="count" aria-hidden="true">${count}</text>
    ${ring(r, o)}
  </g>`;
}

/** A home institution: a square, so it is told from partners by shape as well as colour. */
export function homeMark(o: MarkOptions): SVGTemplateResult {
  return svg`<g
    class="mark home-mark"
    data-key=${o.key}
    role="button"
    tabindex=${o.focusable ? 0 : -1}
    aria-label=${o.label}
    transform="translate(${roundTo(o.x)} ${roundTo(o.y)})"
  >
    ${hit(7)}
    <rect class="home" x="-7" y="-7" width="14" height="14" rx="2"></rect>
    ${ring(8, o)}
  </g>`;
}

/** The lines from an opened cluster's centre to its fanned-out members. */
export function spokes(x: number, y: number, offsets: [number, number][]): SVGTemplateResult | typeof nothing {
  return offsets.length > 1
    ? svg`<g class="spokes" aria-hidden="true">${offsets.map(
        ([dx, dy]) => svg`<line class="spoke" x1=${roundTo(x)} y1=${roundTo(y)} x2=${roundTo(x + dx)} y2=${roundTo(y + dy)}></line>`,
      )}</g>`
    : nothing;
}

/** The accessible name of a mark. */
export function markLabel(mark: Mark, locale: string): string {
  return mark.type === 'home' ? homeLabel(mark.home, locale) : mark.type === 'partner' ? partnerLabel(mark.point, locale) : clusterLabel(mark.cluster.members, locale);
}

/** Accessible names of marks, remembered per layout and language: Intl is too slow to call per frame. */
export class MarkLabels {
  readonly #cache = new WeakMap<MapLayout, { locale: string; names: Map<string, string> }>();

  /** The names of `layout`'s marks in `locale`. */
  of(layout: MapLayout, locale: string): (mark: Mark) => string {
    let cache = this.#cache.get(layout);
    if (cache?.locale !== locale) this.#cache.set(layout, (cache = { locale, names: new Map() }));
    const names = cache.names;
    return (mark) => {
      let name = names.get(mark.key);
      if (name === undefined) names.set(mark.key, (name = markLabel(mark, locale)));
      return name;
    };
  }
}

/** The layer of marks over the world (`width` × `height`): homes, partners, groups and the spokes of an open group. */
export function marksLayer(marks: readonly Mark[], o: { width: number; height: number; selected: string | null; label: (mark: Mark) => string; focus: MapFocusController }): TemplateResult | typeof nothing {
  if (!marks.length || !o.width) return nothing;
  const focusKey = o.focus.focusKeyIn(marks);
  const fans = new Map<string, { cx: number; cy: number; offsets: [number, number][] }>();
  for (const m of marks) {
    if (m.type !== 'partner' || !m.fanned) continue;
    const key = `${m.fanned.cx},${m.fanned.cy}`;
    const fan = fans.get(key) ?? { ...m.fanned, offsets: [] };
    fan.offsets.push([m.x - m.fanned.cx, m.y - m.fanned.cy]);
    fans.set(key, fan);
  }
  const f = o.focus;
  return html`<svg
    class="layer marks"
    viewBox="0 0 ${o.width} ${o.height}"
    tabindex="-1"
    @keydown=${f.onKeydown}
    @click=${f.onClick}
    @focusin=${f.onFocusIn}
    @focusout=${f.onFocusOut}
    @pointerover=${f.onPointerOver}
    @pointerout=${f.onPointerOut}
  >
    ${[...fans.values()].map((fan) => spokes(fan.cx, fan.cy, fan.offsets))}
    ${repeat(
      marks,
      (m) => m.key,
      (m) => {
        const options = { key: m.key, x: m.x, y: m.y, focusable: m.key === focusKey, label: o.label(m) };
        if (m.type === 'home') return homeMark(options);
        if (m.type === 'partner') return partnerMark(m.point, options, m.point.partnership.id === o.selected);
        const members = m.cluster.members;
        return clusterMark(members.length, options, members.some((p) => p.partnership.id === o.selected));
      },
    )}
  </svg>`;
}
