/**
 * What one offer says about places, for elements that show a single offer (the checklist): which council
 * is whose county, what its councils are called, and which places to ask a young person about.
 */
import { isCountyCode, isDistrictCode } from '../places/gss.js';
import type { Offer } from '../schema/offer-schema.js';
import type { CountyOf } from './eligibility.js';

/** The offer's own view of counties: a county's offer that covers a district speaks for it. */
export function offerCountyOf(offer: Offer): CountyOf {
  const code = offer.publisher.councilCode;
  const county = code && isCountyCode(code) ? code : undefined;
  const covered = new Set(offer.covers ?? []);
  return (place) => (county && place !== county && covered.has(place) ? county : undefined);
}

/** Council names as the offer gives them (its publisher and council providers); a code it does not name stays a code. */
export function offerCouncilNames(offer: Offer): (code: string) => string {
  const names = new Map<string, string>();
  for (const provider of offer.providers) if (provider.councilCode) names.set(provider.councilCode, provider.name);
  if (offer.publisher.councilCode) names.set(offer.publisher.councilCode, offer.publisher.name);
  return (code) => names.get(code) ?? code;
}

/**
 * The places to offer in "Where do you live now?": what the offer covers, or its publisher. A joint
 * county offer asks for the district (which decides council tax and housing), not the county.
 */
export function placesToAsk(offer: Offer): string[] {
  const publisher = offer.publisher.councilCode;
  const covered = offer.covers?.length ? offer.covers : publisher ? [publisher] : [];
  return covered.length > 1 ? covered.filter((code) => !isCountyCode(code)) : [...covered];
}

/** Whether to ask "Did this council look after you?": a district council never looked after anyone. */
export function asksWhoLookedAfter(offer: Offer): boolean {
  const publisher = offer.publisher.councilCode;
  return publisher !== undefined && !isDistrictCode(publisher);
}
