/**
 * The card on demand: when a page has a map or a timeline but no `<coop-card>` following the
 * selection, an element with `open-card` shows the selected partnership's card in a native
 * modal `<dialog>`: focus moves in and stays in, Escape closes, and focus returns to where
 * it was. The dialog lives in the element's shadow root, in the element's colours. Its
 * template and the card's code load on first use: a page with only a map gets them then.
 */
import { css, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import type { GroupStore } from '../../model/group-store.js';
import { registeredTag } from './card-tag.js';

export type DialogHost = ReactiveControllerHost & HTMLElement & { src: string | null; theme: string | null; openCard: boolean; renderRoot: HTMLElement | DocumentFragment };

let view: typeof import('./card-dialog-view.js') | null = null;

export class CardDialogController implements ReactiveController {
  /** The partnership in the open dialog, or null. */
  partnershipId: string | null = null;
  readonly #host: DialogHost;
  readonly #group: () => GroupStore;
  #returnFocus: HTMLElement | null = null;
  #tag: StaticValue | null = null;

  /** `group` is the host's link group, which knows whether a card on the page shows its selection. */
  constructor(host: DialogHost, group: () => GroupStore) {
    this.#host = host;
    this.#group = group;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the card of `partnershipId` if the host asks for it (`openCard`) and no card of its group shows the selection. */
  async open(partnershipId: string | null): Promise<void> {
    if (!partnershipId || !this.#host.openCard || this.#group().showsSelection()) return;
    this.#returnFocus = deepActiveElement();
    // The host's class may name its own card (registered under any tag); else the card's code
    // registers <coop-card> if the page has not (a page with only a map).
    const own = (this.#host.constructor as { cardElement?: CustomElementConstructor }).cardElement;
    const [loaded, standard] = await Promise.all([import('./card-dialog-view.js'), own ? null : import('../../coop-card.js')]);
    const tag = registeredTag(own ?? standard!.CoopCard);
    if (!tag) return;
    view = loaded;
    this.#tag = tag;
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
    return this.partnershipId && view && this.#tag ? view.cardDialog(this.#tag, this.partnershipId, this.#host, this.#onClose) : nothing;
  }
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** Styles for the dialog, added to the host's styles: the host's own colour tokens, in every theme. */
export const cardDialogStyles = css`
  .card-dialog {
    width: min(720px, calc(100vw - 24px));
    max-height: calc(100vh - 24px);
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
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
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .card-dialog-close:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card-dialog coop-card {
    padding: 8px;
  }
`;
