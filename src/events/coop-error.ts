import { CoopEvent } from './coop-event.js';

/** Why data could not be shown, as the `coop-error` event and the loader report it. */
export interface CoopErrorDetail {
  /**
   * `network`: the request failed (offline, blocked, CORS); `http`: the server answered
   * with an error status; `timeout`: no answer in time; `parse`: the file is not JSON or
   * CSV; `schema`: the data is not in the expected shape, or some records were rejected.
   */
  type: 'network' | 'http' | 'timeout' | 'parse' | 'schema';
  /** What went wrong, in the page's language, for a person to read. */
  message: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** For `schema` errors: each rejected value, where it is and what is wrong with it. */
  issues?: { path: string; message: string }[];
}

/**
 * Fired when data could not be loaded, or when some of its records were rejected (the valid
 * ones are still shown). Bubbles and crosses shadow roots.
 */
export class CoopErrorEvent extends CoopEvent<CoopErrorDetail> {
  static readonly eventName = 'coop-error';

  constructor(detail: CoopErrorDetail) {
    super(CoopErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coop-error': CoopErrorEvent;
  }
}
