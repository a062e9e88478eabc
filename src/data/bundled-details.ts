/**
 * Bundled partnerships told whole, one part each (scripts/build-data.mjs): what a card shows
 * (summaries, activities, figures, people, events, citations), and what an event's details
 * and a search through descriptions need. A card asks for its partnership's part alone.
 */
import { detailParts } from '../generated/data/details.js';
import { institutions } from '../generated/data/index.js';
import { bundledDataset } from './bundled.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import { requestDataset, type DataRequest, type RequestResult } from './request.js';
import type { DatedEvent, LocalizedText, Partnership, SourceDocument } from './schema.generated.js';

/** A partnership (or, under `@institution`, an institution's events without one) with every field. */
export interface DetailPart {
  partnership: Partnership | null;
  events: DatedEvent[];
  /** The documents they cite, and the labels of the partnership's domains. */
  documents: SourceDocument[];
  domains: Record<string, LocalizedText>;
}

const parts = new Map<string, Promise<DetailPart | null>>();
const datasets = new Map<string, Promise<Dataset>>();

/** The bundled part of a partnership (`@institution`: its events without one), or null. */
export function bundledDetails(owner: string): Promise<DetailPart | null> {
  let part = parts.get(owner);
  if (!part) parts.set(owner, (part = Object.hasOwn(detailParts, owner) ? detailParts[owner]().then((m) => m.default as DetailPart) : Promise.resolve(null)));
  return part;
}

/**
 * The data a card shows: a file's, or one bundled partnership whole, as a dataset of its
 * own. An unknown bundled id gives every institution's records instead, so the card can
 * say which ids exist; no id, the index alone.
 */
export function requestPartnership(request: DataRequest): Promise<RequestResult> {
  const id = request.partnership?.trim();
  if (request.src?.trim()) return requestDataset(request);
  // No partnership yet (a card waiting for a selection): the index is enough.
  if (!id) return requestDataset({ src: null, institutions: [] });
  let dataset = datasets.get(id);
  if (!dataset) {
    dataset = bundledDetails(id).then((part) =>
      part?.partnership
        ? normalizeDataset({ version: 1, institutions: [...institutions], partnerships: [part.partnership], events: part.events, documents: part.documents, domains: part.domains })
        : bundledDataset(null),
    );
    datasets.set(id, dataset);
  }
  return dataset.then((d) => ({ status: 'loaded', dataset: d, rejected: null }));
}
