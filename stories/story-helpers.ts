/**
 * Helpers shared by the stories: data URLs for synthetic datasets, and a `src` that never
 * answers, to show loading states.
 */
import { syntheticDataset } from '../bench/datasets.js';

/** A `blob:` URL serving a synthetic dataset of `partnerships` and `events`, made once per size. */
const urls = new Map<string, string>();
export function syntheticSrc(partnerships: number, events: number): string {
  const key = `${partnerships}/${events}`;
  let url = urls.get(key);
  if (!url) {
    const blob = new Blob([JSON.stringify(syntheticDataset(partnerships, events))], { type: 'application/json' });
    urls.set(key, (url = URL.createObjectURL(blob)));
  }
  return url;
}

/** A `src` whose request never completes (until the loader's own timeout), for loading states. */
export const NEVER_LOADS = '/__coop-story-never-loads.json';

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.includes(NEVER_LOADS)) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
};
