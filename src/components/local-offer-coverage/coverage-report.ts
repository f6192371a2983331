/**
 * The coverage report: for every council in a directory, whether it publishes a Local Offer, whether the
 * file validates, when it was last reviewed, whether a joint offer covers it, and two key figures. The same
 * shape comes from a file (a report built ahead, say by the command-line tool) or is worked out in the
 * browser from the directory's offers. docs/coverage.md documents it. Pure: no DOM, no network.
 */
import type { Offer } from '../../schema/offer-schema.js';
import { itemIsForPlace } from '../../model/item-for-place.js';
import { isStale } from '../../model/staleness.js';
import { COUNCIL_CODE_PATTERN } from '../../schema/patterns.js';

export const COVERAGE_REPORT_VERSION = '1.0';

export interface CoverageReport {
  readonly reportVersion: string;
  /** When it was made, as an ISO date. */
  readonly generated: string;
  /** The directory it was made from: its title, and its address when known. */
  readonly directory?: { readonly title?: string; readonly url?: string };
  readonly isExample?: boolean;
  /** How old a review may be before the offer is "stale". */
  readonly staleAfterMonths: number;
  /** Councils the directory says something about; a council not listed has no offer in it. */
  readonly councils: readonly CouncilCoverage[];
}

export interface CouncilCoverage {
  readonly councilCode: string;
  /** The directory lists an offer published by this council. */
  readonly publishes: boolean;
  /** Another council's offer that covers this one (a county's joint offer with its districts). */
  readonly coveredBy?: string;
  /** The address of the offer that applies: its own, or the joint one. */
  readonly offerUrl?: string;
  /** Whether that offer's file validates; absent when it could not be read at all. */
  readonly valid?: boolean;
  /** Why the file could not be read: "offline", "http", "timeout", and so on. */
  readonly loadError?: string;
  readonly lastReviewed?: string;
  readonly stale?: boolean;
  readonly isExample?: boolean;
  /** The setting-up-home allowance the offer gives; absent when the offer does not mention it. */
  readonly settingUpHome?: { readonly pence?: number; readonly upTo?: boolean };
  /** Council tax support for care leavers living here; absent when the offer has none. */
  readonly councilTax?: { readonly untilAge: number; readonly inPart: boolean };
}

/** One offer a directory lists, and what became of it. */
export interface ListedOffer {
  readonly councilCode: string;
  readonly covers: readonly string[];
  readonly url?: string;
  readonly offer?: Offer;
  /** The file was read but does not validate. */
  readonly invalid?: boolean;
  readonly loadError?: string;
}

export interface DeriveOptions {
  readonly now: Date;
  readonly staleAfterMonths: number;
  readonly countyOf: (code: string) => string | undefined;
  readonly generated: string;
  readonly directory?: CoverageReport['directory'];
  readonly isExample?: boolean;
}

const SETTING_UP_HOME = 'setting-up-home-allowance';
const COUNCIL_TAX_TAG = 'council tax';

function settingUpHomeFor(offer: Offer, code: string, countyOf: DeriveOptions['countyOf']): CouncilCoverage['settingUpHome'] {
  const items = offer.entitlements.filter(
    (item) => item.nationalEntitlement === SETTING_UP_HOME && item.status !== 'ended' && itemIsForPlace(item, code, countyOf),
  );
  if (!items.length) return undefined;
  // Only a one-off amount is set beside the one-off £3,000: a weekly or repeated figure is not comparable.
  const stated = items.find(
    (item) =>
      item.value?.amountPence !== undefined &&
      !item.value.notPublished &&
      (item.value.period === undefined || item.value.period === 'once') &&
      item.value.count === undefined,
  );
  return stated ? { pence: stated.value!.amountPence!, ...(stated.value!.upTo ? { upTo: true } : {}) } : {};
}

/** An item tagged "council tax" (as publishers tag it), for this place; until the birthday after its last age. */
function councilTaxFor(offer: Offer, code: string, countyOf: DeriveOptions['countyOf']): CouncilCoverage['councilTax'] {
  const items = offer.entitlements.filter(
    (item) => item.status !== 'ended' && item.tags?.some((tag) => tag.toLowerCase() === COUNCIL_TAX_TAG) && itemIsForPlace(item, code, countyOf),
  );
  if (!items.length) return undefined;
  const untilAge = Math.max(...items.map((item) => (item.eligibility?.maxAge ?? 24) + 1));
  // "In part" only where the offer says so in figures: a percentage or a tier below 100.
  const percentages = items.flatMap((item) => [item.value?.percentage, ...(item.value?.tiers ?? []).map((tier) => tier.percentage)]);
  const inPart = percentages.some((percentage) => percentage !== undefined && percentage < 100);
  return { untilAge, inPart };
}

