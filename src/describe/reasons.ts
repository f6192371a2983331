/** Turns the model's reasons and unknowns into the words elements show. */
import type { Localizer } from '../i18n/localize.js';
import type { NationalBasis, NationalEntitlement } from '../entitlements/national-catalogue.js';
import { formatDate } from '../i18n/format.js';
import type { Reason, Unknown } from '../model/eligibility.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import { assertNever } from '../util/assert-never.js';

const BASIS_REASON_KEYS: Record<NationalBasis, OfferItemKey> = {
  statute: 'reasonStatute',
  recommended: 'reasonRecommended',
  scheme: 'reasonScheme',
  announced: 'reasonAnnounced',
};

export function describeReason(reason: Reason, localizer: Localizer<OfferItemKey>, councilName: (code: string) => string): string {
  switch (reason.kind) {
    case 'national':
      return localizer.t(BASIS_REASON_KEYS[reason.basis]);
    case 'looked-after-by':
      return localizer.t('reasonLookedAfterBy', { council: councilName(reason.councilCode) });
    case 'lives-in':
      return localizer.t('reasonLivesIn', { council: councilName(reason.councilCode) });
    case 'partner':
      return localizer.t('reasonPartner', { provider: reason.providerName });
    default:
      return assertNever(reason, 'reason');
  }
}

/**
 * Who gives a national entitlement that no local offer lists: "Manchester City Council, the council that
 * looked after you" when the page knows that council, else the catalogue's own words.
 */
export function describeDeliverer(national: NationalEntitlement, lookedAfterByName: string | undefined, localizer: Localizer<OfferItemKey>): string {
  return national.byLookedAfterCouncil && lookedAfterByName
    ? localizer.t('deliveredByLookedAfterCouncil', { council: lookedAfterByName })
    : national.deliveredBy;
}

/** "Not in force yet: expected April 2027.", or undefined for a rule already in force. */
export function describeNotInForce(national: NationalEntitlement | undefined, localizer: Localizer<OfferItemKey>): string | undefined {
  if (!national || national.status.kind === 'in-force') return undefined;
  const expected = national.status.expected;
  if (!expected) return localizer.t('notInForceNoDate');
  return localizer.t('notInForce', { when: /^\d{4}-\d{2}-\d{2}$/.test(expected) ? formatDate(expected, localizer.locale) : expected });
}

const UNKNOWN_KEYS: Record<Exclude<Unknown, 'conditions'>, OfferItemKey> = {
  age: 'unknownAge',
  status: 'unknownStatus',
  'lives-in': 'unknownLivesIn',
  'looked-after-by': 'unknownLookedAfterBy',
};

/**
 * What would settle a "may be for you": "Tell us your age and where you live to check.", "It depends on the
 * conditions below.", or both. Conditions in words are the item's own, so they are pointed at, not asked.
 */
export function describeMayApply(unknowns: readonly Unknown[], localizer: Localizer<OfferItemKey>): string {
  const words = unknowns
    .filter((unknown): unknown is Exclude<Unknown, 'conditions'> => unknown !== 'conditions')
    .map((unknown) => localizer.t(UNKNOWN_KEYS[unknown]));
  const conditions = unknowns.includes('conditions');
  if (words.length === 0) return conditions ? localizer.t('mayApplyConditions') : '';
  const missing = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')}${localizer.t('listJoin')}${words[words.length - 1]}`;
  return localizer.t(conditions ? 'mayApplyTellAndConditions' : 'mayApplyTell', { missing });
}
