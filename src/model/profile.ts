/**
 * A young person's profile, as much as they chose to tell. Every part is optional: an unknown part makes
 * items "may apply" rather than hiding them.
 */
import type { CareStatus } from '../schema/vocabularies.js';

/** How a young person describes their situation, in their words rather than legal terms. */
export const SITUATIONS = ['in-care', 'left-care-16-17', 'short-time-in-care', 'arrived-alone', 'not-sure'] as const;
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
 * The legal statuses a situation and age add up to; undefined when they cannot be told (not sure, or no
 * age where the status depends on it). Leaving care at 16 or 17 makes a "relevant" child, who becomes
 * "former relevant" at 18; in care at 16 or 17 is "eligible"; a short time in care after 16 is "qualifying".
 */
export function statusesFor(profile: Profile): readonly CareStatus[] | undefined {
  const { situation, age } = profile;
  switch (situation) {
    case 'in-care':
      if (age === undefined) return undefined;
      return age >= 16 && age <= 17 ? ['in-care', 'eligible'] : ['in-care'];
    case 'left-care-16-17':
      if (age === undefined) return undefined;
      return age < 18 ? ['relevant'] : ['former-relevant'];
    case 'short-time-in-care':
      return ['qualifying'];
    case 'arrived-alone':
      if (age === undefined) return undefined;
      return ['unaccompanied-asylum-seeking', age < 18 ? 'relevant' : 'former-relevant'];
    default:
      return undefined;
  }
}