function measuresOf(listed: ListedOffer, code: string, options: DeriveOptions): Partial<CouncilCoverage> {
  const { offer } = listed;
  const base = {
    ...(listed.url ? { offerUrl: listed.url } : {}),
    ...(listed.loadError ? { loadError: listed.loadError } : { valid: !listed.invalid }),
  };
  if (!offer) return base;
  const settingUpHome = settingUpHomeFor(offer, code, options.countyOf);
  const councilTax = councilTaxFor(offer, code, options.countyOf);
  return {
    ...base,
    lastReviewed: offer.lastReviewed,
    stale: isStale(offer.lastReviewed, options.now, options.staleAfterMonths),
    ...(offer.isExample ? { isExample: true } : {}),
    ...(settingUpHome ? { settingUpHome } : {}),
    ...(councilTax ? { councilTax } : {}),
  };
}

/**
 * The report for every council the listed offers speak for: a council's own offer first, else an offer
 * that covers it. Councils nothing speaks for are left out (the report's readers say "no offer").
 */
export function deriveCoverage(listed: readonly ListedOffer[], options: DeriveOptions): CoverageReport {
  const codes = new Set<string>();
  for (const entry of listed) for (const code of [entry.councilCode, ...entry.covers]) codes.add(code);
  const councils: CouncilCoverage[] = [];
  for (const code of [...codes].sort()) {
    const own = listed.find((entry) => entry.councilCode === code);
    const covering = own ?? listed.find((entry) => entry.covers.includes(code));
    if (!covering) continue;
    councils.push({
      councilCode: code,
      publishes: !!own,
      ...(own ? {} : { coveredBy: covering.councilCode }),
      ...measuresOf(covering, code, options),
    });
  }
  return {
    reportVersion: COVERAGE_REPORT_VERSION,
    generated: options.generated,
    ...(options.directory ? { directory: options.directory } : {}),
    ...(options.isExample ? { isExample: true } : {}),
    staleAfterMonths: options.staleAfterMonths,
    councils,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A report read from a file, keeping only what has the documented shape: a council entry with a bad code is
 * dropped, a field of the wrong type is left out. Undefined when it is not a report at all.
 */
export function readCoverageReport(value: unknown): CoverageReport | undefined {
  if (!isRecord(value) || !Array.isArray(value.councils)) return undefined;
  const councils: CouncilCoverage[] = [];
  for (const entry of value.councils) {
    if (!isRecord(entry) || typeof entry.councilCode !== 'string' || !COUNCIL_CODE_PATTERN.test(entry.councilCode)) continue;
    const { settingUpHome: money, councilTax: tax } = entry;
    councils.push({
      councilCode: entry.councilCode,
      publishes: entry.publishes === true,
      ...(typeof entry.coveredBy === 'string' && COUNCIL_CODE_PATTERN.test(entry.coveredBy) ? { coveredBy: entry.coveredBy } : {}),
      ...(typeof entry.offerUrl === 'string' ? { offerUrl: entry.offerUrl } : {}),
      ...(typeof entry.valid === 'boolean' ? { valid: entry.valid } : {}),
      ...(typeof entry.loadError === 'string' ? { loadError: entry.loadError } : {}),
      ...(typeof entry.lastReviewed === 'string' && ISO_DATE.test(entry.lastReviewed) ? { lastReviewed: entry.lastReviewed } : {}),
      ...(typeof entry.stale === 'boolean' ? { stale: entry.stale } : {}),
      ...(entry.isExample === true ? { isExample: true } : {}),
      ...(isRecord(money)
        ? { settingUpHome: { ...(Number.isInteger(money.pence) ? { pence: money.pence as number } : {}), ...(money.upTo === true ? { upTo: true } : {}) } }
        : {}),
      ...(isRecord(tax) && Number.isInteger(tax.untilAge) ? { councilTax: { untilAge: tax.untilAge as number, inPart: tax.inPart === true } } : {}),
    });
  }
  return {
    reportVersion: typeof value.reportVersion === 'string' ? value.reportVersion : COVERAGE_REPORT_VERSION,
    generated: typeof value.generated === 'string' ? value.generated : '',
    ...(isRecord(value.directory)
      ? {
          directory: {
            ...(typeof value.directory.title === 'string' ? { title: value.directory.title } : {}),
            ...(typeof value.directory.url === 'string' ? { url: value.directory.url } : {}),
          },
        }
      : {}),
    ...(value.isExample === true ? { isExample: true } : {}),
    staleAfterMonths: typeof value.staleAfterMonths === 'number' ? value.staleAfterMonths : 12,
    councils,
  };
}
