// Registers <local-offer-council-picker> (side effect); the finder's define.ts imports it.
import { defineElement } from '../shared/define-element.js';
import { CouncilPickerElement } from './local-offer-council-picker.js';

defineElement('local-offer-council-picker', CouncilPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer-council-picker': CouncilPickerElement;
  }
}
