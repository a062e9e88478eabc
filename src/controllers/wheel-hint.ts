/** The words of the wheel hint (wheel-hint-controller.ts), loaded with the first plain wheel turn. */
import { msg } from '@lit/localize';
import { html } from 'lit';

export const wheelHint = () => html`<div class="hint" aria-hidden="true">${msg('Pour zoomer, faites défiler en maintenant la touche Ctrl (⌘ sur Mac).')}</div>`;
