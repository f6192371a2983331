export * from './vocabularies.js';
export * from './issues.js';
export * from './offer-schema.js';
export * from './directory-schema.js';
export { SCHEMA_VERSION } from './schema-version.js';
export { parseOffer, parseDirectory, parseOfferText, parseDirectoryText, parseJsonText } from './parse.js';
export type { OfferCheckOptions } from './cross-checks.js';
export { isAllowedUrl, safeHref } from './url.js';
