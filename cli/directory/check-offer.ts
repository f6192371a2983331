/**
 * What one source turned out to be once read: a valid offer (with what the directory and the report need
 * from it), or not an offer, with the validator's first errors. The check is `local-offer validate`'s own,
 * so the directory lists exactly the files a publisher would see pass.
 */
import { relative, sep } from 'node:path';
import { isStale } from '../../src/model/staleness.js';
import { councilByCode } from '../../src/places/council-registry.js';
import { validateSource } from '../../src/publishing/validate-source.js';
import type { SourceIssue, SourceResult } from '../../src/schema/coverage-report-schema.js';
import type { DirectoryEntry, Offer } from '../../src/schema/index.js';
import type { Source } from './sources.js';
import { itemsByAreaOf, keyAmountsOf } from './key-amounts.js';

/** How many of an invalid offer's errors the report lists: enough to start on, not a second validator. */
const FIRST_ERRORS = 5;

export interface ReadFacts {
  readonly bytes: number;
  readonly contentType?: string | undefined;
  readonly attempts?: number;
  readonly notModified?: boolean;
}

export interface CheckContext {
  readonly now: Date;
  readonly staleAfterMonths: number;
  /** The folder the directory is written to, so a file's address in it is relative to the directory. */
  readonly directoryFolder: string;
}

export interface CheckedSource {
  readonly result: SourceResult;
  /** The directory's entry, for a valid offer. */
  readonly entry?: DirectoryEntry;
}

function baseResult(source: Source, facts: ReadFacts): SourceResult {
  return {
    source: source.name,
    kind: source.kind,
    status: 'invalid',
    ...(source.councilCode ? { councilCode: source.councilCode } : {}),
    ...(facts.attempts !== undefined ? { attempts: facts.attempts } : {}),
    ...(facts.notModified ? { notModified: true } : {}),
    bytes: facts.bytes,
  };
}

function invalid(source: Source, facts: ReadFacts, message: string, more: Partial<SourceResult> = {}): CheckedSource {
  return { result: { ...baseResult(source, facts), ...more, status: 'invalid', reason: message, errors: [{ path: '', message }] } };
}

/** An HTML page where an offer should be: a web page's address instead of the file's, or a login or error page. */
function looksLikeHtmlPage(text: string, contentType: string | undefined): boolean {
  return /\bhtml\b/i.test(contentType ?? '') || /^\s*</.test(text);
}

/** The publisher's council code in a document that may break the schema anywhere, when it names a council. */
function publisherCodeIn(document: unknown): string | undefined {
  const publisher = (document as { publisher?: { councilCode?: unknown } } | undefined)?.publisher;
  return typeof publisher?.councilCode === 'string' ? councilByCode(publisher.councilCode)?.code : undefined;
}

function directoryUrl(source: Source, folder: string): string {
  if (source.kind === 'url') return source.location;
  return relative(folder, source.location).split(sep).join('/');
}

export function checkOffer(source: Source, text: string, facts: ReadFacts, context: CheckContext): CheckedSource {
  if (looksLikeHtmlPage(text, facts.contentType))
    return invalid(
      source,
      facts,
      `an HTML page${facts.contentType ? ` (${facts.contentType.split(';')[0]})` : ''}, not an offer's JSON: give the address of the .json file itself`,
    );
  const report = validateSource(text);
  if (report.kind === 'directory') return invalid(source, facts, 'a directory of offers, not an offer: list the offers it names instead');
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const counts = { errorCount: errors.length, warningCount: report.issues.length - errors.length };
  if (!report.valid) {
    const first: SourceIssue[] = errors.slice(0, FIRST_ERRORS).map(({ path, message, line, column }) => ({ path, message, line, column }));
    const reason = first[0] ? `${first[0].path || '(root)'}: ${first[0].message}` : 'not a valid offer';
    // A broken offer still says whose it is, so the report can show that council's offer as broken.
    const councilCode = source.councilCode ?? publisherCodeIn(report.document);
    return { result: { ...baseResult(source, facts), ...counts, status: 'invalid', reason, errors: first, ...(councilCode ? { councilCode } : {}) } };
  }
  const offer = report.document as Offer;
  const published = offer.publisher.councilCode;
  const more = { ...counts, offerId: offer.id, publisher: offer.publisher.name, lastReviewed: offer.lastReviewed };
  if (published && source.councilCode && published !== source.councilCode)
    return invalid(source, facts, `the list says it is the offer of ${source.councilCode}, but its publisher.councilCode is ${published}`, more);
  const councilCode = published ?? source.councilCode;
  if (!councilCode)
    return invalid(source, facts, "no council: the offer's publisher has no councilCode and the list gives none (add the GSS code after it in the list)", more);
  const result: SourceResult = {
    ...baseResult(source, facts),
    ...more,
    status: 'valid',
    councilCode,
    ...(offer.covers ? { covers: offer.covers } : {}),
    stale: isStale(offer.lastReviewed, context.now, context.staleAfterMonths),
    items: offer.entitlements.length,
    itemsByArea: itemsByAreaOf(offer),
    keyAmounts: keyAmountsOf(offer, councilCode),
  };
  const others = (offer.covers ?? []).filter((code) => code !== councilCode);
  if (others.length > 0) result.coveredKeyAmounts = Object.fromEntries(others.map((code) => [code, keyAmountsOf(offer, code)]));
  const entry: DirectoryEntry = {
    councilCode,
    name: offer.publisher.name,
    url: directoryUrl(source, context.directoryFolder),
    ...(others.length > 0 ? { covers: others } : {}),
  };
  return { result, entry };
}
