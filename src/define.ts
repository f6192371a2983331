/**
 * Registers every Local Offer element (side effect); `index.js` registers nothing. A tag that is already
 * registered — a second copy of the library on the page — is left alone with a warning, never an error.
 */
import './components/local-offer/define.js';
import './components/local-offer-contact/define.js';
import './components/local-offer-checklist/define.js';
import './components/local-offer-finder/define.js';
import './components/local-offer-compare/define.js';
import './components/local-offer-coverage/define.js';

export { defineElement } from './components/shared/define-element.js';
