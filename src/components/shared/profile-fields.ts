/** What the checklist and the finder share of the "about you" questions. */
import type { AboutYouKey } from '../../i18n/strings/about-you.js';
import { SITUATIONS, type Situation } from '../../model/profile.js';

export const SITUATION_KEYS: Readonly<Record<Situation, AboutYouKey>> = Object.freeze({
  'in-care': 'situationInCare',
  'left-care-16-17': 'situationLeftCare',
  'short-time-in-care': 'situationShortTime',
  'special-guardianship': 'situationSpecialGuardian',
  'arrived-alone': 'situationArrivedAlone',
  'in-care-before-16': 'situationInCareBefore16',
  'not-sure': 'situationNotSure',
});

/** The hint under a situation's radio button, where one helps a young person choose. */
export const SITUATION_HINT_KEYS: Readonly<Partial<Record<Situation, AboutYouKey>>> = Object.freeze({
  'in-care': 'situationInCareHint',
  'left-care-16-17': 'situationLeftCareHint',
  'short-time-in-care': 'situationShortTimeHint',
  'special-guardianship': 'situationSpecialGuardianHint',
  'arrived-alone': 'situationArrivedAloneHint',
  'not-sure': 'situationNotSureHint',
});

export const MIN_AGE = 14;
export const MAX_AGE = 30;

/** An age typed into a form: a whole number from 14 to 30, nothing, or 'invalid'. */
export function parseAge(value: string | null | undefined): number | undefined | 'invalid' {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  // Digits only: Number() alone would take "0x14" or "2e1" as 20.
  if (!/^\s*\d{1,3}\s*$/.test(value)) return 'invalid';
  const age = Number(value);
  return age >= MIN_AGE && age <= MAX_AGE ? age : 'invalid';
}

/**
 * Reads an `age` attribute the way the form reads typed input: "abc", "" or "0x14" is no answer, never NaN
 * or 0, which would pass or fail every age rule.
 */
export const ageAttribute = {
  fromAttribute: (value: string | null): number | undefined => {
    const age = parseAge(value);
    return age === 'invalid' ? undefined : age;
  },
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}
