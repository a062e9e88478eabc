/**
 * The states an element shows when something is off (see states.ts, which loads this module
 * the first time one is needed): why nothing is shown, an empty view and why it is empty,
 * what was set aside or corrected, and the summary's words for it. Sentences are made here,
 * in render, in the page's language.
 */
import { msg, str } from '@lit/localize';
import { counted } from '../../format/plural.js';
import { currentLocale } from '../../localization.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import { problemCounts, problemsSummary } from '../../data/problem-counts.js';
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

/**
 * What was set aside or corrected while the rest is shown: one sentence, the details one click
 * away (values only read another way, such as a domain written as a label, are in the
 * `coop-error` and on the check page, not here).
 */
export function setAsideNotice(error: CoopErrorDetail): TemplateResult {
  return html`<details class="notice" id="problems">
    <summary>${error.message}</summary>
    <ul>
      ${(error.issues ?? [])
        .filter((i) => i.severity !== 'info')
        .slice(0, 50)
        .map((i) => html`<li>${i.message}</li>`)}
    </ul>
  </details>`;
}

/**
 * The summary's words for what the file lost ("1 enregistrement écarté · 3 valeurs
 * corrigées"), after `separated` text: a button that opens the details below.
 */
export function problemsLink(host: HTMLElement & { renderRoot: Element | DocumentFragment }, error: CoopErrorDetail, separated: boolean): TemplateResult | typeof nothing {
  const text = problemsSummary(problemCounts(error.issues ?? []));
  if (!text) return nothing;
  adoptLinkStyles(host.renderRoot);
  return html`${separated ? ' · ' : ''}<button type="button" class="problems-link" aria-controls="problems" aria-expanded="false" @click=${openProblems}>${text}</button>`;
}

// The link's own styles travel with it: elements whose data has no problem never load them.
const linkStyles = css`
  .problems-link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .problems-link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

function adoptLinkStyles(root: Element | DocumentFragment): void {
  const sheet = linkStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function openProblems(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const details = (button.getRootNode() as ShadowRoot).getElementById?.('problems') as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  button.setAttribute('aria-expanded', 'true');
  details.querySelector('summary')?.focus();
}

/** What an empty view shows: partnerships (cards), partners to place (map) or events (timeline). */
export type Shown = 'partnerships' | 'partners' | 'events';

/**
 * Why a view is empty, most specific first: an unknown institution id (with the valid ones),
 * a file with nothing of the kind in it, a file whose every record of that kind was set
 * aside, a search that found nothing, or filters that match nothing.
 */
export function emptyReason(shown: Shown, dataset: Dataset, options: EmptyOptions): string {
  const unknown = (options.institutions ?? []).filter((id) => !dataset.institutionById.has(id));
  if (unknown.length) {
    const names = unknown.join(', ');
    const known = dataset.institutions.map((i) => i.id).join(', ');
    return msg(str`Aucun établissement ne porte l'identifiant « ${names} ». Identifiants disponibles : ${known}.`);
  }
  const any = shown === 'events' ? dataset.events.length : dataset.partnerships.filter((p) => shown === 'partnerships' || p.partners.length).length;
  const collection = shown === 'events' ? 'events' : 'partnerships';
  const setAside = problemCounts((options.rejected?.issues ?? []).filter((i) => i.path.startsWith(`${collection}[`))).setAside;
  if (!any && setAside) {
    const locale = currentLocale();
    if (shown === 'events') return counted(setAside, locale, () => msg('Le seul événement du fichier a été écarté : le détail est ci-dessous.'), () => msg(str`Les ${setAside} événements du fichier ont été écartés : le détail est ci-dessous.`));
    return counted(setAside, locale, () => msg('Le seul partenariat du fichier a été écarté : le détail est ci-dessous.'), () => msg(str`Les ${setAside} partenariats du fichier ont été écartés : le détail est ci-dessous.`));
  }
  if (!any && shown === 'partners' && dataset.partnerships.length) return msg('Aucun partenariat du fichier n’a de partenaire à placer sur la carte.');
  if (!any) return shown === 'events' ? msg('Le fichier de données ne contient aucun événement daté.') : msg('Le fichier de données ne contient aucun partenariat.');
  if (options.query && options.matched) return msg(str`Aucun événement ne correspond à « ${options.query} ».`);
  return shown === 'events' ? msg('Aucun événement ne correspond aux filtres choisis.') : msg('Aucun partenariat ne correspond aux filtres choisis.');
}
