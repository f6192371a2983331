import type { LoadedOffer } from '../context/offer-loader.js';

/** Fired by an element that loaded and validated an offer. Bubbles out of shadow roots. */
export class LocalOfferLoadEvent extends Event {
  static readonly eventName = 'local-offer-load';

  constructor(readonly loaded: LoadedOffer) {
    super(LocalOfferLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'local-offer-load': LocalOfferLoadEvent;
  }
}
