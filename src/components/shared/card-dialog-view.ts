/** The card dialog (see card-dialog.ts): its state, template and styles, loaded with the card's code on first use. */
import { msg } from '@lit/localize';
import { css, type CSSResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, type StaticValue } from 'lit/static-html.js';
import type { DialogHost } from './card-dialog.js';
import { registeredTag } from './card-tag.js';

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

/** The open dialog of a host: which partnership, which card tag, and where the focus goes back. */
export class CardDialogView {
  readonly #host: DialogHost;
  #partnershipId: string | null = null;
  #tag: StaticValue | null = null;
  #returnFocus: Element | null = null;

  constructor(host: DialogHost) {
    this.#host = host;
  }

  /** Shows the card of `partnershipId` in the modal dialog. */
  async open(partnershipId: string): Promise<void> {
    this.#returnFocus = focused();
    // The host's class may name its own card (registered under any tag); else the card's code
    // registers <coop-card> if the page has not (a page with only a map).
    const own = (this.#host.constructor as { cardElement?: CustomElementConstructor }).cardElement;
    const tag = registeredTag(own ?? (await import('../../coop-card.js')).CoopCard);
    if (!tag) return;
    adoptOnce(this.#host.renderRoot, cardDialogStyles);
    this.#tag = tag;
    this.#partnershipId = partnershipId;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.card-dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  #onClose = () => {
    this.#partnershipId = null;
    this.#host.requestUpdate();
    (this.#returnFocus as HTMLElement | null)?.focus?.();
    this.#returnFocus = null;
  };

  /** The dialog while open. */
  template() {
    return this.#partnershipId && this.#tag ? cardDialog(this.#tag, this.#partnershipId, this.#host, this.#onClose) : null;
  }
}

/** Adds `styles` to the shadow root `root` (once): constructable sheets, which a strict CSP allows. */
function adoptOnce(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** A modal dialog with the card (`card`: its registered tag) of `partnershipId`, in the host's source and theme. */
function cardDialog(card: StaticValue, partnershipId: string, host: DialogHost, onClose: () => void) {
  return html`<dialog class="card-dialog" aria-label=${msg('Détail du partenariat')} @close=${onClose} @keydown=${keepFocusIn}>
    <form method="dialog" class="card-dialog-bar">
      <button type="submit" class="card-dialog-close">${msg('Fermer')}</button>
    </form>
    <${card} partnership=${partnershipId} src=${ifDefined(host.src ?? undefined)} theme=${ifDefined(host.theme ?? undefined)}></${card}>
  </dialog>`;
}

/** Styles for the dialog, added to the host's shadow root when it first opens: the host's own colour tokens, in every theme. */
const cardDialogStyles = css`
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
