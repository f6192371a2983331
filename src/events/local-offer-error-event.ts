import type { OfferLoadError } from '../context/offer-load-error.js';

/** Fired by an element whose offer could not be loaded or is invalid. Bubbles out of shadow roots. */
export class LocalOfferErrorEvent extends Event {
  static readonly eventName = 'local-offer-error';

  constructor(readonly error: OfferLoadError) {
    super(LocalOfferErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'local-offer-error': LocalOfferErrorEvent;
  }
}
