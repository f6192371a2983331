/**
 * Titles and descriptions for the coverage report's JSON Schema, beside the offer's in schema-docs.ts. Only
 * the build-time generator imports this file.
 */
import type * as z from 'zod/mini';
import {
  CouncilCoverageSchema,
  CoverageReportSchema,
  CoverageTotalsSchema,
  CoveredBySchema,
  KeyAmountSchema,
  KeyAmountsSchema,
  RegionCoverageSchema,
  SourceIssueSchema,
  SourceResultSchema,
} from './coverage-report-schema.js';
import type { ObjectDoc, PropertyDoc } from './schema-docs.js';

const itemsByArea: PropertyDoc = ['Items by area', 'How many items the valid offers have in each statutory area.'];
const keyAmounts: PropertyDoc = ['Key amounts', 'The amounts people compare between councils, as the offer states them.'];
const errors: PropertyDoc = [
  'First errors',
  'The first errors the validator found (at most five), each with its JSON pointer and, for a file, its line and column.',
];
const stale: PropertyDoc = ['Stale', 'True when lastReviewed is at least staleAfterMonths ago.'];

export const COVERAGE_REPORT_DOCS: ReadonlyMap<z.ZodMiniType, ObjectDoc> = new Map<z.ZodMiniType, ObjectDoc>([
  [
    CoverageReportSchema,
    {
      title: 'Coverage report of Local Offers for Care Leavers',
      description:
        'Written by `local-offer directory build`: every council in England, whether it publishes a valid, current offer, and whose offer covers it.',
      properties: {
        $schema: ['JSON Schema', 'The address of this JSON Schema, for editors.'],
        reportVersion: ['Report version', 'The version of this report format, such as "1.0". A reader checks the major number.'],
        generatedAt: ['Generated at', 'When the build ran, as an ISO 8601 date and time (UTC).'],
        staleAfterMonths: ['Stale after (months)', 'How old lastReviewed may be before an offer counts as stale (--stale-after, 12 by default).'],
        totals: ['Totals', 'Counts over all sources and all councils.'],
        byRegion: ['By region', "Counts for each of England's nine regions, by region name."],
        itemsByArea,
        sources: ['Sources', 'What happened to each source in the list, in the order of the list.'],
        councils: ['Councils', 'All 317 councils in England, in GSS code order.'],
      },
    },
  ],
  [
    CoverageTotalsSchema,
    {
      title: 'Totals',
      description: 'Counts over all sources and all councils.',
      properties: {
        councils: ['Councils', 'Councils in England (317).'],
        upperTierCouncils: ['Upper-tier councils', "Councils that run children's services and so publish a Local Offer (153)."],
        sources: ['Sources', 'Sources in the list.'],
        valid: ['Valid', 'Sources read and valid.'],
        invalid: ['Invalid', 'Sources read but not a valid offer (or not an offer at all).'],
        unreachable: ['Unreachable', 'Sources that could not be read.'],
        duplicate: ['Duplicate', 'Sources that gave the same offer (council and id) as a source before them in the list: not listed twice.'],
        notModified: ['Not modified', 'Sources the server said had not changed (HTTP 304), read from the cache.'],
        publishing: ['Publishing', 'Councils with a valid offer of their own.'],
        covered: ['Covered', "Councils covered by a valid offer: their own, or a joint one's covers."],
        upperTierCovered: ['Upper-tier covered', 'Upper-tier councils covered by a valid offer.'],
        stale: ['Stale', 'Valid offers whose lastReviewed is at least staleAfterMonths ago.'],
      },
    },
  ],
  [
    RegionCoverageSchema,
    {
      title: 'Region',
      description: 'Counts for one region.',
      properties: {
        councils: ['Councils', 'Councils in the region.'],
        publishing: ['Publishing', 'Councils in the region with a valid offer of their own.'],
        covered: ['Covered', 'Councils in the region covered by a valid offer.'],
      },
    },
  ],
  [
    SourceResultSchema,
    {
      title: 'Source',
      description: 'One entry of the sources list and what happened when it was read.',
      properties: {
        source: ['Source', 'The address or file, as the list gives it.'],
        kind: ['Kind', '"url" for an address fetched over the network, "file" for a local file.'],
        status: [
          'Status',
          '"valid"; "invalid" (read, but not a valid offer: see errors); "unreachable" (not read: see reason); "duplicate" (the same offer, council and id, as a source before it in the list: not listed again, see reason).',
        ],
        councilCode: ['Council code', "The council the offer belongs to: the publisher's councilCode, else the list's."],
        reason: ['Reason', 'Why the source is unreachable or invalid, in a few words, such as "HTTP 404 Not Found".'],
        httpStatus: ['HTTP status', 'The last HTTP status received, when it was not 200.'],
        attempts: ['Attempts', 'Requests made, counting retries after network errors and 5xx answers.'],
        notModified: ['Not modified', 'True when the server answered 304 and the cached copy was used.'],
        bytes: ['Bytes', 'The size of the file read.'],
        offerId: ['Offer id', "The offer's id."],
        publisher: ['Publisher', "The offer's publisher.name."],
        covers: ['Covers', "The offer's covers: the council areas it is for."],
        lastReviewed: ['Last reviewed', "The offer's lastReviewed."],
        stale,
        errorCount: ['Errors', 'How many errors the validator found.'],
        warningCount: ['Warnings', 'How many warnings the validator found.'],
        errors,
        items: ['Items', 'How many entitlements the offer has.'],
        itemsByArea,
        keyAmounts,
        coveredKeyAmounts: [
          'Key amounts of the councils it covers',
          "For a joint offer, each covered council's key amounts: a district's own items (its council tax discount) count for it alone.",
        ],
      },
    },
  ],
  [
    SourceIssueSchema,
    {
      title: 'Issue',
      description: 'One problem the validator found.',
      properties: {
        path: ['Path', 'A JSON pointer to the value, empty for the whole file.'],
        message: ['Message', 'What is wrong, in plain words.'],
        line: ['Line', 'The line in the file, from 1.'],
        column: ['Column', 'The column in the line, from 1.'],
      },
    },
  ],
  [
    KeyAmountsSchema,
    {
      title: 'Key amounts',
      description: 'The amounts people compare between councils, each from the first item that gives it.',
      properties: {
        settingUpHomeAllowance: ['Setting-up-home allowance', 'The item linked to the national entitlement "setting-up-home-allowance".'],
        higherEducationBursary: ['Higher education bursary', 'The item linked to the national entitlement "higher-education-bursary".'],
        councilTax: ['Council tax support', 'The first item about council tax (by its id, title or tags).'],
      },
    },
  ],
  [
    KeyAmountSchema,
    {
      title: 'Key amount',
      description: "One item's value, as the offer states it.",
      properties: {
        itemId: ['Item id', "The item's id in the offer."],
        title: ['Title', "The item's title."],
        amountPence: ['Amount (pence)', 'The amount in whole pence.'],
        percentage: ['Percentage', 'A percentage, such as a discount.'],
        lowestPercentage: [
          'Lowest percentage',
          'The lowest percentage of the value and its tiers: below 100, some get it only in part (such as 100% off council tax until 21, then 50%).',
        ],
        upTo: ['Up to', 'True when the amount is a maximum.'],
        period: ['Period', 'How often the amount is given.'],
        maxAge: ['Last age', "The item's last age, from its eligibility: council tax support until the 25th birthday has 24."],
        description: ['Description', 'The value\'s own words, such as "100% off your council tax".'],
      },
    },
  ],
  [
    CouncilCoverageSchema,
    {
      title: 'Council',
      description: 'One council in England and its Local Offer.',
      properties: {
        code: ['Council code', 'ONS GSS code.'],
        name: ['Name', 'Official name.'],
        tier: ['Tier', 'county, district, unitary, metropolitan or london-borough.'],
        region: ['Region', 'The region of England.'],
        upperTierCode: ['Upper-tier council', "For a district, the county that runs children's services there."],
        publishes: [
          'Publishes',
          'The status of its own offer: "valid", "invalid", "unreachable", or "none" when no source in the list is its own. An offer is its own when its publisher.councilCode (or the list) names the council.',
        ],
        source: ['Source', 'Its own offer, as the list gives it.'],
        reason: ['Reason', 'Why its own offer is invalid or unreachable.'],
        errors,
        offerId: ['Offer id', "Its own offer's id."],
        lastReviewed: ['Last reviewed', "Its own offer's lastReviewed."],
        stale,
        coveredBy: ['Covered by', "Other councils' valid offers whose covers include this council, such as a county's joint offer with its districts."],
        covered: ['Covered', 'True when a valid offer covers the council: its own, or another listed in coveredBy.'],
        keyAmounts: [
          'Key amounts',
          'The amounts people compare between councils, for this council: from its own valid offer, or else from the first joint offer in coveredBy.',
        ],
      },
    },
  ],
  [
    CoveredBySchema,
    {
      title: 'Covering offer',
      description: "Another council's valid offer that covers this council.",
      properties: {
        councilCode: ['Council code', 'The council that publishes it.'],
        offerId: ['Offer id', "The offer's id."],
        source: ['Source', 'Where it was read from.'],
      },
    },
  ],
]);
