/**
 * What an element asks of the data: the bundled records of some institutions, or a file
 * (`src`). Elements asking the same thing share one load and one dataset. The file reader,
 * with its CSV parser, schema validator and messages, is loaded only by a page with a `src`.
 */
import type { CoopErrorDetail } from './problems.js';
import { bundledDataset, bundledFailure, bundledLanguage } from './bundled.js';
import type { Dataset } from './dataset.js';

export interface DataRequest {
  /** URL of a JSON or CSV file; null: the bundled data. */
  src: string | null;
  /** Home institutions the element shows (null or absent: all). Only the bundled data is split by them. */
  institutions?: readonly string[] | null;
  /** The one partnership a card shows (see `bundled-details.ts`). */
  partnership?: string | null;
  /** The language of the texts wanted: the bundled data comes per language. */
  language?: string;
}

/** What a request gives: data to show (and what was set aside), or why there is none. */
export type RequestResult =
  | { status: 'loaded'; dataset: Dataset; rejected: CoopErrorDetail | null }
  | { status: 'failed'; error: CoopErrorDetail };

/** Loads what `request` asks for; never rejects. */
export async function requestDataset(request: DataRequest): Promise<RequestResult> {
  const src = request.src?.trim();
  if (!src) {
    return bundledDataset(request.institutions ?? null, request.language).then(
      (dataset): RequestResult => ({ status: 'loaded', dataset, rejected: null }),
      (cause: unknown) => bundledFailure(cause),
    );
  }
  const { loadSharedDataset, resolveUrl } = await import('./load.js');
  // Shared loads take no AbortSignal, so they are never 'aborted'.
  const result = (await loadSharedDataset(src)) as RequestResult;
  if (result.status !== 'loaded' || !result.dataset.parts) return result;
  // Split by institution: the files of the institutions asked for.
  const { loadParts } = await import('./parts.js');
  return (await loadParts(result.dataset, resolveUrl(src), request.institutions ?? null)) as RequestResult;
}

/** The key under which two requests are the same. */
export function requestKey(request: DataRequest): string {
  const src = request.src?.trim();
  if (src) return `src:${src}`;
  if (request.partnership) return `partnership:${request.partnership.trim()}.${request.language ?? 'fr'}`;
  return `bundled:${request.institutions ? [...request.institutions].sort().join(' ') : '*'}.${bundledLanguage(request.language)}`;
}
