/**
 * Data split by home institution (a file whose `parts` lists each institution's file: see
 * the schema, and scripts/split-dataset.mjs): an element asking for some institutions loads
 * only their files, each read with the list's institutions, domains and documents, and sees
 * them as one dataset. A file two elements need is fetched once; elements asking for the
 * same institutions share one dataset.
 */
import type { CoopErrorDetail } from './problems.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import { fetchText, readText, type LoadResult } from './load.js';

const parts = new Map<string, Promise<LoadResult>>();
const merged = new Map<string, Promise<LoadResult>>();

/** The records of `institutions` (null: all) of the split dataset `index`, read from `indexUrl`. */
export function loadParts(index: Dataset, indexUrl: string, institutions: readonly string[] | null): Promise<LoadResult> {
  const ids = Object.keys(index.parts ?? {})
    .filter((id) => !institutions || institutions.includes(id))
    .sort();
  const key = `${indexUrl}|${ids.join(' ')}`;
  let result = merged.get(key);
  if (!result) {
    result = Promise.all(ids.map((id) => loadPart(new URL(index.parts![id], indexUrl).href, index))).then((loaded) => merge(index, ids.map((id) => index.parts![id]), loaded));
    merged.set(key, result);
  }
  return result;
}

/** One institution's file, read with the list's institutions, domains and documents. */
function loadPart(url: string, index: Dataset): Promise<LoadResult> {
  let part = parts.get(url);
  if (!part) {
    part = fetchText(url, {}).then((fetched) =>
      'status' in fetched ? fetched : readText(fetched.text, { url, contentType: fetched.contentType }, { institutions: [...index.institutions], domains: { ...index.domains }, documents: [...index.documents] }),
    );
    parts.set(url, part);
  }
  return part;
}

/** The parts as one dataset; what went wrong in each is told with its file's name. */
function merge(index: Dataset, files: readonly string[], loaded: readonly LoadResult[]): LoadResult {
  const issues: { readonly path: string; readonly message: string }[] = [];
  const datasets: Dataset[] = [];
  let first: CoopErrorDetail | null = null;
  for (const [i, result] of loaded.entries()) {
    if (result.status === 'loaded') {
      datasets.push(result.dataset);
      first ??= result.rejected;
      // Sentences made when read, as the parts' own.
      for (const issue of result.rejected?.issues ?? []) issues.push({ path: `${files[i]}: ${issue.path}`, get message() { return `${files[i]} · ${issue.message}`; } });
    } else if (result.status === 'failed') {
      first ??= result.error;
      const error = result.error;
      issues.push({ path: files[i], get message() { return error.message; } });
    }
  }
  if (!datasets.length && first) return { status: 'failed', error: first };
  const dataset = normalizeDataset({
    version: 1,
    institutions: [...index.institutions],
    domains: Object.assign({}, index.domains, ...datasets.map((d) => d.domains)),
    documents: [...index.documents],
    partnerships: datasets.flatMap((d) => d.partnerships),
    events: datasets.flatMap((d) => d.events),
  });
  const summary = first as CoopErrorDetail | null;
  return { status: 'loaded', dataset, rejected: summary ? { type: summary.type, get message() { return summary.message; }, issues } : null };
}
