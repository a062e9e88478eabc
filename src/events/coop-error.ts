import type { CoopErrorDetail } from '../data/problems.js';
import { CoopEvent } from './coop-event.js';

export type { CoopErrorDetail };

/**
 * Fired when data could not be loaded, when some of its values or records were set aside
 * (the valid ones are still shown), or when an attribute cannot be used. Bubbles and crosses
 * shadow roots.
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
