// Registers <local-offer-finder> (side effect), for pages that use only the finder; its council picker is
// registered by the questions' code, which the finder loads as it arrives (finder-questions-chunk.ts).
import { defineElement } from '../shared/define-element.js';
import { LocalOfferFinderElement } from './local-offer-finder.js';

defineElement('local-offer-finder', LocalOfferFinderElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-finder': LocalOfferFinderElement;
  }
}
