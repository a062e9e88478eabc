/**
 * Which bundled institution a partnership belongs to: what a card with only a `partnership`
 * id needs to load the right part of the bundled data. Kept out of the index every page
 * loads, since only cards ask.
 */
import { partnershipsByInstitution } from '../generated/data/owners.js';

const institutionOf = new Map(Object.entries(partnershipsByInstitution).flatMap(([institution, ids]) => ids.map((id) => [id, institution] as const)));

/** The home institution of a bundled partnership, or undefined. */
export function bundledInstitutionOf(partnershipId: string): string | undefined {
  return institutionOf.get(partnershipId);
}
