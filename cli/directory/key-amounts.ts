/**
 * The figures people compare between councils (the postcode lottery made visible): the setting-up-home
 * allowance, the higher education bursary and council tax support, each as the offer states it.
 */
import type { KeyAmount, KeyAmounts } from '../../src/schema/coverage-report-schema.js';
import { itemIsForPlace } from '../../src/model/item-for-place.js';
import { countyOf } from '../../src/places/council-registry.js';
import type { Area, Entitlement, Offer } from '../../src/schema/index.js';

function amountOf(item: Entitlement): KeyAmount {
  const value = item.value;
  const percentages = [value?.percentage, ...(value?.tiers ?? []).map((tier) => tier.percentage)].filter((each) => each !== undefined);
  return {
    itemId: item.id,
    title: item.title,
    ...(value?.amountPence !== undefined ? { amountPence: value.amountPence } : {}),
    ...(value?.percentage !== undefined ? { percentage: value.percentage } : {}),
    ...(percentages.length ? { lowestPercentage: Math.min(...percentages) } : {}),
    ...(value?.upTo ? { upTo: true } : {}),
    ...(value?.period ? { period: value.period } : {}),
    ...(item.eligibility?.maxAge !== undefined ? { maxAge: item.eligibility.maxAge } : {}),
    ...(value?.description ? { description: value.description } : {}),
  };
}

/** Items that are running: an ended item is not part of what the offer gives. */
function running(offer: Offer): Entitlement[] {
  return offer.entitlements.filter((item) => item.status !== 'ended');
}

/** Council tax support has no national entitlement to point at, so it is found by its words. */
function isAboutCouncilTax(item: Entitlement): boolean {
  return /council[ -]tax/i.test([item.id, item.title, ...(item.tags ?? [])].join(' '));
}

/**
 * The key amounts of an offer for one council: its own, or one its joint offer covers. A county's joint
 * offer lists each district's own items (Ashfield's council tax exemption): for Ashfield only Ashfield's
 * count, for the county all of them (itemIsForPlace).
 */
export function keyAmountsOf(offer: Offer, councilCode: string): KeyAmounts {
  const countyCodeOf = (code: string) => countyOf(code)?.code;
  const items = running(offer).filter((item) => itemIsForPlace(item, councilCode, countyCodeOf));
  const national = (id: string) => items.find((item) => item.nationalEntitlement === id);
  const settingUpHome = national('setting-up-home-allowance');
  const bursary = national('higher-education-bursary');
  const councilTax = items.find(isAboutCouncilTax);
  return {
    ...(settingUpHome ? { settingUpHomeAllowance: amountOf(settingUpHome) } : {}),
    ...(bursary ? { higherEducationBursary: amountOf(bursary) } : {}),
    ...(councilTax ? { councilTax: amountOf(councilTax) } : {}),
  };
}

export function itemsByAreaOf(offer: Offer): Partial<Record<Area, number>> {
  const counts: Partial<Record<Area, number>> = {};
  for (const item of running(offer)) counts[item.area] = (counts[item.area] ?? 0) + 1;
  return counts;
}
