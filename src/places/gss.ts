/**
 * What a council's ONS GSS code says by itself: its tier, from the prefix. Carries no registry data, so a
 * module that only needs to know "is this a county?" does not pull in 317 councils.
 */
import type { CouncilTier } from '../schema/vocabularies.js';

const TIER_BY_PREFIX: Readonly<Record<string, CouncilTier>> = Object.freeze({
  E06: 'unitary',
  E07: 'district',
  E08: 'metropolitan',
  E09: 'london-borough',
  E10: 'county',
});

/** The tier a GSS code's prefix stands for, or undefined for a code that is not an English council's. */
export function tierOfCode(code: string): CouncilTier | undefined {
  return TIER_BY_PREFIX[code.slice(0, 3)];
}

/** A county council (E10): upper tier, with districts below it. */
export const isCountyCode = (code: string): boolean => tierOfCode(code) === 'county';

/** A district council (E07): lower tier, under a county. */
export const isDistrictCode = (code: string): boolean => tierOfCode(code) === 'district';

/** A council that runs children's services, and so publishes a Local Offer: every tier but districts. */
export const isUpperTierCode = (code: string): boolean => {
  const tier = tierOfCode(code);
  return tier !== undefined && tier !== 'district';
};

/** A unitary, metropolitan or London council: both tiers in one. */
export const isSingleTierCode = (code: string): boolean => {
  const tier = tierOfCode(code);
  return tier === 'unitary' || tier === 'metropolitan' || tier === 'london-borough';
};
