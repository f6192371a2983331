/**
 * The finder's view in the address bar, so a link reproduces it and Back/Forward work. Parameters are
 * prefixed "lo-" so they never clash with the host page's own.
 */
import { isSituation, parseAge } from '../shared/profile-fields.js';
import type { Situation } from '../../model/profile.js';
import { AREAS, type Area } from '../../schema/vocabularies.js';
import { COUNCIL_CODE_PATTERN } from '../../schema/patterns.js';

export interface FinderUrlState {
  readonly livesIn?: string | undefined;
  /** A council code, "unknown" for "I don't know", or undefined for the default (where you live). */
  readonly lookedAfterBy?: string | undefined;
  readonly age?: number | undefined;
  readonly situation?: Situation | undefined;
  readonly query: string;
  readonly areas: readonly Area[];
}

const KEYS = { livesIn: 'lo-place', lookedAfterBy: 'lo-cared-for-by', age: 'lo-age', situation: 'lo-situation', query: 'lo-q', areas: 'lo-areas' } as const;

/** Reads the state from a query string, ignoring anything malformed rather than failing. */
export function readFinderState(search: string): FinderUrlState {
  const params = new URLSearchParams(search);
  const code = (value: string | null) => (value && COUNCIL_CODE_PATTERN.test(value) ? value : undefined);
  const lookedAfter = params.get(KEYS.lookedAfterBy);
  // The form's own reading: "0x14" or "2e1" is not 20.
  const age = parseAge(params.get(KEYS.age));
  const situation = params.get(KEYS.situation);
  return {
    livesIn: code(params.get(KEYS.livesIn)),
    lookedAfterBy: lookedAfter === 'unknown' ? 'unknown' : code(lookedAfter),
    age: age === 'invalid' ? undefined : age,
    situation: isSituation(situation) ? situation : undefined,
    query: (params.get(KEYS.query) ?? '').slice(0, 200),
    areas: (params.get(KEYS.areas) ?? '').split(',').filter((area): area is Area => (AREAS as readonly string[]).includes(area)),
  };
}

/** The page's URL with the finder's parameters replaced; other parameters and the hash are kept. */
export function writeFinderState(state: FinderUrlState, href: string): string {
  const url = new URL(href);
  for (const key of Object.values(KEYS)) url.searchParams.delete(key);
  if (state.livesIn) url.searchParams.set(KEYS.livesIn, state.livesIn);
  if (state.lookedAfterBy) url.searchParams.set(KEYS.lookedAfterBy, state.lookedAfterBy);
  if (state.age !== undefined) url.searchParams.set(KEYS.age, String(state.age));
  if (state.situation) url.searchParams.set(KEYS.situation, state.situation);
  if (state.query) url.searchParams.set(KEYS.query, state.query);
  if (state.areas.length) url.searchParams.set(KEYS.areas, state.areas.join(','));
  return url.href;
}
