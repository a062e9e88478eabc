/** The card dialog's template (see card-dialog.ts), loaded with the card's code on first use. */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DialogHost } from './card-dialog.js';

/** A modal dialog with the card of `partnershipId`, in the host's source and theme. */
export function cardDialog(partnershipId: string, host: DialogHost, onClose: () => void) {
  return html`<dialog class="card-dialog" aria-label=${msg('Détail du partenariat')} @close=${onClose}>
    <form method="dialog" class="card-dialog-bar">
      <button type="submit" class="card-dialog-close">${msg('Fermer')}</button>
    </form>
    <coop-card partnership=${partnershipId} src=${ifDefined(host.src ?? undefined)} theme=${ifDefined(host.theme ?? undefined)}></coop-card>
  </dialog>`;
}
