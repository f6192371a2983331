/** Turns the model's reasons and unknowns into the words elements show. */
import type { Localizer } from '../../i18n/localize.js';
import type { NationalEntitlement } from '../../entitlements/national-catalogue.js';
import type { Reason, Unknown } from '../../model/eligibility.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';

export function describeReason(reason: Reason, localizer: Localizer<OfferItemKey>, councilName: (code: string) => string): string {
  switch (reason.kind) {
    case 'national':
      return localizer.t('reasonNational');
    case 'looked-after-by':
      return localizer.t('reasonLookedAfterBy', { council: councilName(reason.councilCode) });
    case 'lives-in':
      return localizer.t('reasonLivesIn', { council: councilName(reason.councilCode) });
    default:
      return localizer.t('reasonPartner', { provider: reason.providerName });
  }
}

/**
 * Who gives a national entitlement that no local offer lists: "Manchester City Council, the council that
 * looked after you" when the page knows that council, else the catalogue's own words.
 */
export function describeDeliverer(national: NationalEntitlement, lookedAfterByName: string | undefined, localizer: Localizer<OfferItemKey>): string {
  return national.byLookedAfterCouncil && lookedAfterByName ? localizer.t('deliveredByLookedAfterCouncil', { council: lookedAfterByName }) : national.deliveredBy;
}

const UNKNOWN_KEYS: Record<Unknown, OfferItemKey> = {
  age: 'unknownAge',
  status: 'unknownStatus',
  'lives-in': 'unknownLivesIn',
  'looked-after-by': 'unknownLookedAfterBy',
  conditions: 'unknownConditions',
};

/** "your age and where you live" */
export function describeUnknowns(unknowns: readonly Unknown[], localizer: Localizer<OfferItemKey>): string {
  const words = unknowns.map((unknown) => localizer.t(UNKNOWN_KEYS[unknown]));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${localizer.t('listJoin')}${words[words.length - 1]}`;
}
