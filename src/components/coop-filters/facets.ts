/**
 * What `<coop-filters>` offers a visitor: for each field (institution, country, domain,
 * status, kind), the values the group's partnerships take and, beside each, how many
 * partnerships it would keep given the other fields' choices (faceted counts, as a library
 * catalogue gives them). Pure: partnerships and filters in, choices and counts out.
 */
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import { partnershipMatches } from '../../data/query.js';
import type { GroupFilters, GroupOffer } from '../../model/group-store.js';

/** A field a visitor can filter on. */
export type FacetField = 'institution' | 'country' | 'domain' | 'status' | 'kind';

/** The fields, in the order they are offered. */
export const FACET_FIELDS: readonly FacetField[] = ['institution', 'country', 'domain', 'status', 'kind'];

/** Where each field's choices are kept in the group's filters. */
export const FILTER_KEY = {
  institution: 'institutions',
  country: 'countries',
  domain: 'domains',
  status: 'statuses',
  kind: 'kinds',
} as const satisfies Record<FacetField, keyof GroupFilters>;

/** One value of a field, how many partnerships choosing it would show, and whether it is chosen. */
export interface FacetChoice {
  readonly value: string;
  readonly count: number;
  readonly selected: boolean;
}

/** A field and its choices, in the order the partnerships first use them (chosen values the data lacks last). */
export interface Facet {
  readonly field: FacetField;
  readonly choices: readonly FacetChoice[];
}

/** The group's partnerships, what the filters keep of them, and each field's choices. */
export interface Facets {
  /** Every partnership the group's elements show before the visitors' filters, once each. */
  readonly partnerships: readonly PartnershipRecord[];
  /** Those the filters keep. */
  readonly matching: number;
  readonly facets: readonly Facet[];
  /** The datasets the partnerships come from, to name their institutions and domains. */
  readonly datasets: readonly Dataset[];
}

/** The values partnership `p` takes for `field`. */
export function valuesOf(p: PartnershipRecord, field: FacetField): readonly string[] {
  switch (field) {
    case 'institution':
      return [p.institution];
    case 'country':
      return p.countries;
    case 'domain':
      return p.domains;
    case 'status':
      return [p.status];
    case 'kind':
      return [p.kind];
  }
}

/** The partnerships of every offer, once each (by id, the first offer's record). */
export function offeredPartnerships(offers: readonly GroupOffer[]): PartnershipRecord[] {
  const seen = new Set<string>();
  const all: PartnershipRecord[] = [];
  for (const offer of offers) {
    for (const p of offer.partnerships) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      all.push(p);
    }
  }
  return all;
}

/** Whether `p` passes the filters of every field but `except` (and the words). */
function keptBy(p: PartnershipRecord, filters: GroupFilters, except: FacetField | null): boolean {
  for (const field of FACET_FIELDS) {
    if (field === except) continue;
    const wanted = filters[FILTER_KEY[field]];
    if (wanted?.length && !valuesOf(p, field).some((v) => wanted.includes(v))) return false;
  }
  return !filters.text?.trim() || partnershipMatches(p, { text: filters.text });
}

/** The choices of `fields` over what `offers` show, with counts under `filters`. */
export function facetsOf(offers: readonly GroupOffer[], filters: GroupFilters, fields: readonly FacetField[] = FACET_FIELDS): Facets {
  const partnerships = offeredPartnerships(offers);
  const facets = fields.map((field): Facet => {
    const counts = new Map<string, number>();
    for (const p of partnerships) for (const v of valuesOf(p, field)) if (!counts.has(v)) counts.set(v, 0);
    const chosen = filters[FILTER_KEY[field]] ?? [];
    for (const v of chosen) if (!counts.has(v)) counts.set(v, 0);
    for (const p of partnerships) {
      if (!keptBy(p, filters, field)) continue;
      for (const v of new Set(valuesOf(p, field))) counts.set(v, counts.get(v)! + 1);
    }
    return { field, choices: [...counts].map(([value, count]) => ({ value, count, selected: chosen.includes(value) })) };
  });
  return {
    partnerships,
    matching: partnerships.filter((p) => keptBy(p, filters, null)).length,
    facets,
    datasets: [...new Set(offers.map((o) => o.dataset))],
  };
}

/** The filters with `value` of `field` chosen (`on`) or not, other fields kept. */
export function toggled(filters: GroupFilters, field: FacetField, value: string, on: boolean): GroupFilters {
  const key = FILTER_KEY[field];
  const before = filters[key] ?? [];
  const after = on ? (before.includes(value) ? before : [...before, value]) : before.filter((v) => v !== value);
  const next: GroupFilters = { ...filters, [key]: after };
  if (!after.length) delete (next as Record<string, unknown>)[key];
  return next;
}
