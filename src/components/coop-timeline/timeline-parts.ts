/**
 * The timeline's pieces around the events: the search box, the navigation buttons, the
 * legend and the keyboard help (the states are the shared ones, states.ts; the selected
 * event's details are timeline-details.ts). Template functions, like coop-map's table:
 * state comes in as arguments, actions as callbacks.
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { arrowIcon, resetIcon, zoomInIcon, zoomOutIcon } from '../shared/icons.js';
import { eventStatusLabel } from '../shared/labels.js';
import { MIN_SPAN, type TimeWindow } from '../../time/time-window.js';

/** A labelled search field. */
export function searchBox(query: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="search">
    <label for="search">${msg('Rechercher un événement')}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${query}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface NavState {
  canPrevious: boolean;
  canNext: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  canReset: boolean;
}

/** Which navigation buttons can act, for `window` within `domain` (none while nothing is shown). */
export function navState(window: TimeWindow | null, domain: TimeWindow | null | undefined, enabled: boolean): NavState {
  if (!window || !domain || !enabled) return { canPrevious: false, canNext: false, canZoomIn: false, canZoomOut: false, canReset: false };
  const span = window.end - window.start;
  return {
    canPrevious: window.start > domain.start + 1,
    canNext: window.end < domain.end - 1,
    canZoomIn: span > MIN_SPAN * 1.01,
    canZoomOut: span < domain.end - domain.start - 1,
    canReset: true,
  };
}

export interface NavActions {
  previous(): void;
  next(): void;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
}

/** Previous/next period, zoom in/out and back to the initial view (the same words as coop-map's). */
export function navButtons(state: NavState, actions: NavActions): TemplateResult {
  const button = (label: string, enabled: boolean, action: () => void, content: unknown) =>
    html`<button type="button" class="tool" aria-label=${label} title=${label} ?disabled=${!enabled} @click=${action}>${content}</button>`;
  return html`<div class="nav" role="group" aria-label=${msg('Naviguer dans le temps')}>
    ${button(msg('Période précédente'), state.canPrevious, actions.previous, arrowIcon('M15 5l-7 7 7 7'))}
    ${button(msg('Période suivante'), state.canNext, actions.next, arrowIcon('M9 5l7 7-7 7'))}
    ${button(msg('Zoomer'), state.canZoomIn, actions.zoomIn, zoomInIcon())} ${button(msg('Dézoomer'), state.canZoomOut, actions.zoomOut, zoomOutIcon())}
    ${button(msg('Revenir à la vue initiale'), state.canReset, actions.reset, resetIcon())}
  </div>`;
}

/** What the marks mean; nothing is told by colour alone. */
export function legend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('Légende')}>
    <li><span class="swatch done" aria-hidden="true"></span>${eventStatusLabel('done')}</li>
    <li><span class="swatch planned" aria-hidden="true"></span>${eventStatusLabel('planned')}</li>
    <li><span class="swatch span" aria-hidden="true"></span>${msg('Période (du début à la fin)')}</li>
    <li><span class="swatch imprecise" aria-hidden="true"></span>${msg('Date connue au mois ou à l’année')}</li>
    <li><span class="swatch approximate" aria-hidden="true"></span>${msg('Date approximative')}</li>
    <li><span class="swatch cluster" aria-hidden="true"></span>${msg('Plusieurs événements (nombre) : zoomer pour les voir')}</li>
  </ul>`;
}

/** The list's name: the institutions it shows. */
export function listHeading(dataset: Dataset | null, institutions: readonly string[] | null, locale: string): string {
  const names = (institutions ?? [])
    .map((id) => dataset?.institutionById.get(id))
    .map((i) => textIn(i?.shortName ?? i?.name, locale))
    .filter(Boolean);
  return names.length ? msg(str`Chronologie : ${names.join(', ')}`) : msg('Chronologie de la coopération internationale');
}

/** Keyboard help, referenced by every list's description. */
export function keyboardHelp(): TemplateResult {
  return html`<p id="help" class="visually-hidden">
      ${msg(
        'Flèches pour passer d’un événement à l’autre, Début et Fin pour le premier et le dernier, Entrée pour sélectionner un événement ou ouvrir un groupe, Échap pour annuler la sélection, + et − pour zoomer, Page précédente et Page suivante pour changer de période.',
      )}
    </p>
    <p id="cluster-help" class="visually-hidden">${msg('Groupe d’événements : Entrée pour zoomer sur cette période.')}</p>`;
}
