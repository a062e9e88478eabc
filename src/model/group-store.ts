/**
 * The one owner of what the elements of a link group share: the selection (a partnership,
 * maybe one of its events) and the visitors' filters (`<coop-filters>`). Elements join
 * their group's store and follow it; they tell it what a user or the page chose; `coop-select`
 * events announce a user's choices to the page, they are not the storage.
 *
 * With `url-hash` on any member, the store also keeps its state in the address
 * (`#coop=angers-tlemcen`, `#coop.GROUP=…` for a named group, `&coop-filter=…`; see
 * group-address.ts, loaded then): a shared link opens on it, and Back/Forward move through
 * it. A group lives while it has members: when its last element leaves, its state is forgotten.
 *
 * Stores are kept under a global symbol, so two copies of the library on one page share them.
 */
import type { Dataset, PartnershipRecord } from '../data/dataset.js';
import type { DataFilter } from '../data/query.js';
import type { CoopSelectDetail } from '../events/coop-select.js';
import type { GroupAddress } from './group-address.js';

/** What a visitor filtered, for every element of a group (ids, as the attributes take them). */
export interface GroupFilters {
  institutions?: readonly string[];
  countries?: readonly string[];
  domains?: readonly string[];
  /** Partnership statuses (a timeline keeps the events of such partnerships). */
  statuses?: readonly string[];
  /** Partnership kinds (likewise). */
  kinds?: readonly string[];
  /** Words to find. */
  text?: string;
}

/** The filter a group's visitor filters make for records of `level` (a timeline's events read their partnership's status and kind). */
export function visitorFilter(filters: GroupFilters, level: 'partnership' | 'event'): DataFilter {
  const list = (values: readonly string[] | undefined) => (values?.length ? values : null);
  return {
    institutions: list(filters.institutions),
    countries: list(filters.countries),
    domains: list(filters.domains),
    text: filters.text?.trim() || null,
    ...(level === 'partnership'
      ? { statuses: list(filters.statuses), kinds: list(filters.kinds) }
      : { partnershipStatuses: list(filters.statuses), partnershipKinds: list(filters.kinds) }),
  };
}

/** Whether `filters` filter anything. */
export function filtersAnything(filters: GroupFilters): boolean {
  return !!filters.text?.trim() || FILTER_KEYS.some((k) => filters[k]?.length);
}

/** What a member would show before the visitors' filters: what `<coop-filters>` offers and counts. */
export interface GroupOffer {
  readonly dataset: Dataset;
  readonly partnerships: readonly PartnershipRecord[];
}

/** What changed in a group. */
export type GroupChange = 'selection' | 'filters' | 'offers';

/** An element of a group. */
export interface GroupMember {
  /** The element, to tell who made a change. */
  readonly element: Element;
  /** The group's selection, filters or offers changed (by someone else, or by the address). */
  changed(store: GroupStore, what: GroupChange): void;
  /** Whether this member keeps the group's state in the address (`url-hash`). */
  keepsHash(): boolean;
  /** Whether this member shows the group's selected partnership in full (a card without `partnership`). */
  showsSelection?(): boolean;
  /** Whether the visitors' filters apply to what this member shows (a map, a timeline, cards). */
  filterable?(): boolean;
}

/** The list fields of the filters. */
export const FILTER_KEYS = ['institutions', 'countries', 'domains', 'statuses', 'kinds'] as const;

/** Whether two filters keep the same records. */
export function sameFilters(a: GroupFilters, b: GroupFilters): boolean {
  return (a.text ?? '') === (b.text ?? '') && FILTER_KEYS.every((k) => (a[k] ?? []).join(' ') === (b[k] ?? []).join(' '));
}

export class GroupStore {
  /** The selected partnership (and maybe event), or none. */
  selection: CoopSelectDetail = { partnershipId: null };
  /** The visitors' filters. */
  filters: GroupFilters = {};
  readonly #members = new Set<GroupMember>();
  readonly #offers = new Map<GroupMember, GroupOffer>();
  /** The address, loaded once a member keeps the state there (and once it has). */
  #address: Promise<GroupAddress> | null = null;
  #loadedAddress: GroupAddress | null = null;
  readonly #group: string;
  readonly #forget: () => void;

  constructor(group: string, forget: () => void) {
    this.#group = group;
    this.#forget = forget;
  }

