/**
 * The coverage report from what each source turned out to be: every council in England, its own offer (if
 * any source is its own), and the joint offers that cover it. A council is covered when a valid offer is
 * its own or names it in `covers`; a district is usually covered by its county's joint offer.
 */
import { COUNCILS, isUpperTier, upperTierOf, type Council } from '../../src/places/council-registry.js';
import {
  COVERAGE_REPORT_VERSION,
  type CouncilCoverage,
  type CoverageReport,
  type KeyAmounts,
  type SourceResult,
} from '../../src/schema/coverage-report-schema.js';
import type { Area } from '../../src/schema/index.js';

const REPORT_SCHEMA_URL = 'https://unpkg.com/local-offer-elements/schema/coverage-report.schema.json';

/** When a council has several sources, the best one speaks for it: a valid offer before a broken one. */
const RANK: Readonly<Record<SourceResult['status'], number>> = { valid: 0, duplicate: 1, invalid: 2, unreachable: 3 };

/** A council with no valid offer of its own: the key amounts of the first joint offer that covers it. */
function jointAmounts(code: string, covering: readonly SourceResult[]): { keyAmounts?: KeyAmounts } {
  const amounts = covering.find((result) => result.councilCode !== code && result.coveredKeyAmounts?.[code])?.coveredKeyAmounts?.[code];
  return amounts ? { keyAmounts: amounts } : {};
}

function councilCoverage(council: Council, own: SourceResult | undefined, covering: readonly SourceResult[]): CouncilCoverage {
  const upper = council.tier === 'district' ? upperTierOf(council.code) : undefined;
  const coveredBy = covering
    .filter((result) => result.councilCode !== council.code)
    .map((result) => ({ councilCode: result.councilCode!, offerId: result.offerId!, source: result.source }));
  const valid = own?.status === 'valid';
  return {
    code: council.code,
    name: council.name,
    tier: council.tier,
    region: council.region,
    ...(upper ? { upperTierCode: upper.code } : {}),
    // A duplicate never outranks the valid source it repeats.
    publishes: own ? (own.status === 'duplicate' ? 'valid' : own.status) : 'none',
    ...(own ? { source: own.source } : {}),
    ...(own && !valid && own.reason ? { reason: own.reason } : {}),
    ...(own?.status === 'invalid' && own.errors ? { errors: own.errors } : {}),
    ...(own?.offerId ? { offerId: own.offerId } : {}),
    ...(own?.lastReviewed ? { lastReviewed: own.lastReviewed } : {}),
    ...(valid && own.stale !== undefined ? { stale: own.stale } : {}),
    coveredBy,
    covered: valid || coveredBy.length > 0,
    ...(valid && own.keyAmounts ? { keyAmounts: own.keyAmounts } : jointAmounts(council.code, covering)),
  };
}

export function coverageReport(results: readonly SourceResult[], now: Date, staleAfterMonths: number): CoverageReport {
  const own = new Map<string, SourceResult>();
  const covering = new Map<string, SourceResult[]>();
  for (const result of results) {
    const code = result.councilCode;
    if (code) {
      const best = own.get(code);
      if (!best || RANK[result.status] < RANK[best.status]) own.set(code, result);
    }
    if (result.status !== 'valid') continue;
    for (const covered of new Set([...(result.covers ?? []), code!])) {
      const list = covering.get(covered) ?? [];
      list.push(result);
      covering.set(covered, list);
    }
  }
  const councils = [...COUNCILS]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((council) => councilCoverage(council, own.get(council.code), covering.get(council.code) ?? []));

  const byRegion: CoverageReport['byRegion'] = {};
  for (const council of councils) {
    const region = (byRegion[council.region] ??= { councils: 0, publishing: 0, covered: 0 });
    region.councils++;
    if (council.publishes === 'valid') region.publishing++;
    if (council.covered) region.covered++;
  }
  const itemsByArea: Partial<Record<Area, number>> = {};
  // A duplicate's items are its first source's: counted once.
  for (const result of results.filter((each) => each.status === 'valid'))
    for (const [area, count] of Object.entries(result.itemsByArea ?? {}) as [Area, number][]) itemsByArea[area] = (itemsByArea[area] ?? 0) + count;

  const upper = new Set(COUNCILS.filter(isUpperTier).map((council) => council.code));
  const statusCount = (status: SourceResult['status']) => results.filter((result) => result.status === status).length;
  return {
    $schema: REPORT_SCHEMA_URL,
    reportVersion: COVERAGE_REPORT_VERSION,
    generatedAt: now.toISOString(),
    staleAfterMonths,
    totals: {
      councils: councils.length,
      upperTierCouncils: upper.size,
      sources: results.length,
      valid: statusCount('valid'),
      invalid: statusCount('invalid'),
      unreachable: statusCount('unreachable'),
      duplicate: statusCount('duplicate'),
      notModified: results.filter((result) => result.notModified).length,
      publishing: councils.filter((council) => council.publishes === 'valid').length,
      covered: councils.filter((council) => council.covered).length,
      upperTierCovered: councils.filter((council) => council.covered && upper.has(council.code)).length,
      stale: results.filter((result) => result.status === 'valid' && result.stale).length,
    },
    byRegion,
    itemsByArea,
    sources: [...results],
    councils,
  };
}
