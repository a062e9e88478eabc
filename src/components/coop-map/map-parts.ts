/**
 * The map's pieces around the marks: the world beneath them, the tooltip, the zoom buttons
 * and the legend. Template functions: state comes in as arguments, actions as callbacks.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import type { MapProjection } from '../../geo/map-projection.js';
import type { ZoomTransform } from '../../geo/zoom-transform.js';
import { formatPartialDate } from '../../time/format-date.js';
import { countryName } from '../../format/intl.js';
import { resetIcon, zoomInIcon, zoomOutIcon } from '../shared/icons.js';
import { listInLanguage } from '../shared/in-language.js';
import { partnershipStatusLabel } from '../shared/labels.js';
import type { MapLayout } from './map-layout.js';
import { clusterLabel, partnerName, partnerPlace, precisionNote } from './map-marks.js';
import type { Mark } from './map-model.js';

/**
 * The world and, when they are few, the arcs, in canonical coordinates under `t` (canonical
 * to screen, as drawn at rest): one transform, so a resize or a zoom never re-projects.
 */
export function worldLayer(world: MapProjection, layout: MapLayout | null, t: ZoomTransform, width: number, height: number, svgArcs: boolean, selected: string | null) {
  const partnerCountries = layout?.partnerCountries ?? new Set<string>();
  return html`<svg class="layer base" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
    <g transform="translate(${t.x} ${t.y}) scale(${t.k})">
      <path class="sphere" d=${world.sphere}></path>
      ${repeat(
        world.countries,
        (c, i) => c.code ?? `#${i}`,
        (c) => svg`<path class="country ${c.code && partnerCountries.has(c.code) ? 'partner' : ''}" d=${c.d}></path>`,
      )}
      <path class="borders" d=${world.borders} vector-effect="non-scaling-stroke"></path>
      ${repeat(
        svgArcs && layout ? layout.arcs : [],
        (a) => a.id,
        (a) =>
          svg`<path class="arc ${a.dashed ? 'dashed' : ''} ${selected ? (a.partnershipId === selected ? 'selected' : 'dimmed') : ''}" d=${a.d} vector-effect="non-scaling-stroke"></path>`,
      )}
    </g>
  </svg>`;
}

/** What a mark is: a partner's place, institution, domains, start and status; a home's place; a group's members. */
export function tooltip(mark: Mark | undefined, dataset: Dataset | null, locale: string): TemplateResult {
  let content: unknown = nothing;
  if (mark?.type === 'partner') {
    const { point } = mark;
    const p = point.partnership;
    const institution = dataset?.institutionById.get(p.institution);
    const domains = p.domains.length ? listInLanguage(p.domains.map((d) => dataset?.domains[d] ?? d), locale) : null;
    content = html`<strong>${partnerName(point, locale)}</strong>
      <p>${partnerPlace(point.partner, locale)}${precisionNote(point.partner.precision) ? html` <em>(${precisionNote(point.partner.precision)})</em>` : nothing}</p>
      <p>${textIn(institution?.shortName ?? institution?.name, locale)}</p>
      ${domains ? html`<p>${domains}</p>` : nothing}
      <p>${p.since ? msg(str`Depuis ${formatPartialDate(p.since, locale)}`) : nothing}${p.since ? ' · ' : ''}${partnershipStatusLabel(p.status)}</p>`;
  } else if (mark?.type === 'home') {
    content = html`<strong>${textIn(mark.home.institution.name, locale)}</strong>
      <p>${[mark.home.institution.city, countryName(mark.home.institution.country, locale)].filter(Boolean).join(', ')}</p>`;
  } else if (mark?.type === 'cluster') {
    content = html`<strong>${clusterLabel(mark.cluster.members, locale)}</strong>
      <p>${mark.cluster.members.slice(0, 6).map((m) => partnerName(m, locale)).join(' · ')}${mark.cluster.members.length > 6 ? ' …' : ''}</p>
      <p><em>${msg('Entrée ou clic pour ouvrir le groupe')}</em></p>`;
  }
  return html`<div class="tooltip" id="tooltip" role="tooltip" ?hidden=${!mark}>${content}</div>`;
}

/** Zoom in, zoom out, back to the initial view. */
export function zoomButtons(actions: { zoomIn(): void; zoomOut(): void; reset(): void }): TemplateResult {
  return html`<div class="zoom">
    <button type="button" class="tool" aria-label=${msg('Zoomer')} title=${msg('Zoomer')} @click=${actions.zoomIn}>${zoomInIcon()}</button>
    <button type="button" class="tool" aria-label=${msg('Dézoomer')} title=${msg('Dézoomer')} @click=${actions.zoomOut}>${zoomOutIcon()}</button>
    <button type="button" class="tool" aria-label=${msg('Revenir à la vue initiale')} title=${msg('Revenir à la vue initiale')} @click=${actions.reset}>${resetIcon()}</button>
  </div>`;
}

/** What the marks mean; nothing is told by colour alone. */
export function mapLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('Légende')}>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><rect class="home" x="-6" y="-6" width="12" height="12" rx="2" fill="var(--_home)"></rect></svg>${msg('Établissement')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="5" fill="var(--_mark)"></circle></svg>${msg('Partenaire (ville)')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="6" fill="var(--_mark)" fill-opacity="0.32" stroke="var(--_mark)" stroke-width="2"></circle></svg>${msg('Partenaire localisé à la région')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="7" fill="var(--_mark)" fill-opacity="0.16" stroke="var(--_mark)" stroke-width="2" stroke-dasharray="2 3"></circle></svg>${msg('Partenaire localisé au pays seulement')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><line x1="-12" x2="12" stroke="var(--_arc)" stroke-width="2"></line></svg>${msg('Partenariat en cours')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><line x1="-12" x2="12" stroke="var(--_arc)" stroke-width="2" stroke-dasharray="5 4"></line><circle r="4" fill="var(--_surface)" stroke="var(--_mark)" stroke-width="2"></circle></svg>${msg('En projet ou à l’étude')}</li>
    <li><svg viewBox="-13 -8 26 16" aria-hidden="true"><circle r="7.5" fill="var(--_mark)"></circle><text fill="var(--_surface)" font-size="10" font-weight="700" text-anchor="middle" dominant-baseline="central">2</text></svg>${msg('Groupe de partenaires proches (nombre)')}</li>
  </ul>`;
}
