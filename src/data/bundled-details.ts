/**
 * Bundled partnerships told whole, one part per partnership and language (see
 * scripts/build-data.mjs): what a card shows (summaries, activities, figures, people, events,
 * citations), and what an event's details and a search through descriptions need. How a
 * part is read is `details-source.ts`'s business.
 */
import { bundledDataset, bundledFailure, localizedInstitutions, type InstitutionTexts } from './bundled.js';
import { detailsUrl, fetchPart } from './details-source.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import { requestDataset, type DataRequest, type RequestResult } from './request.js';
import type { Locator } from '../geo/locator.js';
import type { DatedEvent, LocalizedText, Partnership, SourceDocument } from './schema.generated.js';

/** A partnership (or, under `@institution`, an institution's events without one) with every field. */
export interface DetailPart {
  /** Its institution's names in the part's language. */
  institution: InstitutionTexts;
  partnership: Partnership | null;
  events: DatedEvent[];
  /** The documents they cite, and the labels of the partnership's domains. */
  documents: SourceDocument[];
  domains: Record<string, LocalizedText>;
  /** The card's locator, drawn at build time (160 × 110), or null when nothing can be placed. */
  locator: Locator | null;
}

const parts = new Map<string, Promise<DetailPart | null>>();

/** The bundled part of a partnership (`@institution`: its events without one) in `language`, or null when there is none. */
export function bundledDetails(owner: string, language: string): Promise<DetailPart | null> {
  const key = `${owner}.${language}`;
  let part = parts.get(key);
  if (!part) {
    part = fetchPart(owner, language) as Promise<DetailPart | null>;
    parts.set(key, part);
    // A failure is not kept: the next card, or the same one later, asks again.
    part.catch(() => parts.get(key) === part && parts.delete(key));
  }
  return part;
}

const datasets = new Map<string, Promise<Dataset>>();
const locators = new WeakMap<Dataset, Locator | null>();

/** The locator drawn ahead for a card's bundled partnership; undefined when `dataset` is not one (draw it then). */
export function bundledLocator(dataset: Dataset): Locator | null | undefined {
  return locators.get(dataset);
}

/**
 * The data a card shows: a file's, or one bundled partnership whole, as a dataset of its
 * own. An unknown bundled id gives every institution's records instead, so the card can
 * say which ids exist; no id, the index alone. A part the server cannot send (not uploaded,
 * blocked) gives a failure that says which file.
 */
export function requestPartnership(request: DataRequest): Promise<RequestResult> {
  const id = request.partnership?.trim();
  if (request.src?.trim()) return requestDataset(request);
  // No partnership yet (a card waiting for a selection): the index is enough.
  if (!id) return requestDataset({ src: null, institutions: [], language: request.language });
  const language = request.language ?? 'fr';
  const key = `${id}.${language}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    const loading = bundledDetails(id, language).then((part) => {
      // No part: an unknown id (every institution's records then, so the card can say which
      // ids exist), or a known one whose file is missing from the server.
      if (!part?.partnership) {
        return bundledDataset(null, language).then((all) => (all.partnershipById.has(id) ? Promise.reject({ code: 'http', url: detailsUrl(id, language), status: 404 }) : all));
      }
      const one = normalizeDataset({ version: 1, institutions: localizedInstitutions([part.institution]), partnerships: [part.partnership], events: part.events, documents: part.documents, domains: part.domains });
      locators.set(one, part.locator);
      return one;
    });
    datasets.set(key, (dataset = loading));
    loading.catch(() => datasets.get(key) === loading && datasets.delete(key));
  }
  return dataset.then(
    (d): RequestResult => ({ status: 'loaded', dataset: d, rejected: null }),
    (cause: unknown) => bundledFailure(cause),
  );
}
