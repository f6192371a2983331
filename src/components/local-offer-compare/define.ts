// Registers <local-offer-compare> and its council picker (side effect), for pages that use only the comparison.
import '../local-offer-council-picker/define.js';
import { defineElement } from '../shared/define-element.js';
import { LocalOfferCompareElement } from './local-offer-compare.js';

defineElement('local-offer-compare', LocalOfferCompareElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-compare': LocalOfferCompareElement;
  }
}
