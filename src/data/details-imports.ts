/**
 * The npm build's way to read the bundled details parts (vite.config.ts puts it in place of
 * details-source.ts): one import per part, which the bundler of a site built with the
 * package follows and copies, where a fetched URL would point into node_modules.
 */
import { detailImports } from '../generated/data/details-imports.js';

/** The name of a part (for messages: the npm build imports it). */
export function detailsUrl(owner: string, language: string): string {
  return `${owner}.${language}.json`;
}

/** The part of `owner` in `language`, or null when there is none. */
export function fetchPart(owner: string, language: string): Promise<unknown> {
  const load = detailImports[`${owner}.${language}`];
  return load ? load().then((m) => m.default) : Promise.resolve(null);
}
