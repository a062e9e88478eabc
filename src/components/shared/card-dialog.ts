/**
 * The card on demand: when a page has a map or a timeline but no `<coop-card>` following the
 * selection, an element with `open-card` shows the selected partnership's card in a native
 * modal `<dialog>`: focus moves in and stays in, Escape closes, and focus returns to where
 * it was. The dialog lives in the element's shadow root; the card must be registered.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupOf } from '../../controllers/linked-selection-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { src: string | null; theme: string | null; renderRoot: HTMLElement | DocumentFragment };

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

export class CardDialogController implements ReactiveController {
  /** The partnership in the open dialog, or null. */
  partnershipId: string | null = null;
  readonly #host: Host;
  #returnFocus: HTMLElement | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the page has a card following the selection of the host's group. */
  #pageHasCard(): boolean {
    const group = groupOf(this.#host);
    return [...document.querySelectorAll('coop-card:not([partnership])')].some((card) => groupOf(card) === group);
  }

  /** Opens the card of `partnershipId` if the host asks for it (`open-card`) and the page has no card. */
  async open(partnershipId: string | null): Promise<void> {
    if (!partnershipId || !this.#host.hasAttribute('open-card') || this.#pageHasCard() || !customElements.get('coop-card')) return;
    this.#returnFocus = deepActiveElement();
    this.partnershipId = partnershipId;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.card-dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog, if open. */
  close(): void {
    this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.card-dialog')?.close();
  }

  #onClose = () => {
    this.partnershipId = null;
    this.#host.requestUpdate();
    this.#returnFocus?.focus();
    this.#returnFocus = null;
  };

  /** The dialog, to render at the end of the host's template. */
  template() {
    if (!this.partnershipId) return nothing;
    return html`<dialog class="card-dialog" aria-label=${msg('Détail du partenariat')} @close=${this.#onClose}>
      <form method="dialog" class="card-dialog-bar">
        <button type="submit" class="card-dialog-close">${msg('Fermer')}</button>
      </form>
      <coop-card partnership=${this.partnershipId} src=${ifDefined(this.#host.src ?? undefined)} theme=${ifDefined(this.#host.theme ?? undefined)}></coop-card>
    </dialog>`;
  }
}

/** Styles for the dialog, added to the host's styles. */
export const cardDialogStyles = css`
  .card-dialog {
    width: min(720px, calc(100vw - 24px));
    max-height: calc(100vh - 24px);
    padding: 0;
    border: 0;
    border-radius: var(--coop-radius, 6px);
    background: var(--coop-surface-color, #fff);
    color: inherit;
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.35);
  }
  .card-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .card-dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: 8px 8px 0;
  }
  .card-dialog-close {
    min-height: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--coop-line-color, #c9ced6);
    border-radius: var(--coop-radius, 6px);
    background: var(--coop-surface-color, #fff);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .card-dialog-close:focus-visible {
    outline: 3px solid var(--coop-focus-color, #1a56db);
    outline-offset: 2px;
  }
  .card-dialog coop-card {
    padding: 8px;
  }
`;
