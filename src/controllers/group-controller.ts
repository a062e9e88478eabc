/**
 * Joins an element to its link group's store (model/group-store.ts): the element follows the
 * group's selection and filters, and tells the group what its user, or the page through its
 * attributes, chose. The group is the element's `group` attribute (none: the page's default
 * group); changing it moves the element to the other group.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoopSelectDetail } from '../events/coop-select.js';
import { groupStore, type GroupChange, type GroupFilters, type GroupMember, type GroupOffer, type GroupStore } from '../model/group-store.js';

type Host = ReactiveControllerHost & HTMLElement & { group: string | null };

export interface GroupOptions {
  /**
   * The group's selection changed elsewhere (another element, the address), or the element
   * joined a group that has one (unless the element has its own, from an attribute).
   */
  selected?(selection: CoopSelectDetail): void;
  /** Whether the page gave the element a selection of its own (an attribute): joining, it keeps it. */
  hasOwnSelection?(): boolean;
  /** The group's filters changed elsewhere. */
  filtered?(filters: GroupFilters): void;
  /** What the group's other members would show changed (see `offer`). */
  offered?(): void;
  /** What the element would show before the visitors' filters, for `<coop-filters>` to offer (null: nothing yet). */
  offer?(): GroupOffer | null;
  /** Whether the element keeps the group's state in the address (its `urlHash`). */
  keepsHash?(): boolean;
  /** Whether the element shows the selected partnership in full (a card without `partnership`). */
  showsSelection?(): boolean;
}

/** The link group of an element: its `group` attribute, or the page's default group. */
export function groupOf(element: Element): string {
  return element.getAttribute('group')?.trim() ?? '';
}

export class GroupController implements ReactiveController, GroupMember {
  readonly element: Host;
  readonly #options: GroupOptions;
  #store: GroupStore | null = null;
  #name = '';
  #keeps = false;

  constructor(host: Host, options: GroupOptions) {
    this.element = host;
    this.#options = options;
    host.addController(this);
  }

  /** The group's store (joined on connection). */
  get store(): GroupStore {
    return (this.#store ??= groupStore(groupOf(this.element)));
  }

  /** The group's selection. */
  get selection(): CoopSelectDetail {
    return this.store.selection;
  }

  /** The group's filters. */
  get filters(): GroupFilters {
    return this.store.filters;
  }

  hostConnected(): void {
    this.#join();
  }

  hostDisconnected(): void {
    this.#store?.leave(this);
    this.#store = null;
  }

  hostUpdate(): void {
    // A new `group` attribute, or `url-hash` turned on after joining: join again.
    if (this.#store && (groupOf(this.element) !== this.#name || this.keepsHash() !== this.#keeps)) {
      this.#store.leave(this);
      this.#store = null;
      this.#join();
    }
  }

  hostUpdated(): void {
    if (this.#store && this.#options.offer) this.#store.offer(this, this.#options.offer());
  }

  #join(): void {
    this.#name = groupOf(this.element);
    this.#keeps = this.keepsHash();
    this.store.join(this);
    // The group's selection, unless the page gave the element its own (a shared link's, read
    // from the address, reaches every member when it arrives, and wins).
    const selection = this.store.selection;
    if (selection.partnershipId !== null && !this.#options.hasOwnSelection?.()) this.#options.selected?.(selection);
  }

  /** Tells the group of a selection: a user's (`user`: it goes into the address), or the page's. */
  select(selection: CoopSelectDetail, user: boolean): void {
    this.store.select(selection, this, user);
  }

  /** Makes the page's own selection (an attribute or property the element was given) the group's, when it differs. */
  adopt(selection: CoopSelectDetail): void {
    const shared = this.store.selection;
    if (selection.partnershipId !== shared.partnershipId || (selection.eventId ?? undefined) !== shared.eventId) this.select(selection, false);
  }

  /** Tells the group of filters a visitor chose (`typing`: words being typed, see GroupStore.filter). */
  filter(filters: GroupFilters, typing = false): void {
    this.store.filter(filters, this, typing);
  }

  changed(store: GroupStore, what: GroupChange): void {
    if (what === 'selection') this.#options.selected?.(store.selection);
    else if (what === 'filters') this.#options.filtered?.(store.filters);
    else this.#options.offered?.();
  }

  keepsHash(): boolean {
    return this.#options.keepsHash?.() ?? false;
  }

  showsSelection(): boolean {
    return this.#options.showsSelection?.() ?? false;
  }

  filterable(): boolean {
    return !!this.#options.offer;
  }
}
