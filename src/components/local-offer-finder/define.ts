// Registers <local-offer-finder> and its council picker (side effect), for pages that use only the finder.
import { defineElement } from '../shared/define-element.js';
import { CouncilPickerElement } from './council-picker.js';
import { LocalOfferFinderElement } from './local-offer-finder.js';

defineElement('local-offer-council-picker', CouncilPickerElement);
defineElement('local-offer-finder', LocalOfferFinderElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-council-picker': CouncilPickerElement;
    'local-offer-finder': LocalOfferFinderElement;
  }
}
