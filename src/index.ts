/**
 * Local Offer Elements: the public API. Importing this module registers nothing; import `define.js` (or
 * load the one-file bundle) to register the custom elements.
 */
export * from './api.js';
export * from './schema/index.js';
