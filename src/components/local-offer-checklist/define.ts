// Registers <local-offer-checklist> alone (side effect), for pages that use only this element.
import { defineElement } from '../shared/define-element.js';
import { LocalOfferChecklistElement } from './local-offer-checklist.js';

defineElement('local-offer-checklist', LocalOfferChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-checklist': LocalOfferChecklistElement;
  }
}
