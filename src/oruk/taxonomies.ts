/**
 * The taxonomies our vocabularies travel in when an offer is written as ORUK attributes. Each is named
 * after this project so that a directory never mistakes them for its own or for a national taxonomy.
 */
export const TAXONOMY = Object.freeze({
  area: 'local-offer-elements:area',
  careStatus: 'local-offer-elements:care-status',
  basis: 'local-offer-elements:basis',
  value: 'local-offer-elements:value',
  nationalEntitlement: 'local-offer-elements:national-entitlement',
  tag: 'local-offer-elements:tag',
});

export type TaxonomyName = (typeof TAXONOMY)[keyof typeof TAXONOMY];
