/**
 * Local Offer Elements: the public API. Importing this module registers nothing; import `define.js` (or
 * load the one-file bundle) to register the custom elements.
 */
export * from './schema/index.js';
export * from './places/index.js';
export { NATIONAL_ENTITLEMENTS, NATIONAL_ENTITLEMENT_IDS, findNationalEntitlement, type NationalEntitlement } from './entitlements/national-catalogue.js';
export { LocalOfferProviderElement } from './components/local-offer/local-offer.js';
export { LocalOfferContactElement } from './components/local-offer-contact/local-offer-contact.js';
export { LocalOfferChecklistElement } from './components/local-offer-checklist/local-offer-checklist.js';
export { LocalOfferFinderElement } from './components/local-offer-finder/local-offer-finder.js';
export { CouncilPickerElement } from './components/local-offer-council-picker/local-offer-council-picker.js';
export { CouncilPickEvent } from './events/council-pick-event.js';
export { councilsForPostcode, type PostcodePlace, type PostcodesIoResult } from './places/postcode-councils.js';
export { lookupPostcode, normalisePostcode, PostcodeLookupError } from './net/postcode-lookup.js';
export { buildIndex, search, SYNONYMS } from './model/search.js';
export { joinOffers, type JoinedItem, type ItemSource, type JoinOptions } from './model/joined-offer.js';
export { assessEligibility, type Assessment, type Reason, type Verdict } from './model/eligibility.js';
export { statusesFor, SITUATIONS, type Profile, type Situation } from './model/profile.js';
export { LocalOfferLoadEvent } from './events/local-offer-load-event.js';
export { LocalOfferErrorEvent } from './events/local-offer-error-event.js';
export { OfferLoadError, type OfferLoadErrorKind } from './context/offer-load-error.js';
export { loadOffer, loadDirectory, clearOfferCache, type LoadedOffer, type Loaded } from './context/offer-loader.js';
export { offerContext, type OfferState } from './context/offer-context.js';
export { registerStrings } from './i18n/localize.js';
export { DEFAULT_STRINGS, type Strings, type StringOverrides } from './i18n/strings.js';
export { openStatus, isAlwaysOpen, type OpenStatus } from './model/opening-hours.js';
export { isStale, DEFAULT_STALE_AFTER_MONTHS } from './model/staleness.js';
