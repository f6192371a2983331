/**
 * What young people in or leaving care in England can get, whichever council looked after them. Each entry
 * cites a primary source (legislation.gov.uk, GOV.UK, the NHS or DWP), the date it was checked, how far it
 * binds (`basis`) and whether it is in force (`status`); what could not be verified is said in
 * `unverified`. docs/entitlements.md is generated from this file.
 *
 * Ages are inclusive, as in offers: a right "up to 25" ends at the 25th birthday, so its maxAge is 24.
 *
 * Offers point at these by id (`nationalEntitlement`), so a local figure below the national minimum can be
 * flagged and the same entitlement from two councils can be shown once.
 */
import type { Area, CareStatus, Period } from '../schema/vocabularies.js';
import { COUNCIL_DUTIES } from './entries/council-duties.js';
import { EDUCATION_AND_WORK } from './entries/education-and-work.js';
import { HOUSING_AND_HEALTH } from './entries/housing-and-health.js';

/**
 * How far a national entitlement binds, which decides the words elements use: only `statute` is "a right
 * in law"; `recommended` is a minimum the government asks councils to give; `scheme` is a national scheme
 * whose money is given on need or by others (bursaries); `announced` is a policy not yet in force.
 */
export type NationalBasis = 'statute' | 'recommended' | 'scheme' | 'announced';

/** Whether the rule applies today: in force since a date, enacted but not commenced, or only announced. */
export type LegalStatus =
  | { readonly kind: 'in-force'; readonly since?: string }
  | { readonly kind: 'not-yet-in-force'; readonly enacted: string; readonly expected?: string }
  | { readonly kind: 'announced'; readonly announced: string; readonly expected?: string };

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface NationalEntitlement {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly area: Area;
  readonly statuses: readonly CareStatus[];
  readonly minAge?: number;
  readonly maxAge?: number;
  /** In pence. */
  readonly amountPence?: number;
  /** The amount is the least the government recommends; a local offer can give more. */
  readonly isMinimum?: boolean;
  /** The amount is a maximum. */
  readonly upTo?: boolean;
  readonly period?: Period;
  readonly amountValidFrom?: string;
  /** The date of the source that states the amount, where when it began is not known. */
  readonly amountStatedOn?: string;
  /** What else must be true, in words; an item with conditions is "may be for you" until they are checked. */
  readonly conditions?: string;
  /** Who gives it, in words a young person understands. */
  readonly deliveredBy: string;
  /** Given by the council that looked after the young person: elements name that council when they know it. */
  readonly byLookedAfterCouncil?: boolean;
  readonly basis: NationalBasis;
  readonly status: LegalStatus;
  /** The primary source: legislation.gov.uk, GOV.UK, the NHS or DWP. */
  readonly source: Source;
  /** Other primary sources the entry relies on. */
  readonly alsoSee?: readonly Source[];
  /** When the library's maintainers last checked the sources. */
  readonly checked: string;
  /** What could not be verified against a primary source, said plainly. */
  readonly unverified?: string;
}

export const NATIONAL_ENTITLEMENTS: readonly NationalEntitlement[] = Object.freeze([...COUNCIL_DUTIES, ...EDUCATION_AND_WORK, ...HOUSING_AND_HEALTH]);

const byId: ReadonlyMap<string, NationalEntitlement> = new Map(NATIONAL_ENTITLEMENTS.map((entry) => [entry.id, entry]));

export function findNationalEntitlement(id: string): NationalEntitlement | undefined {
  return byId.get(id);
}

/** The catalogue's ids, for parseOffer's check of `nationalEntitlement` references. */
export const NATIONAL_ENTITLEMENT_IDS: ReadonlySet<string> = new Set(byId.keys());
