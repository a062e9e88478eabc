/**
 * The SVG and PNG download buttons of the map and the timeline: one labelled group, each
 * button named in full for screen readers ("Télécharger la carte en SVG", which holds the
 * visible "SVG").
 */
import { css, html, type TemplateResult } from 'lit';

export function downloadButtons(labels: { group: string; svg: string; png: string }, onDownload: (format: 'svg' | 'png') => void): TemplateResult {
  return html`<div class="downloads segmented" role="group" aria-label=${labels.group}>
    <button type="button" title=${labels.svg} aria-label=${labels.svg} @click=${() => onDownload('svg')}>SVG</button>
    <button type="button" title=${labels.png} aria-label=${labels.png} @click=${() => onDownload('png')}>PNG</button>
  </div>`;
}

/**
 * The buttons' styles, for the elements that show them, and those of any segmented group of
 * buttons (`.segmented`: the map's Carte / Tableau too): joined borders, and a focus ring
 * drawn above the neighbours, never clipped by the group.
 */
export const downloadStyles = css`
  .segmented {
    display: inline-flex;
  }
  .segmented > button {
    min-height: 44px;
    border: 1px solid var(--_line);
    background: var(--_surface);
    cursor: pointer;
  }
  .segmented > button + button {
    margin-inline-start: -1px;
  }
  .segmented > button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segmented > button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .segmented > button:focus-visible {
    position: relative;
    z-index: 1;
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .downloads button {
    padding: 0.35em 0.6em;
    min-width: 44px;
    font-size: 0.85em;
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
