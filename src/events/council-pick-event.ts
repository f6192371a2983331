import type { Council } from '../places/council-registry.js';

/** Fired by the council picker when a council is chosen (or the choice is cleared: `council` undefined). */
export class CouncilPickEvent extends Event {
  static readonly eventName = 'local-offer-council-pick';

  constructor(readonly council: Council | undefined) {
    super(CouncilPickEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'local-offer-council-pick': CouncilPickEvent;
  }
}
