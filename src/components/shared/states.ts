/**
 * What the elements say when there is nothing to draw yet, or nothing at all, or something
 * wrong: loading (`role="status"`), a failure (`role="alert"`), an empty view that says
 * why it is empty, and the notice of values set aside; with the toolbar's buttons and the
 * legend, the same markup and styles in every element. Sentences are made here, in render.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import type { CoopErrorDetail } from '../../data/problems.js';

/** The loading state, over the element's frame. */
export function loadingState(text: string): TemplateResult {
  return html`<div class="state loading" role="status">${text}</div>`;
}

/** Why nothing is shown: `title`, the loader's message and its first issues. */
export function failureState(title: string, error: CoopErrorDetail): TemplateResult {
  return html`<div class="state error" role="alert">
    <div>
      <strong>${title}</strong>
      <p>${error.message}</p>
      ${error.issues?.length ? html`<ul>${error.issues.slice(0, 10).map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
    </div>
  </div>`;
}

/** An empty view, with why it is empty. */
export function emptyState(reason: string): TemplateResult {
  return html`<div class="state" role="status">${reason}</div>`;
}

/** What was set aside while the rest is shown: one sentence, the details one click away. */
export function setAsideNotice(error: CoopErrorDetail): TemplateResult {
  return html`<details class="notice">
    <summary>${error.message}</summary>
    <ul>
      ${(error.issues ?? []).slice(0, 50).map((i) => html`<li>${i.message}</li>`)}
    </ul>
  </details>`;
}

/** What an empty view shows: partnerships (map, cards) or events (timeline). */
export type Shown = 'partnerships' | 'events';

/**
 * Why a view is empty, most specific first: an unknown institution id (with the valid ones),
 * a file with nothing of the kind in it, a file whose every record was set aside, a search
 * that found nothing, or filters that match nothing.
 */
export function emptyReason(shown: Shown, dataset: Dataset, options: { institutions: readonly string[] | null; rejected: CoopErrorDetail | null; query?: string; matched?: number }): string {
  const unknown = (options.institutions ?? []).filter((id) => !dataset.institutionById.has(id));
  if (unknown.length) {
    const names = unknown.join(', ');
    const known = dataset.institutions.map((i) => i.id).join(', ');
    return msg(str`Aucun établissement ne porte l'identifiant « ${names} ». Identifiants disponibles : ${known}.`);
  }
  const any = shown === 'partnerships' ? dataset.partnerships.length : dataset.events.length;
  if (!any && options.rejected) return msg('Tous les enregistrements du fichier ont été écartés : le détail des erreurs est ci-dessous.');
  if (!any) return shown === 'partnerships' ? msg('Le fichier de données ne contient aucun partenariat.') : msg('Le fichier de données ne contient aucun événement daté.');
  if (options.query && options.matched) return msg(str`Aucun événement ne correspond à « ${options.query} ».`);
  return shown === 'partnerships' ? msg('Aucun partenariat ne correspond aux filtres choisis.') : msg('Aucun événement ne correspond aux filtres choisis.');
}

/** Styles for the states, the toolbar's square buttons (`.tool`) and the legend. */
export const stateStyles = css`
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .state {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
  }
  .state.error {
    border: 2px solid var(--_selected);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .state ul {
    max-height: 8em;
    margin: 0.5em 0 0;
    overflow: auto;
    text-align: start;
  }
  .tool {
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  .tool:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .tool svg {
    width: 18px;
    height: 18px;
    stroke: currentColor;
    fill: none;
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.1em;
    margin: 0.5em 0 0;
    padding: 0;
    color: var(--_muted);
    font-size: 0.85em;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  @media print {
    .tool {
      display: none;
    }
  }
`;
