// Registers <local-offer> alone (side effect), for pages that use only this element.
import { defineElement } from '../shared/define-element.js';
import { LocalOfferProviderElement } from './local-offer.js';

defineElement('local-offer', LocalOfferProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer': LocalOfferProviderElement;
  }
}
