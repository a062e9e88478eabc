import { CoopEvent } from './coop-event.js';

/** The selection a user made: a partnership (and maybe one of its events), or none. */
export interface CoopSelectDetail {
  /** The selected partnership's id, or null when the selection was cleared. */
  partnershipId: string | null;
  /** The selected event's id, when an event was selected. */
  eventId?: string;
}

/**
 * Fired when a user selects (or clears) a partnership or an event. Bubbles and crosses
 * shadow roots, so a page can listen on `document`.
 */
export class CoopSelectEvent extends CoopEvent<CoopSelectDetail> {
  static readonly eventName = 'coop-select';

  constructor(detail: CoopSelectDetail) {
    super(CoopSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coop-select': CoopSelectEvent;
  }
}
