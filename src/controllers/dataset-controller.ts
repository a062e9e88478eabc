/**
 * Loads the data an element shows (the bundled records of its institutions, or its `src`)
 * and keeps the state the element renders: loading, loaded or failed. Reloads when the
 * request changes, even while a load is under way (the older answer is ignored: a classic
 * script can upgrade an element before the parser has given it its attributes). Reports
 * failures and rejected records as a `coop-error` event on the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset.js';
import { requestDataset, requestKey, type DataRequest, type RequestResult } from '../data/request.js';
import { snapshot, type CoopErrorDetail } from '../data/problems.js';
import { CoopErrorEvent } from '../events/coop-error.js';
import { localeReady } from '../localization.js';

export type DatasetStatus = 'loading' | 'loaded' | 'failed';

export class DatasetController implements ReactiveController {
  status: DatasetStatus = 'loading';
  dataset: Dataset | null = null;
  /** Why nothing is shown (failed), or what was set aside (loaded); its sentences are made when read. */
  error: CoopErrorDetail | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #request: () => DataRequest;
  readonly #loader: (request: DataRequest) => Promise<RequestResult>;
  #loadedKey: string | undefined = undefined;
  #generation = 0;

  /** Loads what `request()` asks for with `load` (a card loads its one partnership: `requestPartnership`). */
  constructor(host: ReactiveControllerHost & HTMLElement, request: () => DataRequest, load: (request: DataRequest) => Promise<RequestResult> = requestDataset) {
    this.#host = host;
    this.#request = request;
    this.#loader = load;
    host.addController(this);
  }

  hostUpdate(): void {
    const request = this.#request();
    const key = requestKey(request);
    if (key !== this.#loadedKey) {
      // The same data in another language: what is shown stays until the new texts arrive.
      const sameData = this.#loadedKey !== undefined && requestKey({ ...request, language: undefined }) === this.#loadedWithout;
      this.#loadedKey = key;
      this.#loadedWithout = requestKey({ ...request, language: undefined });
      void this.#load(request, sameData);
    }
  }

  #loadedWithout: string | undefined = undefined;

  async #load(request: DataRequest, keepShown: boolean): Promise<void> {
    const generation = ++this.#generation;
    if (!keepShown || this.status !== 'loaded') {
      this.status = 'loading';
      this.error = null;
    }
    // Waiting for the page language's strings too: the first view appears in its language.
    const [result] = await Promise.all([this.#loader(request), localeReady()]);
    if (generation !== this.#generation) return;
    if (result.status === 'loaded') {
      this.status = 'loaded';
      this.dataset = result.dataset;
      this.error = result.rejected;
    } else {
      this.status = 'failed';
      this.dataset = null;
      this.error = result.error;
    }
    this.#host.requestUpdate();
    if (this.error) this.#host.dispatchEvent(new CoopErrorEvent(snapshot(this.error)));
  }
}
