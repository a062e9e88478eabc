/**
 * The states an element shows when something is off (see states.ts, which loads this module
 * the first time one is needed): why nothing is shown, an empty view and why it is empty,
 * what was set aside. Sentences are made here, in render, in the page's language.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import type { CoopErrorDetail } from '../../data/problems.js';

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

/** An empty view of `dataset`, with why it is empty (see emptyReason). */
export function emptyState(dataset: Dataset, shown: Shown, options: EmptyOptions): TemplateResult {
  return html`<div class="state" role="status">${emptyReason(shown, dataset, options)}</div>`;
}

/** What tells why a view is empty: the institutions asked for, what was rejected, the words searched and what they searched. */
export interface EmptyOptions {
  institutions: readonly string[] | null;
  rejected: CoopErrorDetail | null;
  query?: string;
  matched?: number;
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
export function emptyReason(shown: Shown, dataset: Dataset, options: EmptyOptions): string {
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

