/** The card dialog's template (see card-dialog.ts), loaded with the card's code on first use. */
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, type StaticValue } from 'lit/static-html.js';
import type { DialogHost } from './card-dialog.js';

const TABBABLE = 'a[href], button:not([disabled]), summary, input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The elements Tab stops at in `root` and in the shadow roots of its custom elements, in order. */
function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) =>
    el.shadowRoot ? tabStops(el.shadowRoot) : el.matches(TABBABLE) && el.getClientRects().length ? [el] : [],
  );
}

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tab past the dialog's last control comes back to its first (and Shift + Tab the other way): the page behind is inert. */
function keepFocusIn(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const stops = tabStops(event.currentTarget as HTMLDialogElement);
  const [first, last] = [stops[0], stops[stops.length - 1]];
  const active = focused();
  const wrapTo = event.shiftKey ? (active === first ? last : null) : active === last ? first : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/** A modal dialog with the card (`card`: its registered tag) of `partnershipId`, in the host's source and theme. */
export function cardDialog(card: StaticValue, partnershipId: string, host: DialogHost, onClose: () => void) {
  return html`<dialog class="card-dialog" aria-label=${msg('Détail du partenariat')} @close=${onClose} @keydown=${keepFocusIn}>
    <form method="dialog" class="card-dialog-bar">
      <button type="submit" class="card-dialog-close">${msg('Fermer')}</button>
    </form>
    <${card} partnership=${partnershipId} src=${ifDefined(host.src ?? undefined)} theme=${ifDefined(host.theme ?? undefined)}></${card}>
  </dialog>`;
}
