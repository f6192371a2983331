/**
 * England's 317 councils: look up by GSS code or by name, and walk the two tiers (a county's districts, a
 * district's county, the upper-tier council that runs children's services for any council).
 */
import type { CouncilTier } from '../schema/vocabularies.js';
import { fold } from '../text/fold.js';
import { COUNCIL_LINES, NAME_PATTERNS, REGIONS } from './councils.data.js';
import { tierOfCode } from './gss.js';

export interface Council {
  /** ONS GSS code, such as "E07000175". */
  readonly code: string;
  /** Official name, such as "Newark and Sherwood District Council". */
  readonly name: string;
  /** The name people use, such as "Newark and Sherwood". */
  readonly shortName: string;
  /** The ONS statistical name, which postcodes.io returns, such as "Kingston upon Hull, City of". */
  readonly onsName: string;
  readonly tier: CouncilTier;
  /** For a district, its county's GSS code. */
  readonly countyCode?: string;
  readonly region: string;
  /** The council's page in GOV.UK's "Find your local council", where GOV.UK has one. */
  readonly govUkUrl?: string;
}

/** GOV.UK's slug for a short name; councils.data.ts leaves out the slugs that follow this rule. */
const slugOf = (shortName: string) =>
  shortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The GSS code after `code` in its series: councils.data.ts leaves out a code that follows the line before's. */
const nextCode = (code: string) => `${code.slice(0, 3)}${String(Number(code.slice(3)) + 1).padStart(6, '0')}`;

/** Reads councils.data.ts: one council per line, each field as its header says. */
function decodeCouncils(): Council[] {
  let code = '';
  return COUNCIL_LINES.split('\n').map((line) => {
    const [written = '', shortName = '', name = '', onsName, countyCode, region, slug] = line.split('|');
    code = written || nextCode(code);
    const pattern = (name && NAME_PATTERNS[Number(name)]) ?? name;
    const govUkSlug = slug === '-' ? '' : slug || slugOf(shortName);
    return Object.freeze({
      code,
      name: pattern.replace('#', () => shortName),
      shortName,
      onsName: onsName || shortName,
      tier: tierOfCode(code)!,
      ...(countyCode ? { countyCode } : {}),
      region: REGIONS[Number(region)]!,
      ...(govUkSlug ? { govUkUrl: `https://www.gov.uk/find-local-council/${govUkSlug}` } : {}),
    });
  });
}

export const COUNCILS: readonly Council[] = Object.freeze(decodeCouncils());

const byCode = new Map(COUNCILS.map((council) => [council.code, council]));

/** Words that name the kind of council rather than the place, so "Newark and Sherwood" finds the district council. */
const GENERIC_WORDS = new Set(['council', 'borough', 'district', 'county', 'city', 'metropolitan', 'royal', 'the', 'of', 'corporation', 'london']);

/**
 * Folds a name for matching: case, accents, punctuation and "&" are ignored, and words such as "Borough
 * Council" are dropped. "City of London" keeps its words, as it would otherwise fold to nothing.
 */
export function normaliseCouncilName(name: string): string {
  const words = fold(name).split(' ').filter(Boolean);
  const meaningful = words.filter((word) => !GENERIC_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

const byName = new Map<string, Council[]>();
for (const council of COUNCILS) {
  for (const name of new Set([council.name, council.shortName, council.onsName].map(normaliseCouncilName))) {
    const list = byName.get(name) ?? [];
    list.push(council);
    byName.set(name, list);
  }
}

export function councilByCode(code: string): Council | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/**
 * Every council whose official, short or ONS name matches, ignoring case, punctuation and words such as
 * "Borough Council". Usually one; a list because a few places share a name across tiers.
 */
export function findCouncilsByName(name: string): Council[] {
  return [...(byName.get(normaliseCouncilName(name)) ?? [])];
}

/** The one council with this name, or undefined when there is none or the name is ambiguous. */
export function councilByName(name: string): Council | undefined {
  const found = findCouncilsByName(name);
  return found.length === 1 ? found[0] : undefined;
}

export function districtsOf(countyCode: string): Council[] {
  return COUNCILS.filter((council) => council.countyCode === countyCode);
}

export function countyOf(districtCode: string): Council | undefined {
  const countyCode = councilByCode(districtCode)?.countyCode;
  return countyCode ? byCode.get(countyCode) : undefined;
}

/** True for the 153 councils that run children's services and so publish a Local Offer. */
export function isUpperTier(council: Council): boolean {
  return council.tier !== 'district';
}

/** The council that runs children's services for a place: the county for a district, else the council itself. */
export function upperTierOf(code: string): Council | undefined {
  const council = councilByCode(code);
  if (!council) return undefined;
  return council.tier === 'district' ? countyOf(council.code) : council;
}

const searchText = COUNCILS.map((council) => ` ${fold([council.shortName, council.name, council.onsName].join(' '))} `);

/**
 * Councils for an autocomplete: every word typed must start a word of the council's names ("newark",
 * "city of london", "Newark and Sherwood"). Names that start with the query come first.
 */
export function searchCouncils(query: string, limit = 20): Council[] {
  const folded = fold(query);
  if (!folded) return [];
  const words = folded.split(' ');
  const starts: Council[] = [];
  const contains: Council[] = [];
  COUNCILS.forEach((council, i) => {
    const text = searchText[i]!;
    if (!words.every((word) => text.includes(` ${word}`))) return;
    (fold(council.shortName).startsWith(folded) ? starts : contains).push(council);
  });
  const byName = (a: Council, b: Council) => a.shortName.localeCompare(b.shortName);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
