/**
 * Validates the text of an offer or directory file and locates every issue by line and column, for the
 * command line and the publisher playground alike. No Node or DOM APIs, so both can use it.
 *
 * Beyond the schema's own messages it adds what helps a publisher put things right (see publisher-hints.ts).
 * Those hints live here, not in src/schema, because the elements never show them and browsers need not
 * download them.
 */
import { NATIONAL_ENTITLEMENT_IDS } from '../entitlements/national-catalogue.js';
import { fromPointer, type ValidationIssue } from '../schema/issues.js';
import { parseDirectory, parseJsonText, parseOffer } from '../schema/parse.js';
import { nationalAmountHints } from './amount-hints.js';
import { withHint } from './publisher-hints.js';
import { crossChecksDespiteErrors } from './recover-cross-checks.js';
import { SourceText } from './source-locations.js';

export interface LocatedIssue extends ValidationIssue {
  readonly line: number;
  readonly column: number;
}

export interface SourceReport {
  readonly kind: 'offer' | 'directory';
  readonly valid: boolean;
  readonly issues: readonly LocatedIssue[];
  /** The parsed document when it is valid JSON, even if it breaks the schema. */
  readonly document?: unknown;
}

/** Directories are recognised by their list of offers; everything else is checked as an offer. */
function looksLikeDirectory(value: unknown): boolean {
  return (
    !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as Record<string, unknown>).offers) && !('entitlements' in value)
  );
}

export function validateSource(raw: string): SourceReport {
  const source = new SourceText(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  const json = parseJsonText(raw);
  if (!json.ok) {
    const syntax = source.text.trim() === '' ? undefined : source.firstSyntaxError();
    const issue = json.issues[0]!;
    const message = !syntax ? issue.message : `The file is not valid JSON${syntax.plain ? '. ' : ': '}${syntax.message}`;
    return { kind: 'offer', valid: false, issues: [{ ...issue, message, ...(syntax?.position ?? { line: 1, column: 1 }) }] };
  }
  const kind = looksLikeDirectory(json.value) ? 'directory' : 'offer';
  const result = kind === 'directory' ? parseDirectory(json.value) : parseOffer(json.value, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
  const more = result.ok ? [] : crossChecksDespiteErrors(kind, json.value, result.issues);
  const amounts = kind === 'offer' ? nationalAmountHints(json.value) : [];
  const duplicates = source.duplicateKeys().map(({ pointer, position }): LocatedIssue => {
    const key = fromPointer(pointer).pop()!;
    return { path: pointer, message: `"${key}" is written twice in the same object: only the last one is read`, severity: 'warning', ...position };
  });
  const located = [...result.issues, ...more, ...amounts].map((issue) => ({ ...withHint(kind, json.value, issue), ...source.locate(issue.path) }));
  return { kind, valid: result.ok, issues: [...located, ...duplicates], document: json.value };
}
