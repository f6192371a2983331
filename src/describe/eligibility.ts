/**
 * The rules of an item a young person reads under "Only if": its conditions, the places it is for or not
 * for, and its alternatives ("you are 18 to 21, or you are 22 to 24 and in education"). Rules the "about
 * you" answers already settle (the top-level ages and care statuses) are judged, not repeated. Pure.
 */
import type { Localizer } from '../i18n/localize.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import type { Eligibility, EligibilityRules } from '../schema/offer-schema.js';
import type { CareStatus } from '../schema/vocabularies.js';
import { joinList } from './value.js';

type Words = Localizer<OfferItemKey>;

const STATUS_RULE: Record<CareStatus, OfferItemKey> = {
  'in-care': 'ruleInCare',
  eligible: 'ruleEligible',
  relevant: 'ruleRelevant',
  'former-relevant': 'ruleFormerRelevant',
  qualifying: 'ruleQualifying',
  'unaccompanied-asylum-seeking': 'ruleArrivedAlone',
};

function places(codes: readonly string[], words: Words, councilName: (code: string) => string): string {
  return joinList(codes.map(councilName), words);
}

/** Where the young person must or must not live, in words. */
function placeRules(rules: EligibilityRules, words: Words, councilName: (code: string) => string): string[] {
  const { t } = words;
  const out: string[] = [];
  if (rules.intendingResidentsOf) {
    const codes = [...new Set([...(rules.residentsOf ?? []), ...rules.intendingResidentsOf])];
    out.push(t('ruleLivesOrMovingTo', { places: places(codes, words, councilName) }));
  }
  if (rules.notResidentsOf) out.push(t('ruleLivesOutside', { places: places(rules.notResidentsOf, words, councilName) }));
  return out;
}

/** One alternative of "anyOf", every rule of it in words. */
function alternative(rules: EligibilityRules, words: Words, councilName: (code: string) => string): string {
  const { t } = words;
  const parts: string[] = [];
  if (rules.statuses) parts.push([...new Set(rules.statuses.map((status) => t(STATUS_RULE[status])))].join(t('orJoin')));
  const { minAge: min, maxAge: max } = rules;
  if (min !== undefined && min === max) parts.push(t('ruleAge', { age: min }));
  else if (min !== undefined && max !== undefined) parts.push(t('ruleAges', { min, max }));
  else if (min !== undefined) parts.push(t('ruleFromAge', { min }));
  else if (max !== undefined) parts.push(t('ruleUpToAge', { max }));
  if (rules.careLeaversOf) parts.push(t('ruleLookedAfterBy', { places: places(rules.careLeaversOf, words, councilName) }));
  if (rules.residentsOf && !rules.intendingResidentsOf) parts.push(t('ruleLivesIn', { places: places(rules.residentsOf, words, councilName) }));
  parts.push(...placeRules(rules, words, councilName));
  if (rules.assessedNeed) parts.push(t('ruleNeed'));
  if (rules.conditions) parts.push(rules.conditions);
  return joinList(parts, words);
}

/** The "Only if" lines of an item; empty when the answers alone settle it. */
export function describeConditions(eligibility: Eligibility | undefined, words: Words, councilName: (code: string) => string): string[] {
  if (!eligibility) return [];
  const lines: string[] = [];
  if (eligibility.conditions) lines.push(eligibility.conditions);
  lines.push(...placeRules(eligibility, words, councilName));
  if (eligibility.anyOf) lines.push(eligibility.anyOf.map((rules) => alternative(rules, words, councilName)).join(words.t('alternativeJoin')));
  return lines;
}
