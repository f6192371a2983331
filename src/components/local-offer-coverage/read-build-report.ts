/**
 * The coverage report `local-offer directory build --report` writes (schema/coverage-report.schema.json),
 * read into what the map and table show: a national directory's report is built once a day by the
 * command-line tool, so the page need not load 317 offers. Only what has the published shape is kept, a
 * field of the wrong type is left out, and a newer report with more fields still reads. Pure: no DOM.
 */
import { COUNCIL_CODE_PATTERN } from '../../schema/patterns.js';
import { COVERAGE_REPORT_VERSION, type CouncilCoverage, type CoverageReport } from './coverage-report.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCode = (value: unknown): value is string => typeof value === 'string' && COUNCIL_CODE_PATTERN.test(value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const wholeNumber = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

/** True when the value is the command-line tool's report: its councils are named by `code`. */
export function isBuildReport(value: unknown): value is Json & { councils: unknown[] } {
  return isRecord(value) && Array.isArray(value.councils) && value.councils.some((entry) => isRecord(entry) && isCode(entry.code));
}

/** The money and council tax figures of one council's entry (its own offer's, or its joint offer's for it). */
function figures(entry: Json): Pick<CouncilCoverage, 'settingUpHome' | 'councilTax'> {
  const amounts = isRecord(entry.keyAmounts) ? entry.keyAmounts : {};
  const home = amounts.settingUpHomeAllowance;
  const tax = amounts.councilTax;
  return {
    // Only a one-off amount is set beside the one-off £3,000 the government recommends.
    ...(isRecord(home) && (home.period === undefined || home.period === 'once')
      ? {
          settingUpHome: {
            ...(wholeNumber(home.amountPence) !== undefined ? { pence: home.amountPence as number } : {}),
            ...(home.upTo === true ? { upTo: true } : {}),
          },
        }
      : {}),
    // Until the birthday after the last age: 25 when the offer says nothing, as the leaving-care duties run.
    ...(isRecord(tax)
      ? { councilTax: { untilAge: (wholeNumber(tax.maxAge) ?? 24) + 1, inPart: typeof tax.lowestPercentage === 'number' && tax.lowestPercentage < 100 } }
      : {}),
  };
}

/** What a source (own or joint) says of an offer: its address, whether it validates, and its review. */
function offerFacts(source: Json | undefined, status: string, reason: string | undefined): Partial<CouncilCoverage> {
  const address = text(source?.source);
  const facts: Partial<CouncilCoverage> = {
    ...(address ? { offerUrl: address } : {}),
    ...(status === 'unreachable' ? { loadError: reason ?? 'network' } : { valid: status === 'valid' }),
  };
  if (status !== 'valid' || !source) return facts;
  const lastReviewed = text(source.lastReviewed);
  return {
    ...facts,
    ...(lastReviewed && ISO_DATE.test(lastReviewed) ? { lastReviewed } : {}),
    ...(typeof source.stale === 'boolean' ? { stale: source.stale } : {}),
  };
}

function councilOf(entry: Json, sources: ReadonlyMap<string, Json>): CouncilCoverage | undefined {
  const code = entry.code as string;
  const publishes = text(entry.publishes);
  const own = publishes !== undefined && publishes !== 'none';
  const joint = Array.isArray(entry.coveredBy) ? entry.coveredBy.find((by) => isRecord(by) && isCode(by.councilCode)) : undefined;
  if (own && publishes === 'valid') {
    return { councilCode: code, publishes: true, ...offerFacts(sources.get(text(entry.source) ?? ''), 'valid', undefined), ...figures(entry) };
  }
  // A council with no offer of its own in the list, which a joint offer covers, shows the joint offer; one
  // whose own file is broken shows that, so it is fixed.
  if (!own && isRecord(joint)) {
    const source = sources.get(text(joint.source) ?? '');
    return {
      councilCode: code,
      publishes: own,
      coveredBy: joint.councilCode as string,
      ...offerFacts(source ?? { source: joint.source }, 'valid', undefined),
      ...figures(entry),
    };
  }
  if (!own) return undefined;
  const source = sources.get(text(entry.source) ?? '') ?? { source: entry.source };
  return { councilCode: code, publishes: true, ...offerFacts(source, publishes, text(entry.reason)) };
}

export function readBuildReport(value: Json & { councils: unknown[] }): CoverageReport {
  const sources = new Map<string, Json>();
  if (Array.isArray(value.sources))
    for (const source of value.sources) if (isRecord(source) && typeof source.source === 'string') sources.set(source.source, source);
  const councils: CouncilCoverage[] = [];
  for (const entry of value.councils) {
    if (!isRecord(entry) || !isCode(entry.code)) continue;
    const council = councilOf(entry, sources);
    if (council) councils.push(council);
  }
  const generated = text(value.generatedAt);
  return {
    reportVersion: text(value.reportVersion) ?? COVERAGE_REPORT_VERSION,
    generated: generated && ISO_DATE.test(generated.slice(0, 10)) ? generated.slice(0, 10) : '',
    staleAfterMonths: wholeNumber(value.staleAfterMonths) ?? 12,
    councils,
  };
}
