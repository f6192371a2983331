/**
 * An amount in terms that compare across councils: once, a year, or a percentage. A council that gives
 * £75 a week and one that gives £3,900 a year give the same; "£500 once" and "£500 a year" do not. Pure.
 */
import type { EntitlementValue } from '../../schema/offer-schema.js';
import type { Period } from '../../schema/vocabularies.js';

export interface ComparableAmount {
  /** In pence, for `per`; absent for a percentage. */
  readonly pence?: number;
  readonly percentage?: number;
  /** "year" for any regular payment turned into a year's worth; "once" for a one-off or a fixed total. */
  readonly per: 'once' | 'year';
  /** The amount is a maximum. */
  readonly upTo: boolean;
  /** The amount was turned into a year's worth from a weekly, monthly or termly one. */
  readonly converted: boolean;
}

/** How many of each period make a year. An academic year and birthday money come once a year. */
const PER_YEAR: Partial<Record<Period, number>> = { week: 52, month: 12, term: 3, year: 1, 'academic-year': 1, birthday: 1 };

/** The shape of an amount in the national catalogue, which has no value object of its own. */
export interface PlainAmount {
  readonly amountPence?: number | undefined;
  readonly period?: Period | undefined;
  readonly upTo?: boolean | undefined;
}

/**
 * Undefined when the value does not compare: no amount, tiers by age (each tier is its own amount), a price
 * the young person pays, money given "each time", or a sum paid out of another item.
 */
export function comparableAmount(value: EntitlementValue | PlainAmount | undefined): ComparableAmount | undefined {
  if (!value) return undefined;
  const full = value as EntitlementValue;
  if (full.tiers || full.kind === 'price' || full.paidFrom || full.notPublished) return undefined;
  const upTo = !!value.upTo;
  if (full.percentage !== undefined) return { percentage: full.percentage, per: 'once', upTo, converted: false };
  const pence = value.amountPence ?? full.instalmentsPence?.reduce((sum, part) => sum + part, 0);
  if (pence === undefined) return undefined;
  const period = value.period ?? 'once';
  // A fixed number of payments is a total: "£57.90 a week for 5 weeks" compares as £289.50 once.
  if (full.count !== undefined && period !== 'once') return { pence: pence * full.count, per: 'once', upTo, converted: true };
  if (period === 'once') return { pence, per: 'once', upTo, converted: false };
  const times = PER_YEAR[period];
  if (times === undefined) return undefined;
  return { pence: pence * times, per: 'year', upTo, converted: times !== 1 };
}

export type Standing = 'above' | 'same' | 'below';

/** How a local amount stands beside the national one, or undefined when the two do not compare. */
export function standingOf(
  local: ComparableAmount | undefined,
  national: ComparableAmount | undefined,
): { standing: Standing; differencePence: number } | undefined {
  if (local?.pence === undefined || national?.pence === undefined || local.per !== national.per) return undefined;
  const difference = local.pence - national.pence;
  return { standing: difference > 0 ? 'above' : difference < 0 ? 'below' : 'same', differencePence: Math.abs(difference) };
}
