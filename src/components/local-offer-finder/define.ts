// Registers <local-offer-finder> and its council picker (side effect), for pages that use only the finder.
import '../local-offer-council-picker/define.js';
import { defineElement } from '../shared/define-element.js';
import { LocalOfferFinderElement } from './local-offer-finder.js';

defineElement('local-offer-finder', LocalOfferFinderElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-finder': LocalOfferFinderElement;
  }
}
