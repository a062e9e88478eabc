/**
 * Fires `coop-load` on an element once per dataset and filters, after the render that shows
 * them: what the map and the timeline promise a page (`detail: { partnerships, events }`).
 * The element calls `announce()` at the end of its `updated()`, once everything is drawn
 * (a controller's `hostUpdated` would run before the element's own `updated`).
 */
import { CoopLoadEvent, type CoopLoadDetail } from '../events/coop-load.js';

/** What is shown now: an object that changes when data or filters do, and the counts to tell. */
export interface Shown {
  key: object;
  detail(): CoopLoadDetail;
}

export class LoadAnnouncer {
  readonly #host: HTMLElement;
  readonly #shown: () => Shown | null;
  #told: object | null = null;

  /** `shown` gives null until there is data to show. */
  constructor(host: HTMLElement, shown: () => Shown | null) {
    this.#host = host;
    this.#shown = shown;
  }

  /** Fires `coop-load` if what is shown changed since the last one. */
  announce(): void {
    const shown = this.#shown();
    if (!shown || shown.key === this.#told) return;
    this.#told = shown.key;
    this.#host.dispatchEvent(new CoopLoadEvent(shown.detail()));
  }
}
