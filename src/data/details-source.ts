/**
 * Where the bundled details parts are read from, for pages (`dist/`): plain JSON files
 * fetched by name, so that no list of them weighs on a page, the loader can ask for a card's
 * part as soon as it sees the tag, and a server can cache them for good. The build copies
 * them beside its chunks, in a folder named after the data's hash, and writes that folder
 * in below (vite.plugins.ts); from the sources they are read where build-data.mjs writes
 * them. The npm build reads them through imports instead (details-imports.ts), which
 * bundlers follow.
 */
const built = '__COOP_DETAILS__';
const folder = new URL(built.endsWith('/') ? built : '../generated/data/details/', import.meta.url);

/** The URL of a part (`owner`: a partnership id, or `@institution`) in `language`. */
export function detailsUrl(owner: string, language: string): string {
  return new URL(`${encodeURIComponent(owner)}.${language}.json`, folder).href;
}

/**
 * The part of `owner` in `language`, or null when there is none (404). Any other failure
 * rejects with its cause (a `FailureCause`), so that a card says the data could not be
 * loaded instead of treating the id as unknown.
 */
export async function fetchPart(owner: string, language: string): Promise<unknown> {
  const url = detailsUrl(owner, language);
  const response = await fetch(url).catch(() => Promise.reject({ code: 'network', url }));
  if (response.status === 404) return null;
  if (!response.ok) throw { code: 'http', url, status: response.status };
  return response.json().catch(() => Promise.reject({ code: 'parse', reason: 'json' }));
}
