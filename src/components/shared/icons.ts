/**
 * The toolbar's icons (zoom in, zoom out, back to the start), drawn in the text colour and
 * hidden from assistive technologies: their buttons are named by their `aria-label`, and no
 * glyph ("+", "−") stands as a visible text the name would have to contain (WCAG 2.5.3).
 */
import { html, type TemplateResult } from 'lit';

const icon = (d: string, className = '') => html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

export const zoomInIcon = (): TemplateResult => icon('M12 5v14M5 12h14');
export const zoomOutIcon = (): TemplateResult => icon('M5 12h14');
export const resetIcon = (): TemplateResult => icon('M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5');
/** An arrow along time (mirrored on right-to-left pages by the `arrow` class). */
export const arrowIcon = (d: string): TemplateResult => icon(d, 'arrow');
