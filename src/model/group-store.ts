/**
 * The one owner of what the elements of a link group share: the selection (a partnership,
 * maybe one of its events) and the visitors' filters (`<coop-filters>`). Elements join
 * their group's store and follow it; they tell it what a user or the page chose; `coop-select`
 * events announce a user's choices to the page, they are not the storage.
 *
 * With `url-hash` on any member, the store also keeps its state in the address
 * (`#coop=angers-tlemcen`, `#coop.GROUP=…` for a named group, `&coop-filter=…`): a shared link
 * opens on it, and Back/Forward move through it. A group lives while it has members: when
 * its last element leaves, its state is forgotten.
 *
 * Stores are kept under a global symbol, so two copies of the library on one page share them.
 */
import type { Dataset, PartnershipRecord } from '../data/dataset.js';
import type { DataFilter } from '../data/query.js';
import { CoopSelectEvent, type CoopSelectDetail } from '../events/coop-select.js';

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

const FILTER_KEYS = ['institutions', 'countries', 'domains', 'statuses', 'kinds'] as const;
const HASH_NAMES: Record<(typeof FILTER_KEYS)[number], string> = { institutions: 'institution', countries: 'country', domains: 'domain', statuses: 'status', kinds: 'kind' };

function hashKey(group: string): string {
  return group ? `coop.${group}` : 'coop';
}

/** `params` as a hash, with `:`, `;` and `/` left readable (`#coop=a/e&coop-filter=country:ML;q:rein`), or '' when empty. */
function hashOf(params: URLSearchParams): string {
  const text = params.toString().replace(/%3A/gi, ':').replace(/%3B/gi, ';').replace(/%2F/gi, '/');
  return text ? `#${text}` : '';
}

/** A group's selection in the address's hash (`#coop=id` or `#coop=id/event-id`), or null when it has none. */
export function selectionFromHash(hash: string, group: string): CoopSelectDetail | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(hashKey(group));
  if (value === null) return null;
  const [partnershipId, eventId] = value.split('/');
  return partnershipId ? { partnershipId, ...(eventId ? { eventId } : {}) } : { partnershipId: null };
}

/** The hash with a group's selection written in, other parameters kept. */
export function hashWithSelection(hash: string, group: string, detail: CoopSelectDetail): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (detail.partnershipId) params.set(hashKey(group), detail.eventId ? `${detail.partnershipId}/${detail.eventId}` : detail.partnershipId);
  else params.delete(hashKey(group));
  return hashOf(params);
}

/** A group's filters in the hash (`coop-filter=country:ML+SN;q:cœur`), or null when it has none. */
export function filtersFromHash(hash: string, group: string): GroupFilters | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(`${hashKey(group)}-filter`);
  if (value === null) return null;
  const filters: { -readonly [K in keyof GroupFilters]: GroupFilters[K] } = {};
  // The words come last and may hold any character, `;` included.
  const words = /(?:^|;)q:/.exec(value);
  if (words) filters.text = value.slice(words.index + words[0].length);
  for (const entry of (words ? value.slice(0, words.index) : value).split(';')) {
    const [name, content = ''] = entry.split(':');
    const key = FILTER_KEYS.find((k) => HASH_NAMES[k] === name);
    if (key) filters[key] = content.split(' ').filter(Boolean);
  }
  return filters;
}

/** The hash with a group's filters written in (removed when there are none), other parameters kept. */
export function hashWithFilters(hash: string, group: string, filters: GroupFilters): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const parts = [...FILTER_KEYS.filter((k) => filters[k]?.length).map((k) => `${HASH_NAMES[k]}:${filters[k]!.join(' ')}`), ...(filters.text ? [`q:${filters.text}`] : [])];
  if (parts.length) params.set(`${hashKey(group)}-filter`, parts.join(';'));
  else params.delete(`${hashKey(group)}-filter`);
  return hashOf(params);
}

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
  /** The address the last typed words wrote, while the next words may replace it. */
  #typedAt: string | null = null;
  readonly #group: string;
  readonly #forget: () => void;

  constructor(group: string, forget: () => void) {
    this.#group = group;
    this.#forget = forget;
  }

  /**
   * Adds `member`; the first member keeping the hash reads the state from the address.
   * Returns whether the address gave the group its selection then.
   */
  join(member: GroupMember): boolean {
    const hashKept = this.#keepsHash();
    this.#members.add(member);
    if (this.#members.size === 1) window.addEventListener('popstate', this.#onPopState);
    this.#notify(member, 'offers');
    if (hashKept || !member.keepsHash()) return false;
    return this.#readHash(null);
  }

  /** Removes `member`; a group without members forgets its state. */
  leave(member: GroupMember): void {
    this.#members.delete(member);
    if (this.#offers.delete(member)) this.offers = [...this.#offers.values()];
    this.#notify(member, 'offers');
    if (this.#members.size) return;
    window.removeEventListener('popstate', this.#onPopState);
    this.#forget();
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
    if (user && from) this.#writeHash();
  }

  /**
   * Filters the group's records, told by `from` (null: the address); the other members follow.
   * `typing`: words being typed, which replace the address's entry instead of adding one per pause.
   */
  filter(filters: GroupFilters, from: GroupMember | null, typing = false): void {
    if (sameFilters(filters, this.filters)) return;
    this.filters = filters;
    this.#notify(from, 'filters');
    if (from) this.#writeHash(typing);
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

  #keepsHash(): boolean {
    return [...this.#members].some((m) => m.keepsHash());
  }

  /** Writes the state into the address: a new entry, or while words are being typed (`typing`) the one the first pause made. */
  #writeHash(typing = false): void {
    if (!this.#keepsHash()) return;
    const hash = hashWithFilters(hashWithSelection(location.hash, this.#group, this.selection), this.#group, this.filters);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    const replace = typing && this.#typedAt === location.hash;
    history[replace ? 'replaceState' : 'pushState'](history.state, '', hash || location.pathname + location.search);
    this.#typedAt = typing ? location.hash : null;
  }

  /**
   * Takes the state the address holds; `missing` is what a selection absent from it means
   * (null: keep the current one). Returns whether the address had a selection.
   */
  #readHash(missing: CoopSelectDetail | null): boolean {
    const found = selectionFromHash(location.hash, this.#group);
    const filters = filtersFromHash(location.hash, this.#group) ?? (missing ? {} : null);
    if (found ?? missing) this.select((found ?? missing)!, null, false);
    if (filters) this.filter(filters, null);
    return found !== null;
  }

  // Back and Forward are a visitor's choices: the page hears them as coop-select, once.
  #onPopState = () => {
    const keeper = [...this.#members].find((m) => m.keepsHash());
    if (!keeper) return;
    const before = this.selection;
    this.#readHash({ partnershipId: null });
    if (this.selection !== before) keeper.element.dispatchEvent(new CoopSelectEvent(this.selection));
  };
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
