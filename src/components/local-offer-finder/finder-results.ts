/**
 * The finder's joined-up items for a profile, with what search and the area filters need: each item's
 * provider names to search by, and how many items each area holds. Pure, without a DOM.
 */
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import { joinOffers, type JoinedItem } from '../../model/joined-offer.js';
import type { Profile } from '../../model/profile.js';
import { buildIndex, type SearchIndex } from '../../model/search.js';
import { countyOf } from '../../places/council-registry.js';
import type { Offer } from '../../schema/offer-schema.js';
import { AREAS, type Area } from '../../schema/vocabularies.js';

export interface FinderResults {
  readonly items: readonly JoinedItem[];
  readonly index: SearchIndex<JoinedItem & { readonly extra: readonly string[] }>;
  readonly areaCounts: ReadonlyMap<Area, number>;
}

const countyCodeOf = (code: string) => countyOf(code)?.code;

/** `today` is London's date: items past their last day are left out. */
export function finderResults(offers: readonly Offer[], profile: Profile, today: string): FinderResults {
  const items = joinOffers(offers, profile, { catalogue: NATIONAL_ENTITLEMENTS, countyOf: countyCodeOf, today }).map((item) => ({
    ...item,
    extra: [...item.sources.map((s) => s.provider?.name ?? ''), item.national?.deliveredBy ?? ''],
  }));
  const areaCounts = new Map<Area, number>(AREAS.map((area) => [area, 0]));
  for (const item of items) areaCounts.set(item.area, areaCounts.get(item.area)! + 1);
  return { items, index: buildIndex(items), areaCounts };
}

/** The results for the last offers, profile and day asked for: typing in the search box reuses them. */
export class FinderResultsCache {
  private last: { readonly key: string; readonly load: object; readonly results: FinderResults } | undefined;

  for(load: { readonly offers: readonly { readonly offer: Offer }[] }, profile: Profile, today: string): FinderResults {
    const key = JSON.stringify([profile, today]);
    if (this.last?.key !== key || this.last.load !== load) {
      this.last = {
        key,
        load,
        results: finderResults(
          load.offers.map((loaded) => loaded.offer),
          profile,
          today,
        ),
      };
    }
    return this.last.results;
  }
}
