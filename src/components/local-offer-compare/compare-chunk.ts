// What <local-offer-compare> loads with the offers (by import()): the national catalogue, the rows and
// the table, none of which its first render needs.
export { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
export { buildComparison } from './compare-rows.js';
export { loadComparison } from './compare-loader.js';
export { renderComparison } from './compare-view.js';
export { OFFER_ITEM_STRINGS } from '../../i18n/strings/offer-items.js';
export { AREA_STRINGS } from '../../i18n/strings/vocabulary.js';
