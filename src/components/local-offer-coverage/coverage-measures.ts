/**
 * Every council in England as one row of the coverage table, and what the map colours it by: who publishes,
 * how recently reviewed, the setting-up-home allowance beside the recommended figure, council tax support.
 * Sorting and filtering the table too. Pure: no DOM.
 */
import type { Council } from '../../places/council-registry.js';
import { fold } from '../../text/fold.js';
import type { CouncilTier } from '../../schema/vocabularies.js';
import type { CouncilCoverage, CoverageReport } from './coverage-report.js';

import { MEASURES, SHOW_OPTIONS, SORT_KEYS, type Measure, type Show, type Sort, type SortKey } from './coverage-options.js';

export { MEASURES, SHOW_OPTIONS, SORT_KEYS, type Measure, type Show, type Sort, type SortKey };

/**
 * own: the council's own offer; joint: in another council's joint offer; county: no offer of its own, but
 * its county (which runs children's services) publishes one; none: nothing in the directory.
 */
export type OfferStatus = 'own' | 'joint' | 'county' | 'none';

export interface CoverageRow {
  readonly council: Council;
  readonly status: OfferStatus;
  /** The council whose offer applies, when it is another's (joint, or the county's). */
  readonly via?: string;
  /** What the report says of this council (own or joint offer). */
  readonly entry?: CouncilCoverage;
  /** Its county's entry, for a district with no offer of its own: the county's allowance is the one it gets. */
  readonly countyEntry?: CouncilCoverage;
}

/** The categories of each measure, in the legend's order. */
export const CATEGORIES = {
  publishes: ['own', 'joint', 'county', 'none'],
  reviewed: ['current', 'stale', 'unknown'],
  'setting-up-home': ['above', 'same', 'below', 'not-stated', 'unknown'],
  'council-tax': ['to-25', 'part', 'not-stated', 'unknown'],
} as const satisfies Record<Measure, readonly string[]>;

export type Category = (typeof CATEGORIES)[Measure][number];

export function coverageRows(councils: readonly Council[], report: CoverageReport): CoverageRow[] {
  const entries = new Map(report.councils.map((entry) => [entry.councilCode, entry]));
  return councils.map((council) => {
    const entry = entries.get(council.code);
    const countyEntry = council.countyCode ? entries.get(council.countyCode) : undefined;
    if (entry?.publishes) return { council, status: 'own', entry };
    if (entry) return { council, status: 'joint', entry, ...(entry.coveredBy ? { via: entry.coveredBy } : {}) };
    if (countyEntry) return { council, status: 'county', via: council.countyCode!, countyEntry };
    return { council, status: 'none' };
  });
}

/** The offer whose review date and allowance apply: its own or joint offer, else its county's. */
const offerEntry = (row: CoverageRow) => row.entry ?? row.countyEntry;

export function categoryOf(row: CoverageRow, measure: Measure, recommendedPence: number): Category {
  switch (measure) {
    case 'publishes':
      return row.status;
    case 'reviewed': {
      const entry = offerEntry(row);
      return !entry?.lastReviewed ? 'unknown' : entry.stale ? 'stale' : 'current';
    }
    case 'setting-up-home': {
      const entry = offerEntry(row);
      if (!entry || entry.valid === undefined) return 'unknown';
      const pence = entry.settingUpHome?.pence;
      if (pence === undefined) return 'not-stated';
      return pence > recommendedPence ? 'above' : pence < recommendedPence ? 'below' : 'same';
    }
    case 'council-tax': {
      // Council tax is the district's (or unitary's): a county's offer does not speak for its districts' bills.
      const entry = row.entry;
      if (!entry || entry.valid === undefined) return 'unknown';
      if (!entry.councilTax) return 'not-stated';
      return entry.councilTax.untilAge >= 25 && !entry.councilTax.inPart ? 'to-25' : 'part';
    }
  }
}

const TIER_ORDER: Record<CouncilTier, number> = { county: 0, district: 1, unitary: 2, metropolitan: 3, 'london-borough': 4 };
const STATUS_ORDER: Record<OfferStatus, number> = { own: 0, joint: 1, county: 2, none: 3 };

/** A number or string to sort by; undefined (nothing known) always sorts last. */
function sortValue(row: CoverageRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'name':
      return row.council.shortName;
    case 'kind':
      return TIER_ORDER[row.council.tier];
    case 'offer':
      return STATUS_ORDER[row.status];
    case 'reviewed':
      return offerEntry(row)?.lastReviewed;
    case 'setting-up-home':
      return offerEntry(row)?.settingUpHome?.pence;
    case 'council-tax':
      return row.entry?.councilTax ? row.entry.councilTax.untilAge - (row.entry.councilTax.inPart ? 0.5 : 0) : undefined;
  }
}

/** One collator for every comparison: localeCompare with a locale makes a new one each time, which is slow. */
const collator = new Intl.Collator('en-GB');

export function sortRows(rows: readonly CoverageRow[], sort: Sort): CoverageRow[] {
  const direction = sort.descending ? -1 : 1;
  const byName = (a: CoverageRow, b: CoverageRow) => collator.compare(a.council.shortName, b.council.shortName);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : (x as number) - (y as number);
    return order === 0 ? byName(a, b) : order * direction;
  });
}

export function filterRows(rows: readonly CoverageRow[], text: string, show: Show): CoverageRow[] {
  const query = fold(text).trim();
  return rows.filter((row) => {
    if (show === 'stale' ? !offerEntry(row)?.stale : show !== 'all' && row.status !== show) return false;
    return !query || fold(`${row.council.name} ${row.council.shortName}`).includes(query);
  });
}
