/**
 * A link group's state in the address (see group-store.ts), loaded once a member has
 * `url-hash`: the selection as `#coop=angers-tlemcen` (`#coop=id/event-id`, `#coop.GROUP=…`
 * for a named group) and the visitors' filters as `coop-filter=country:ML;q:rein`, other
 * parameters of the hash kept. A shared link opens on them; Back and Forward move through
 * them, and the page hears a visitor's Back as one `coop-select`.
 */
import { CoopSelectEvent, type CoopSelectDetail } from '../events/coop-select.js';
import { FILTER_KEYS, type GroupFilters, type GroupStore } from './group-store.js';

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

export class GroupAddress {
  readonly #store: GroupStore;
  readonly #group: string;
  /** The address the last typed words wrote, while the next words may replace it. */
  #typedAt: string | null = null;

  constructor(store: GroupStore, group: string) {
    this.#store = store;
    this.#group = group;
    window.addEventListener('popstate', this.#onPopState);
  }

  /** Stops following Back and Forward (no member keeps the address any more). */
  dispose(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /**
   * Has the group take the state the address holds; `missing` is what a selection absent
   * from it means (null: keep the current one).
   */
  read(missing: CoopSelectDetail | null): void {
    const found = selectionFromHash(location.hash, this.#group);
    const filters = filtersFromHash(location.hash, this.#group) ?? (missing ? {} : null);
    if (found ?? missing) this.#store.select((found ?? missing)!, null, false);
    if (filters) this.#store.filter(filters, null);
  }

  /** Writes the group's state into the address: a new entry, or while words are being typed (`typing`) the one the first pause made. */
  write(typing: boolean): void {
    const store = this.#store;
    const hash = hashWithFilters(hashWithSelection(location.hash, this.#group, store.selection), this.#group, store.filters);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    const replace = typing && this.#typedAt === location.hash;
    history[replace ? 'replaceState' : 'pushState'](history.state, '', hash || location.pathname + location.search);
    this.#typedAt = typing ? location.hash : null;
  }

  // Back and Forward are a visitor's choices: the page hears them as coop-select, once.
  #onPopState = () => {
    const keeper = this.#store.keeper();
    if (!keeper) return;
    const before = this.#store.selection;
    this.read({ partnershipId: null });
    if (this.#store.selection !== before) keeper.element.dispatchEvent(new CoopSelectEvent(this.#store.selection));
  };
}
