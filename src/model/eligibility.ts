/**
 * Whether one item applies to a profile, and why. Pure: what it knows of places comes in as `countyOf`,
 * so that "residents of Nottinghamshire" includes someone living in Ashfield. The finder passes the
 * national registry; the checklist, which shows one offer, passes what that offer says it covers.
 */
import type { NationalBasis } from '../entitlements/national-catalogue.js';
import type { Eligibility, EligibilityRules } from '../schema/offer-schema.js';
import type { Profile, StatusReadings } from './profile.js';

export type Verdict = 'applies' | 'may-apply' | 'does-not-apply';

/** Why an item applies, in a form elements turn into words ("you live in Ashfield"). */
export type Reason =
  | { readonly kind: 'national'; readonly basis: NationalBasis }
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

/** Judges one set of rules, every one of which must hold. */
function assessRules(rules: EligibilityRules, readings: StatusReadings | undefined, profile: Profile, countyOf: CountyOf): Assessment {
  const reasons: Reason[] = [];
  const unknowns: Unknown[] = [];
  let fails = false;

  if (rules.statuses) {
    const wanted = rules.statuses;
    const fits = readings?.map((statuses) => wanted.some((status) => statuses.includes(status)));
    if (!fits) unknowns.push('status');
    else if (!fits.some(Boolean)) fails = true;
    // Mixed: with a situation but no age, it is the age that would settle it.
    else if (!fits.every(Boolean)) unknowns.push(profile.situation !== 'not-sure' && profile.age === undefined ? 'age' : 'status');
  }
  if (rules.minAge !== undefined || rules.maxAge !== undefined) {
    if (profile.age === undefined) {
      if (!unknowns.includes('age')) unknowns.push('age');
    } else if ((rules.minAge !== undefined && profile.age < rules.minAge) || (rules.maxAge !== undefined && profile.age > rules.maxAge)) fails = true;
  }
  if (rules.careLeaversOf) {
    if (!profile.lookedAfterBy) unknowns.push('looked-after-by');
    else if (rules.careLeaversOf.includes(profile.lookedAfterBy)) reasons.push({ kind: 'looked-after-by', councilCode: profile.lookedAfterBy });
    else fails = true;
  }
  if (rules.residentsOf || rules.intendingResidentsOf) {
    if (!profile.livesIn) unknowns.push('lives-in');
    else if (livesWithin(profile.livesIn, [...(rules.residentsOf ?? []), ...(rules.intendingResidentsOf ?? [])], countyOf)) {
      reasons.push({ kind: 'lives-in', councilCode: profile.livesIn });
    }
    // Living elsewhere, they may still want to move there: only they know, so the words decide.
    else if (rules.intendingResidentsOf) unknowns.push('conditions');
    else fails = true;
  }
  if (rules.notResidentsOf) {
    if (!profile.livesIn) {
      if (!unknowns.includes('lives-in')) unknowns.push('lives-in');
    } else if (livesWithin(profile.livesIn, rules.notResidentsOf, countyOf)) fails = true;
  }
  // Conditions in words ("while in full-time education") cannot be checked here, so the most an item with
  // them can be is "may apply", with the words shown. Assessed need is not unknown: it is decided with the
  // personal adviser, and the item says so.
  if (rules.conditions && !unknowns.includes('conditions')) unknowns.push('conditions');
  if (fails) return { verdict: 'does-not-apply', reasons: [], unknowns: [] };
  return { verdict: unknowns.length ? 'may-apply' : 'applies', reasons, unknowns };
}

/**
 * Judges an item's eligibility rules against a profile. Every rule given must hold, and so must every rule
 * of at least one alternative in `anyOf`. `readings` are the readings of the law the profile allows
 * (statusReadingsFor): a status rule holds if it fits every reading, may hold if it fits some, and fails
 * if it fits none.
 */
export function assessEligibility(
  eligibility: Eligibility | undefined,
  readings: StatusReadings | undefined,
  profile: Profile,
  countyOf: CountyOf,
): Assessment {
  const all = assessRules(eligibility ?? {}, readings, profile, countyOf);
  if (!eligibility?.anyOf || all.verdict === 'does-not-apply') return all;
  const alternatives = eligibility.anyOf.map((rules) => assessRules(rules, readings, profile, countyOf));
  const best = alternatives.find((alternative) => alternative.verdict === 'applies');
  const possible = alternatives.filter((alternative) => alternative.verdict === 'may-apply');
  if (!best && !possible.length) return { verdict: 'does-not-apply', reasons: [], unknowns: [] };
  const unknowns = [...new Set([...all.unknowns, ...(best ? [] : possible.flatMap((alternative) => alternative.unknowns))])];
  return { verdict: unknowns.length ? 'may-apply' : 'applies', reasons: [...all.reasons, ...(best?.reasons ?? [])], unknowns };
}
