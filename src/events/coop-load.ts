import { CoopEvent } from './coop-event.js';

/** What was loaded and rendered. */
export interface CoopLoadDetail {
  /** Number of partnerships shown (after filters). */
  partnerships: number;
  /** Number of events shown (after filters). */
  events: number;
}

/** Fired when an element's data is loaded and rendered. Bubbles and crosses shadow roots. */
export class CoopLoadEvent extends CoopEvent<CoopLoadDetail> {
  static readonly eventName = 'coop-load';

  constructor(detail: CoopLoadDetail) {
    super(CoopLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coop-load': CoopLoadEvent;
  }
}
