/**
 * What the one script tag (dist/local-offer.js) exports: the provider and the contact card, registered at
 * once, with what a page's own script needs around them (its words, its events, the offer loader). The
 * checklist and the finder are registered when their tag appears (see bundle.ts); their classes, the zod
 * schema and parsers, the council registry, the national catalogue, search and eligibility are in the npm
 * package (src/index.ts), where a bundler decides what to keep. dist/publisher-tools.js has the parsers.
 */
export * from './schema/vocabularies.js';
export * from './schema/issues.js';
export { SCHEMA_VERSION } from './schema/schema-version.js';
export { isAllowedUrl, safeHref } from './schema/url.js';
export { LocalOfferProviderElement } from './components/local-offer/local-offer.js';
export { LocalOfferContactElement } from './components/local-offer-contact/local-offer-contact.js';
export { LocalOfferLoadEvent } from './events/local-offer-load-event.js';
export { LocalOfferErrorEvent } from './events/local-offer-error-event.js';
export { OfferLoadError } from './context/offer-load-error.js';
export { loadOffer, loadDirectory, clearOfferCache } from './context/offer-loader.js';
export { offerContext } from './context/offer-context.js';
export { registerStrings } from './i18n/localize.js';
export { openStatus, isAlwaysOpen } from './model/opening-hours.js';
export { isStale, DEFAULT_STALE_AFTER_MONTHS } from './model/staleness.js';
