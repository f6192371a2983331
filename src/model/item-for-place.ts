/**
 * Whether an offer's item is for a place. A joint county offer lists each district's own items (a leisure
 * pass in Ashfield, Bassetlaw's council tax discount): for Ashfield only Ashfield's count; for the county,
 * all of its districts' do. An item for no place in particular is for every place the offer covers. Pure.
 */
import type { Entitlement } from '../schema/offer-schema.js';

export function itemIsForPlace(item: Entitlement, code: string, countyOf: (code: string) => string | undefined): boolean {
  const residents = item.eligibility?.residentsOf;
  if (!residents) return true;
  return residents.some((place) => place === code || countyOf(place) === code);
}
