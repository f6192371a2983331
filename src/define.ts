/**
 * Registers every Local Offer element. Importing this module is the side effect; `index.js` has none.
 * A tag that is already registered (a second copy of the library on the page) is left alone with a
 * warning, so two copies never throw.
 */
import { LocalOfferChecklistElement } from './components/local-offer-checklist/local-offer-checklist.js';
import { LocalOfferContactElement } from './components/local-offer-contact/local-offer-contact.js';
import { LocalOfferProviderElement } from './components/local-offer/local-offer.js';

export const ELEMENTS = {
  'local-offer': LocalOfferProviderElement,
  'local-offer-contact': LocalOfferContactElement,
  'local-offer-checklist': LocalOfferChecklistElement,
} as const;

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already registered, probably by another copy of Local Offer Elements on this page; the first copy is used.`);
  }
}

for (const [tag, element] of Object.entries(ELEMENTS)) defineElement(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'local-offer': LocalOfferProviderElement;
    'local-offer-contact': LocalOfferContactElement;
    'local-offer-checklist': LocalOfferChecklistElement;
  }
}
