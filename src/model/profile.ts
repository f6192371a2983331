/**
 * A young person's profile, as much as they chose to tell. Every part is optional: an unknown part makes
 * items "may apply" rather than hiding them.
 */
import type { CareStatus } from '../schema/vocabularies.js';
import { statusesForHistory, type CareHistory } from './care-status.js';

/**
 * How a young person describes their time in care, in their words rather than legal terms. Between them
 * they reach every status of the Children Act 1989 (see care-status.ts); "not-sure" allows them all.
 */
export const SITUATIONS = [
  'in-care',
  'left-care-16-17',
  'short-time-in-care',
  'special-guardianship',
  'arrived-alone',
  'in-care-before-16',
  'not-sure',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface Profile {
  readonly age?: number | undefined;
  readonly situation?: Situation | undefined;
  /** GSS code of the council area where they live now (a district or unitary is most precise). */
  readonly livesIn?: string | undefined;
  /** GSS code of the council that looked after them (the responsible authority). */
  readonly lookedAfterBy?: string | undefined;
}

/**
 * Every reading of the law the answers allow, each the full list of statuses under that reading. One
 * reading means the answers settle it; several ("not sure", or no age) mean an item is certain only if it
 * fits them all. A reading may be empty: the law gives that young person no care-leaver status.
 */
export type StatusReadings = readonly (readonly CareStatus[])[];

/** Ages the form accepts; with no age given, a situation is read at each of them. */
const AGES = Array.from({ length: 30 - 14 + 1 }, (_, index) => 14 + index);

const history = (age: number, inCareNow: boolean, inCareAfter16: boolean, thirteenWeeksSince14: boolean, extra: Partial<CareHistory> = {}): CareHistory => ({
  age,
  inCareNow,
  inCareAfter16,
  thirteenWeeksSince14,
  ...extra,
});

/**
 * The care histories a situation stands for at an age, or undefined where the answers contradict each
 * other ("left care at 16 or 17" at 15). Where a young person cannot be expected to know a detail, the
 * usual case is read: someone in care now at 16 or 17 is taken to have had 13 weeks in care since 14 (the
 * form's hint says the rest starts once they have).
 */
function historiesFor(situation: Exclude<Situation, 'not-sure'>, age: number): CareHistory[] | undefined {
  switch (situation) {
    case 'in-care':
      // Care ends at 18: someone older who still feels "in care" is in Staying Put or a similar place.
      return [age < 18 ? history(age, true, age >= 16, true) : history(age, false, true, true)];
    case 'left-care-16-17':
      return age < 16 ? undefined : [history(age, false, true, true)];
    case 'short-time-in-care':
      return age < 16 ? undefined : [history(age, false, true, false)];
    case 'special-guardianship':
      return [history(age, false, false, false, { specialGuardianshipFromCare: true })];
    case 'arrived-alone': {
      const alone = { unaccompanied: true };
      if (age < 16) return [history(age, true, false, true, alone)];
      if (age < 18) return [history(age, true, true, true, alone), history(age, false, true, true, alone)];
      return [history(age, false, true, true, alone)];
    }
    case 'in-care-before-16':
      return [history(age, false, false, false)];
  }
}

const DEFINITE_SITUATIONS = SITUATIONS.filter((situation): situation is Exclude<Situation, 'not-sure'> => situation !== 'not-sure');

function readingsAt(situation: Situation, age: number): CareStatus[][] | undefined {
  const situations = situation === 'not-sure' ? DEFINITE_SITUATIONS : [situation];
  const histories = situations.flatMap((one) => historiesFor(one, age) ?? []);
  if (histories.length === 0) return undefined;
  return histories.map(statusesForHistory);
}

/** Keeps one copy of each reading, in the order first met. */
function unique(readings: readonly CareStatus[][]): CareStatus[][] {
  const seen = new Map<string, CareStatus[]>();
  for (const reading of readings) if (!seen.has(reading.join(' '))) seen.set(reading.join(' '), reading);
  return [...seen.values()];
}

/**
 * The readings of the law a profile allows; undefined when it says nothing of the young person's time in
 * care, or contradicts itself.
 */
export function statusReadingsFor(profile: Profile): StatusReadings | undefined {
  const { situation, age } = profile;
  if (!situation) return undefined;
  const readings = age === undefined ? AGES.flatMap((one) => readingsAt(situation, one) ?? []) : readingsAt(situation, age);
  return readings?.length ? unique(readings) : undefined;
}

/** The statuses a profile settles on, or undefined when the answers leave more than one reading open. */
export function statusesFor(profile: Profile): readonly CareStatus[] | undefined {
  const readings = statusReadingsFor(profile);
  return readings?.length === 1 ? readings[0] : undefined;
}
