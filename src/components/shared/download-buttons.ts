/**
 * The SVG and PNG download buttons of the map and the timeline: one labelled group, each
 * button named in full for screen readers ("Télécharger la carte en SVG").
 */
import { html, type TemplateResult } from 'lit';

export function downloadButtons(labels: { group: string; svg: string; png: string }, onDownload: (format: 'svg' | 'png') => void): TemplateResult {
  return html`<div class="downloads" role="group" aria-label=${labels.group}>
    <button type="button" title=${labels.svg} aria-label=${labels.svg} @click=${() => onDownload('svg')}>SVG</button>
    <button type="button" title=${labels.png} aria-label=${labels.png} @click=${() => onDownload('png')}>PNG</button>
  </div>`;
}
