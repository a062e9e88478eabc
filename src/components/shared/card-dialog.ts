/**
 * The card on demand: when a page has a map or a timeline but no `<coop-card>` following the
 * selection, an element with `open-card` shows the selected partnership's card in a native
 * modal `<dialog>`: focus moves in and stays in, Escape closes, and focus returns to where
 * it was. The dialog lives in the element's shadow root, in the element's colours. All of it
 * (card-dialog-view.ts) and the card's code load on first use: a page with only a map gets
 * them then, and a page without `open-card` never.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import type { GroupStore } from '../../model/group-store.js';
import type { CardDialogView } from './card-dialog-view.js';

export type DialogHost = ReactiveControllerHost & HTMLElement & { src: string | null; theme: string | null; openCard: boolean; renderRoot: HTMLElement | DocumentFragment };

export class CardDialogController {
  readonly #host: DialogHost;
  readonly #group: () => GroupStore;
  #view: CardDialogView | null = null;

  /** `group` is the host's link group, which knows whether a card on the page shows its selection. */
  constructor(host: DialogHost, group: () => GroupStore) {
    this.#host = host;
    this.#group = group;
  }

  /** Opens the card of `partnershipId` if the host asks for it (`openCard`) and no card of its group shows the selection. */
  async open(partnershipId: string | null): Promise<void> {
    if (!partnershipId || !this.#host.openCard || this.#group().showsSelection()) return;
    const { CardDialogView } = await import('./card-dialog-view.js');
    await (this.#view ??= new CardDialogView(this.#host)).open(partnershipId);
  }

  /** The dialog, to render at the end of the host's template. */
  template() {
    return this.#view?.template() ?? nothing;
  }
}
