/**
 * The SVG and PNG download buttons of the map and the timeline: one labelled group, each
 * button named in full for screen readers ("Télécharger la carte en SVG").
 */
import { css, html, type TemplateResult } from 'lit';

export function downloadButtons(labels: { group: string; svg: string; png: string }, onDownload: (format: 'svg' | 'png') => void): TemplateResult {
  return html`<div class="downloads" role="group" aria-label=${labels.group}>
    <button type="button" title=${labels.svg} aria-label=${labels.svg} @click=${() => onDownload('svg')}>SVG</button>
    <button type="button" title=${labels.png} aria-label=${labels.png} @click=${() => onDownload('png')}>PNG</button>
  </div>`;
}

/** The buttons' styles, for the elements that show them. */
export const downloadStyles = css`
  .downloads {
    display: inline-flex;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .downloads button {
    border: 0;
    background: var(--_surface);
    padding: 0.35em 0.6em;
    min-height: 44px;
    min-width: 44px;
    font-size: 0.85em;
    cursor: pointer;
  }
  .downloads button + button {
    border-inline-start: 1px solid var(--_line);
  }
  .downloads button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