  /** Adds `member`; the first member keeping the hash has the group take the state the address holds. */
  join(member: GroupMember): void {
    const hashKept = !!this.keeper();
    this.#members.add(member);
    this.#notify(member, 'offers');
    if (!hashKept && member.keepsHash()) void this.#withAddress((address) => address.read(null));
  }

  /** Removes `member`; a group without members forgets its state. */
  leave(member: GroupMember): void {
    this.#members.delete(member);
    if (this.#offers.delete(member)) this.offers = [...this.#offers.values()];
    this.#notify(member, 'offers');
    if (this.keeper()) return;
    void this.#address?.then((address) => address.dispose());
    this.#address = this.#loadedAddress = null;
    if (!this.#members.size) this.#forget();
  }

  /** A member that keeps the group's state in the address, if any. */
  keeper(): GroupMember | undefined {
    return [...this.#members].find((m) => m.keepsHash());
  }

  /** Whether the group has members, other than `except`, that the visitors' filters apply to. */
  hasFilterable(except: GroupMember): boolean {
    return [...this.#members].some((m) => m !== except && m.filterable?.());
  }

  /** Whether a member shows the selected partnership in full (a card without `partnership`). */
  showsSelection(): boolean {
    return [...this.#members].some((m) => m.showsSelection?.());
  }

  /**
   * Selects `detail` for the group, told by `from` (null: the address); the other members
   * follow. A user's choice (`user`) goes into the address when a member keeps it there.
   */
  select(detail: CoopSelectDetail, from: GroupMember | null, user: boolean): void {
    if (this.selection.partnershipId === detail.partnershipId && this.selection.eventId === detail.eventId) return;
    this.selection = detail.eventId ? { partnershipId: detail.partnershipId, eventId: detail.eventId } : { partnershipId: detail.partnershipId };
    this.#notify(from, 'selection');
    if (user && from) void this.#withAddress((address) => address.write(false));
  }

  /**
   * Filters the group's records, told by `from` (null: the address); the other members follow.
   * `typing`: words being typed, which replace the address's entry instead of adding one per pause.
   */
  filter(filters: GroupFilters, from: GroupMember | null, typing = false): void {
    if (sameFilters(filters, this.filters)) return;
    this.filters = filters;
    this.#notify(from, 'filters');
    if (from) void this.#withAddress((address) => address.write(typing));
  }

  /** What the members would show before the visitors' filters, one offer per member that has data (a new array when one changes). */
  offers: readonly GroupOffer[] = [];

  /** Tells the group what `member` would show before the visitors' filters (null: nothing yet). */
  offer(member: GroupMember, offer: GroupOffer | null): void {
    const before = this.#offers.get(member);
    if (!this.#members.has(member) || (before?.dataset === offer?.dataset && before?.partnerships === offer?.partnerships)) return;
    if (offer) this.#offers.set(member, offer);
    else this.#offers.delete(member);
    this.offers = [...this.#offers.values()];
    this.#notify(member, 'offers');
  }

  #notify(from: GroupMember | null, what: GroupChange): void {
    for (const member of this.#members) if (member !== from) member.changed(this, what);
  }

  /**
   * Runs `use` with the group's address when a member keeps the state there: at once when it
   * has loaded (the member that keeps it asked for it on joining), else once it has.
   */
  async #withAddress(use: (address: GroupAddress) => void): Promise<void> {
    if (!this.keeper()) return;
    if (this.#loadedAddress) return use(this.#loadedAddress);
    if (!this.#address) {
      const loading: Promise<GroupAddress> = import('./group-address.js').then((m) => {
        const address = new m.GroupAddress(this, this.#group);
        // The keeper may have left meanwhile: then the address is not the group's.
        if (this.#address === loading) this.#loadedAddress = address;
        else address.dispose();
        return address;
      });
      this.#address = loading;
    }
    const address = await this.#address;
    if (this.keeper() && address === this.#loadedAddress) use(address);
  }
}

const registry = Symbol.for('coop-widgets.groups');
type Registry = Map<string, GroupStore>;

/** The store of link group `group` ('' for the page's default group), made on first use. */
export function groupStore(group: string): GroupStore {
  const stores: Registry = ((globalThis as Record<symbol, Registry>)[registry] ??= new Map());
  let store = stores.get(group);
  if (!store) stores.set(group, (store = new GroupStore(group, () => stores.get(group) === store && stores.delete(group))));
  return store;
}
