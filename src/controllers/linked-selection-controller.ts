/**
 * Keeps the elements of a page on one selection. Elements publish with the ordinary
 * `coop-select` event; every element of the same `group` (attribute; none by default)
 * follows it. An element with `url-hash` also writes the selection into the address
 * (`#coop=angers-tlemcen`, `#coop.GROUP=…` for a named group), so a shared link opens on that
 * partnership and Back/Forward move through selections.
 *
 * The bus is the DOM itself: two copies of the library on one page still link up. The last
 * selection of each group is remembered so an element added later starts on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CoopSelectEvent, type CoopSelectDetail } from '../events/coop-select.js';

const lastSelection = new Map<string, CoopSelectDetail>();

/**
 * Carries a selection that the page set (an attribute, a property) rather than a user, so
 * the group follows it without a `coop-select`, which means "a user selected".
 */
const SYNC_EVENT = 'coop-link-sync';

/** The link group of an element: its `group` attribute, or the page's default group. */
export function groupOf(element: Element): string {
  return element.getAttribute('group')?.trim() ?? '';
}

function hashKey(group: string): string {
  return group ? `coop.${group}` : 'coop';
}

/** Reads a group's selection from the address's hash (`#coop=id` or `#coop=id/event-id`). */
export function selectionFromHash(hash: string, group: string): CoopSelectDetail | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(hashKey(group));
  if (value === null) return null;
  const [partnershipId, eventId] = value.split('/');
  return partnershipId ? { partnershipId, ...(eventId ? { eventId } : {}) } : { partnershipId: null };
}

/** The hash with a group's selection written in, other parameters kept. */
export function hashWithSelection(hash: string, group: string, detail: CoopSelectDetail): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (detail.partnershipId) params.set(hashKey(group), detail.eventId ? `${detail.partnershipId}/${detail.eventId}` : detail.partnershipId);
  else params.delete(hashKey(group));
  const text = params.toString();
  return text ? `#${text}` : '';
}

type LinkedHost = ReactiveControllerHost & HTMLElement;

export class LinkedSelectionController implements ReactiveController {
  readonly #host: LinkedHost;
  readonly #apply: (detail: CoopSelectDetail) => void;
  #restoring = false;

  /** `apply` is called with every selection of the host's group made elsewhere (or by Back/Forward). */
  constructor(host: LinkedHost, apply: (detail: CoopSelectDetail) => void) {
    this.#host = host;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(CoopSelectEvent.eventName, this.#onSelect);
    document.addEventListener(SYNC_EVENT, this.#onSync);
    window.addEventListener('popstate', this.#onPopState);
    const group = groupOf(this.#host);
    const fromHash = this.#usesHash() ? selectionFromHash(location.hash, group) : null;
    if (fromHash) {
      lastSelection.set(group, fromHash);
      this.#apply(fromHash);
      // Others of the group already on the page follow; those added later read lastSelection.
      queueMicrotask(() => this.#announce(fromHash));
    } else {
      // An element given its own selection by the page (an attribute) keeps it.
      const known = lastSelection.get(group);
      const own = this.#host.hasAttribute('selected') || this.#host.hasAttribute('selected-event');
      if (known && !own) this.#apply(known);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener(CoopSelectEvent.eventName, this.#onSelect);
    document.removeEventListener(SYNC_EVENT, this.#onSync);
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Tells the group about a selection the page made (not a user): it follows, no `coop-select` is fired. */
  share(detail: CoopSelectDetail): void {
    const group = groupOf(this.#host);
    const known = lastSelection.get(group);
    if (known?.partnershipId === detail.partnershipId && known?.eventId === detail.eventId) return;
    lastSelection.set(group, detail);
    this.#host.dispatchEvent(new CustomEvent<CoopSelectDetail>(SYNC_EVENT, { bubbles: true, composed: true, detail }));
  }

  #onSync = (event: Event) => {
    const source = event.target as Element;
    if (source !== this.#host && groupOf(source) === groupOf(this.#host)) this.#apply((event as CustomEvent<CoopSelectDetail>).detail);
  };

  #usesHash(): boolean {
    return this.#host.hasAttribute('url-hash');
  }

  #announce(detail: CoopSelectDetail): void {
    this.#restoring = true;
    try {
      this.#host.dispatchEvent(new CoopSelectEvent(detail));
    } finally {
      this.#restoring = false;
    }
  }

  #onSelect = (event: Event) => {
    const source = event.target as Element;
    const group = groupOf(this.#host);
    if (groupOf(source) !== group) return;
    const detail = (event as CoopSelectEvent).detail;
    lastSelection.set(group, detail);
    if (source !== this.#host) this.#apply(detail);
    if (this.#usesHash() && !this.#restoring) {
      const hash = hashWithSelection(location.hash, group, detail);
      if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
        history.pushState(history.state, '', hash || location.pathname + location.search);
      }
    }
  };

  #onPopState = () => {
    if (!this.#usesHash()) return;
    const detail = selectionFromHash(location.hash, groupOf(this.#host)) ?? { partnershipId: null };
    this.#apply(detail);
    this.#announce(detail);
  };
}
