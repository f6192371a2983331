// Registers <local-offer-contact> alone (side effect), for pages that use only this element.
import { defineElement } from '../shared/define-element.js';
import { LocalOfferContactElement } from './local-offer-contact.js';

defineElement('local-offer-contact', LocalOfferContactElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-contact': LocalOfferContactElement;
  }
}
