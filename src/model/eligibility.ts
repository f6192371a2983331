/**
 * Whether one item applies to a profile, and why. Pure: what it knows of places comes in as `countyOf`,
 * so that "residents of Nottinghamshire" includes someone living in Ashfield. The finder passes the
 * national registry; the checklist, which shows one offer, passes what that offer says it covers.
 */
import type { Eligibility } from '../schema/offer-schema.js';
import type { CareStatus } from '../schema/vocabularies.js';
import type { Profile } from './profile.js';

export type Verdict = 'applies' | 'may-apply' | 'does-not-apply';

/** Why an item applies, in a form elements turn into words ("you live in Ashfield"). */
export type Reason =
  | { readonly kind: 'national' }
  | { readonly kind: 'looked-after-by'; readonly councilCode: string }
  | { readonly kind: 'lives-in'; readonly councilCode: string }
  | { readonly kind: 'partner'; readonly providerName: string };

/** What the profile does not say that would settle a "may apply". */
export type Unknown = 'age' | 'status' | 'lives-in' | 'looked-after-by' | 'conditions';

export interface Assessment {
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  readonly unknowns: readonly Unknown[];
}

/** The county a district belongs to, or undefined. */
export type CountyOf = (councilCode: string) => string | undefined;

function livesWithin(livesIn: string, codes: readonly string[], countyOf: CountyOf): boolean {
  if (codes.includes(livesIn)) return true;
  const county = countyOf(livesIn);
  return county !== undefined && codes.includes(county);
}

/** Judges an item's eligibility rules against a profile. Every rule given must hold. */
export function assessEligibility(eligibility: Eligibility | undefined, statuses: readonly CareStatus[] | undefined, profile: Profile, countyOf: CountyOf): Assessment {
  const rules = eligibility ?? {};
  const reasons: Reason[] = [];
  const unknowns: Unknown[] = [];
  let fails = false;

  if (rules.statuses) {
    if (!statuses) unknowns.push('status');
    else if (!rules.statuses.some((status) => statuses.includes(status))) fails = true;
  }
  if (rules.minAge !== undefined || rules.maxAge !== undefined) {
    if (profile.age === undefined) unknowns.push('age');
    else if ((rules.minAge !== undefined && profile.age < rules.minAge) || (rules.maxAge !== undefined && profile.age > rules.maxAge)) fails = true;
  }
  if (rules.careLeaversOf) {
    if (!profile.lookedAfterBy) unknowns.push('looked-after-by');
    else if (rules.careLeaversOf.includes(profile.lookedAfterBy)) reasons.push({ kind: 'looked-after-by', councilCode: profile.lookedAfterBy });
    else fails = true;
  }
  if (rules.residentsOf) {
    if (!profile.livesIn) unknowns.push('lives-in');
    else {
      if (livesWithin(profile.livesIn, rules.residentsOf, countyOf)) reasons.push({ kind: 'lives-in', councilCode: profile.livesIn });
      else fails = true;
    }
  }
  // Conditions in words ("while in full-time education") cannot be checked here, so the most an item with
  // them can be is "may apply", with the words shown.
  if (rules.conditions) unknowns.push('conditions');
  if (fails) return { verdict: 'does-not-apply', reasons: [], unknowns: [] };
  return { verdict: unknowns.length ? 'may-apply' : 'applies', reasons, unknowns };
}

