/**
 * Which councils a postcode belongs to, from a postcodes.io answer. In a two-tier area that is the county
 * (children's services) and the district (housing, council tax); elsewhere it is one council. Pure, so the
 * rule is tested on every fixture without a network.
 */
import { councilByCode, type Council } from './council-registry.js';
import { isCountyCode, isSingleTierCode } from './gss.js';

/** The part of postcodes.io's `result` the rule reads. */
export interface PostcodesIoResult {
  readonly postcode?: string;
  readonly country?: string | null;
  readonly admin_district?: string | null;
  readonly admin_county?: string | null;
  readonly codes?: { readonly admin_district?: string | null; readonly admin_county?: string | null };
}

export type PostcodePlace =
  | { readonly kind: 'england'; readonly postcode: string; readonly district: Council | undefined; readonly upperTier: Council }
  | { readonly kind: 'outside-england'; readonly postcode: string; readonly country: string }
  | { readonly kind: 'unknown-council'; readonly postcode: string };

const COUNTRY_BY_PREFIX: Record<string, string> = { W: 'Wales', S: 'Scotland', N: 'Northern Ireland', L: 'the Channel Islands', M: 'the Isle of Man' };

export function councilsForPostcode(result: PostcodesIoResult): PostcodePlace {
  const postcode = result.postcode ?? '';
  const countyCode = result.codes?.admin_county ?? '';
  const districtCode = result.codes?.admin_district ?? '';
  if (isCountyCode(countyCode)) {
    const county = councilByCode(countyCode);
    const district = councilByCode(districtCode);
    return county
      ? { kind: 'england', postcode, district: district?.countyCode === county.code ? district : undefined, upperTier: county }
      : { kind: 'unknown-council', postcode };
  }
  if (isSingleTierCode(districtCode)) {
    const council = councilByCode(districtCode);
    return council ? { kind: 'england', postcode, district: council, upperTier: council } : { kind: 'unknown-council', postcode };
  }
  const country = COUNTRY_BY_PREFIX[districtCode.charAt(0)] ?? (result.country && result.country !== 'England' ? result.country : undefined);
  if (country) return { kind: 'outside-england', postcode, country };
  return { kind: 'unknown-council', postcode };
}
