/**
 * The coverage report `local-offer directory build` writes: for every council in England, whether it
 * publishes an offer, whether that offer is valid and current, and whose offer covers it; for every source,
 * what happened when it was read. It is data for a national view (a table, a map, a daily CI check), so its
 * shape is published as schema/coverage-report.schema.json and documented in docs/publish-and-keep-current.md.
 */
import * as z from 'zod/mini';
import { councilCode, councilCodes, isoDate, slug } from './fields.js';
import { AREAS, COUNCIL_TIERS, PERIODS } from './vocabularies.js';

/** The version of the report's own format; a reader checks the major number. */
export const COVERAGE_REPORT_VERSION = '1.0';

/**
 * valid: read and valid; invalid: read, but not a valid offer; unreachable: could not be read; duplicate:
 * read and valid, but the same offer (council and id) as a source before it in the list, so not listed again.
 */
export const SOURCE_STATUSES = ['valid', 'invalid', 'unreachable', 'duplicate'] as const;
/** What a council publishes: its own source's status, or "none" when no source is its own. */
export const PUBLISHING_STATUSES = ['valid', 'invalid', 'unreachable', 'none'] as const;

const count = () => z.int().check(z.minimum(0));

export const SourceIssueSchema = z.strictObject({
  path: z.string(),
  message: z.string(),
  line: z.optional(count()),
  column: z.optional(count()),
});

export const KeyAmountSchema = z.strictObject({
  itemId: slug(),
  title: z.string(),
  amountPence: z.optional(count()),
  percentage: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** The lowest percentage of the value and its tiers: below 100, some get the support only in part. */
  lowestPercentage: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  upTo: z.optional(z.boolean()),
  period: z.optional(z.enum(PERIODS)),
  /** The item's last age (its eligibility's maxAge): council tax support "until your 25th birthday" is 24. */
  maxAge: z.optional(count()),
  description: z.optional(z.string()),
});

export const KeyAmountsSchema = z.strictObject({
  settingUpHomeAllowance: z.optional(KeyAmountSchema),
  higherEducationBursary: z.optional(KeyAmountSchema),
  councilTax: z.optional(KeyAmountSchema),
});

const itemsByArea = () => z.partialRecord(z.enum(AREAS), count());

export const SourceResultSchema = z.strictObject({
  source: z.string(),
  kind: z.enum(['url', 'file']),
  status: z.enum(SOURCE_STATUSES),
  councilCode: z.optional(councilCode()),
  reason: z.optional(z.string()),
  httpStatus: z.optional(z.int()),
  attempts: z.optional(count()),
  notModified: z.optional(z.boolean()),
  bytes: z.optional(count()),
  offerId: z.optional(slug()),
  publisher: z.optional(z.string()),
  covers: z.optional(councilCodes()),
  lastReviewed: z.optional(isoDate()),
  stale: z.optional(z.boolean()),
  errorCount: z.optional(count()),
  warningCount: z.optional(count()),
  errors: z.optional(z.array(SourceIssueSchema)),
  items: z.optional(count()),
  itemsByArea: z.optional(itemsByArea()),
  keyAmounts: z.optional(KeyAmountsSchema),
  /** For a joint offer, the key amounts for each council it covers: a district's own items count for it alone. */
  coveredKeyAmounts: z.optional(z.record(councilCode(), KeyAmountsSchema)),
});

export const CoveredBySchema = z.strictObject({
  councilCode: councilCode(),
  offerId: slug(),
  source: z.string(),
});

export const CouncilCoverageSchema = z.strictObject({
  code: councilCode(),
  name: z.string(),
  tier: z.enum(COUNCIL_TIERS),
  region: z.string(),
  upperTierCode: z.optional(councilCode()),
  publishes: z.enum(PUBLISHING_STATUSES),
  source: z.optional(z.string()),
  reason: z.optional(z.string()),
  errors: z.optional(z.array(SourceIssueSchema)),
  offerId: z.optional(slug()),
  lastReviewed: z.optional(isoDate()),
  stale: z.optional(z.boolean()),
  coveredBy: z.array(CoveredBySchema),
  covered: z.boolean(),
  keyAmounts: z.optional(KeyAmountsSchema),
});

export const CoverageTotalsSchema = z.strictObject({
  councils: count(),
  upperTierCouncils: count(),
  sources: count(),
  valid: count(),
  invalid: count(),
  unreachable: count(),
  duplicate: count(),
  notModified: count(),
  publishing: count(),
  covered: count(),
  upperTierCovered: count(),
  stale: count(),
});

export const RegionCoverageSchema = z.strictObject({
  councils: count(),
  publishing: count(),
  covered: count(),
});

export const CoverageReportSchema = z.strictObject({
  $schema: z.optional(z.string()),
  reportVersion: z.string(),
  generatedAt: z.iso.datetime(),
  staleAfterMonths: count(),
  totals: CoverageTotalsSchema,
  byRegion: z.record(z.string(), RegionCoverageSchema),
  itemsByArea: itemsByArea(),
  sources: z.array(SourceResultSchema),
  councils: z.array(CouncilCoverageSchema),
});

export type CoverageReport = z.output<typeof CoverageReportSchema>;
export type SourceResult = z.output<typeof SourceResultSchema>;
export type CouncilCoverage = z.output<typeof CouncilCoverageSchema>;
export type KeyAmount = z.output<typeof KeyAmountSchema>;
export type KeyAmounts = z.output<typeof KeyAmountsSchema>;
export type SourceIssue = z.output<typeof SourceIssueSchema>;
