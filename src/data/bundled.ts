/**
 * The bundled dataset as the elements load it: split at build time (scripts/build-data.mjs)
 * so that a page downloads only what it shows. Every page has the index (institutions,
 * domain labels); the records the views draw come per institution; the long texts and
 * citations a card shows come per partnership, when a card or an event's details open.
 * The data was validated at build time, so none of this carries the validator.
 */
import { coreParts, institutions } from '../generated/data/index.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import type { DatedEvent, LocalizedText, Partnership, SourceDocument } from './schema.generated.js';

/** What the views draw of one institution: its records with the fields the schema requires. */
export interface CorePart {
  partnerships: Partnership[];
  events: DatedEvent[];
  /** Labels of the domains these records use. */
  domains: Record<string, LocalizedText>;
}

/** What a card adds to one partnership (or to an institution's events without one). */
export interface DetailPart {
  /** The partnership's other fields (summary, activities, figures, people, sources...), with its id. */
  partnership: (Partial<Partnership> & { id: string }) | null;
  /** Its events' other fields (description, figures, sources...), each with its id. */
  events: (Partial<DatedEvent> & { id: string })[];
  /** The documents these cite. */
  documents: SourceDocument[];
}

/** The ids of the bundled institutions. */
export const bundledInstitutionIds: readonly string[] = institutions.map((i) => i.id);

const cores = new Map<string, Promise<CorePart>>();
const datasets = new Map<string, Promise<Dataset>>();

function corePart(id: string): Promise<CorePart> {
  let part = cores.get(id);
  if (!part) cores.set(id, (part = coreParts[id]() as Promise<CorePart>));
  return part;
}

/**
 * The bundled records of `institutionIds` (null: all), without their details. Elements that
 * ask for the same institutions share one dataset; unknown ids are left out (the index still
 * lists every institution, so an element can say which ids exist).
 */
export function bundledDataset(institutionIds: readonly string[] | null): Promise<Dataset> {
  const ids = (institutionIds ?? bundledInstitutionIds).filter((id) => Object.hasOwn(coreParts, id));
  const wanted = bundledInstitutionIds.filter((id) => ids.includes(id));
  const key = wanted.join(' ');
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = Promise.all(wanted.map(corePart)).then((parts) =>
      normalizeDataset(
        {
          version: 1,
          institutions: [...institutions],
          domains: Object.assign({}, ...parts.map((p) => p.domains)),
          partnerships: parts.flatMap((p) => p.partnerships),
          events: parts.flatMap((p) => p.events),
        },
        { complete: false },
      ),
    );
    datasets.set(key, dataset);
  }
  return dataset;
}
