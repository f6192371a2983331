/**
 * Local Offer Elements: the public API. Importing this module registers nothing; import `define.js` (or
 * load the one-file bundle) to register the custom elements.
 */
export * from './schema/index.js';
export * from './places/index.js';
export { NATIONAL_ENTITLEMENTS, findNationalEntitlement, type NationalEntitlement } from './entitlements/national-catalogue.js';
