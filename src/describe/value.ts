/**
 * What an item is worth, or costs, in words: one description that the checklist, the finder, the
 * downloaded text, print and the ORUK export all show, so they can never disagree. Pure: no DOM.
 */
import { formatPence } from '../i18n/format.js';
import type { Localizer } from '../i18n/localize.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import type { EntitlementValue, ValueTier } from '../schema/offer-schema.js';
import type { Period } from '../schema/vocabularies.js';

export interface ValueDescription {
  /** "costs" for a price the young person pays, so it is never read as money given. */
  readonly label: 'worth' | 'costs';
  /** One line each: the value, or its tiers; then instalments and what it is paid out of. */
  readonly lines: readonly string[];
}

export interface ValueContext {
  /** The title of the item `paidFrom` names, from the same offer. */
  readonly paidFromTitle?: string;
}

type Words = Localizer<OfferItemKey>;

const WITH_PERIOD: Record<Period, OfferItemKey> = {
  once: 'valueOnce',
  week: 'valueWeek',
  month: 'valueMonth',
  year: 'valueYear',
  'academic-year': 'valueAcademicYear',
  term: 'valueTerm',
  birthday: 'valueBirthday',
  'each-time': 'valueEachTime',
};

const PERIOD_ALONE: Record<Period, OfferItemKey> = {
  once: 'periodOnce',
  week: 'periodWeek',
  month: 'periodMonth',
  year: 'periodYear',
  'academic-year': 'periodAcademicYear',
  term: 'periodTerm',
  birthday: 'periodBirthday',
  'each-time': 'periodEachTime',
};

const COUNT_OF: Record<Exclude<Period, 'once'>, OfferItemKey> = {
  week: 'countWeek',
  month: 'countMonth',
  year: 'countYear',
  'academic-year': 'countAcademicYear',
  term: 'countTerm',
  birthday: 'countBirthday',
  'each-time': 'countEachTime',
};

export function formatPercentage(percentage: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percentage / 100);
}

/** "£3,000, once", "a list: £667, £666 and £666", joined as the page's language joins lists. */
export function joinList(items: readonly string[], words: Words): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${words.t('listJoin')}${items[items.length - 1]}`;
}

/** The amount or percentage as the value's kind reads: "50% off", "Goods or vouchers worth £20", "£2". */
function amountWords(value: EntitlementValue, amountPence: number | undefined, percentage: number | undefined, words: Words): string | undefined {
  const { t, locale } = words;
  if (percentage !== undefined) {
    const text = formatPercentage(percentage, locale);
    return value.kind === undefined || value.kind === 'discount' ? t('valuePercentOff', { percentage: text }) : text;
  }
  if (amountPence === undefined) return undefined;
  const amount = value.upTo ? t('valueUpTo', { amount: formatPence(amountPence, locale) }) : formatPence(amountPence, locale);
  switch (value.kind) {
    case 'discount':
      return t('valueAmountOff', { amount });
    case 'goods':
      return t('valueGoods', { amount });
    case 'service':
      return t('valueService', { amount });
    case 'loan':
      return t('valueLoan', { amount });
    default:
      return amount;
  }
}

/** "£57.90 a week for 5 weeks, £289.50 in all": the period, how many, and the total worked out. */
function withPeriodAndCount(value: EntitlementValue, amount: string, amountPence: number | undefined, words: Words): string {
  const { t, locale } = words;
  const { period, count } = value;
  if (!period) return amount;
  const text = t(WITH_PERIOD[period], { amount });
  if (count === undefined || period === 'once') return text;
  const duration = t(COUNT_OF[period], { count });
  // A total only means something for a fixed sum: "up to" totals and percentages are left as they are.
  if (amountPence === undefined || value.upTo) return t('valueForCount', { value: text, duration });
  return t('valueForCountTotal', { value: text, duration, total: formatPence(amountPence * count, locale) });
}

function tierLine(value: EntitlementValue, tier: ValueTier, words: Words): string {
  const { t } = words;
  const amount = amountWords(value, tier.amountPence, tier.percentage, words) ?? '';
  const { minAge: min, maxAge: max } = tier;
  let line: string;
  // Birthday money is "£25 when you turn 19", not "£25 on your birthday at 19".
  if (min !== undefined && min === max)
    line =
      value.period === 'birthday'
        ? t('tierTurning', { value: amount, age: min })
        : t('tierAtAge', { value: withPeriodAndCount(value, amount, tier.amountPence, words), age: min });
  else {
    const withPeriod = withPeriodAndCount(value, amount, tier.amountPence, words);
    line =
      min !== undefined && max !== undefined
        ? t('tierAges', { value: withPeriod, min, max })
        : min !== undefined
          ? t('tierFromAge', { value: withPeriod, min })
          : max !== undefined
            ? t('tierUpToAge', { value: withPeriod, max })
            : withPeriod;
  }
  return tier.condition ? t('tierCondition', { value: line, condition: tier.condition }) : line;
}

/**
 * Every part of a value in words. Nothing the publisher wrote is dropped: a period without an amount is
 * said, an unpublished amount is said to be unpublished, and the description follows the amount.
 */
export function describeValue(value: EntitlementValue, words: Words, context: ValueContext = {}): ValueDescription {
  const { t, locale } = words;
  const lines: string[] = [];
  const amountPence = value.amountPence ?? value.instalmentsPence?.reduce((sum, part) => sum + part, 0);
  const amount = amountWords(value, amountPence, value.percentage, words);
  let main: string | undefined;
  if (value.tiers) lines.push(...value.tiers.map((tier) => tierLine(value, tier, words)));
  else if (amount !== undefined) main = withPeriodAndCount(value, amount, amountPence, words);
  else if (value.notPublished) main = value.period ? t('valueNotPublishedPeriod', { period: t(PERIOD_ALONE[value.period]) }) : t('valueNotPublished');
  else if (value.period) main = value.description ? `${value.description} (${t(PERIOD_ALONE[value.period])})` : t(PERIOD_ALONE[value.period]);
  if (main !== undefined && value.description && (amount !== undefined || value.notPublished))
    main = t('valueWithDescription', { value: main, description: value.description });
  if (main === undefined && !value.tiers && value.description) main = value.description;
  if (main !== undefined) lines.unshift(main);
  else if (value.tiers && value.description) lines.push(value.description);
  if (value.instalmentsPence) {
    const parts = value.instalmentsPence.map((part) => formatPence(part, locale));
    lines.push(t('valueInstalments', { count: parts.length, amounts: joinList(parts, words) }));
  }
  if (value.paidFrom && context.paidFromTitle) lines.push(t('valuePaidFrom', { title: context.paidFromTitle }));
  return { label: value.kind === 'price' ? 'costs' : 'worth', lines };
}
