// Registers <local-offer-coverage> (side effect), for pages that use only the coverage map.
import { defineElement } from '../shared/define-element.js';
import { LocalOfferCoverageElement } from './local-offer-coverage.js';

defineElement('local-offer-coverage', LocalOfferCoverageElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-coverage': LocalOfferCoverageElement;
  }
}
