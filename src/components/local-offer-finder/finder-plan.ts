/**
 * What the finder's answers mean, without a DOM: which council looked after the young person (the upper
 * tier where they live unless they said otherwise), whose offers to load, and the profile to judge items
 * against. Pure, so the rules are tested directly.
 */
import type { Profile, Situation } from '../../model/profile.js';
import { councilByCode, upperTierOf } from '../../places/council-registry.js';

/** The choice in "Which council looked after you?": a council code, "unknown", or undefined for the default. */
export type LookedAfterChoice = string | undefined;

export interface FinderAnswers {
  readonly livesIn?: string | undefined;
  readonly lookedAfterChoice?: LookedAfterChoice;
  readonly age?: number | undefined;
  readonly situation?: Situation | undefined;
}

/**
 * The council that looked after them: the one chosen, none for "I don't know", or by default the upper
 * tier where they live (which runs children's services there).
 */
export function lookedAfterByFor(answers: FinderAnswers): string | undefined {
  if (answers.lookedAfterChoice === 'unknown') return undefined;
  return answers.lookedAfterChoice ?? (answers.livesIn ? upperTierOf(answers.livesIn)?.code : undefined);
}

/** The councils whose offers matter: who looked after them, and the upper tier and district where they live. */
export function councilsToLoad(answers: FinderAnswers): string[] {
  const codes = new Set<string>();
  const lookedAfterBy = lookedAfterByFor(answers);
  if (lookedAfterBy) codes.add(lookedAfterBy);
  if (answers.livesIn) {
    const upper = upperTierOf(answers.livesIn);
    if (upper) codes.add(upper.code);
    codes.add(answers.livesIn);
  }
  return [...codes];
}

/**
 * The profile items are judged against. A county is not a place to live in the eligibility sense (its
 * districts decide council tax and housing), so picking one leaves "where you live" open.
 */
export function profileFor(answers: FinderAnswers): Profile {
  const livesIn = answers.livesIn && councilByCode(answers.livesIn)?.tier !== 'county' ? answers.livesIn : undefined;
  return { age: answers.age, situation: answers.situation, livesIn, lookedAfterBy: lookedAfterByFor(answers) };
}
