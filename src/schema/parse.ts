/**
 * parseOffer / parseDirectory: untrusted JSON in, either the typed model or every issue found, each with a
 * JSON Pointer. They never throw, whatever they are given.
 */
import type * as z from 'zod/mini';
import { crossCheckDirectory, crossCheckOffer, type OfferCheckOptions } from './cross-checks.js';
import { DirectorySchema, type Directory } from './directory-schema.js';
import { parseJsonText } from './json-text.js';
import { error, fromPointer, hasErrors, type ParseResult, type ValidationIssue } from './issues.js';
import { OfferSchema, type Offer } from './offer-schema.js';
import { parseLeniently, type LenientResult, type LenientRules } from './lenient.js';
import { checkSchemaVersion } from './schema-version.js';
import { fromZodIssues } from './zod-issues.js';

export { parseJsonText };

function removeAt(root: unknown, pointer: string): void {
  const segments = fromPointer(pointer);
  const key = segments.pop();
  let node: unknown = root;
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  if (key !== undefined && node && typeof node === 'object') delete (node as Record<string, unknown>)[key];
}

/** The document's kind, for messages: "an offer", and "The offer could not be read". */
type Kind = 'offer' | 'directory';
const A_KIND: Record<Kind, string> = { offer: 'an offer', directory: 'a directory' };

function parseDocument<T>(schema: z.ZodMiniType<T>, kind: Kind, input: unknown, crossCheck: (value: T) => ValidationIssue[] = () => []): ParseResult<T> {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return {
        ok: false,
        issues: [
          error([], `The document must be a JSON object (${A_KIND[kind]}), not ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}`),
        ],
      };
    }
    const versionIssues = checkSchemaVersion(input as Record<string, unknown>);
    if (hasErrors(versionIssues)) return { ok: false, issues: versionIssues };

    const first = schema.safeParse(input);
    if (first.success) {
      const issues = [...versionIssues, ...crossCheck(first.data)];
      return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: first.data, issues };
    }
    const schemaIssues = fromZodIssues(first.error.issues, input);
    const issues = [...versionIssues, ...schemaIssues];
    if (hasErrors(schemaIssues)) return { ok: false, issues };

    // Only unknown properties: newer files must still load, so drop them and read what we know.
    const known = structuredClone(input);
    for (const issue of schemaIssues) removeAt(known, issue.path);
    const second = schema.safeParse(known);
    if (!second.success) return { ok: false, issues: [...issues, ...fromZodIssues(second.error.issues, known)] };
    const all = [...issues, ...crossCheck(second.data)];
    return hasErrors(all) ? { ok: false, issues: all } : { ok: true, value: second.data, issues: all };
  } catch (cause) {
    // Input we cannot even walk (a getter that throws, a cycle, stack exhaustion) is still just a bad file.
    return { ok: false, issues: [error([], `The ${kind} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`)] };
  }
}

/** Validates an offer document that has already been parsed from JSON. */
export function parseOffer(input: unknown, options: OfferCheckOptions = {}): ParseResult<Offer> {
  return parseDocument(OfferSchema, 'offer', input, (offer) => crossCheckOffer(offer, options));
}

/** Validates a directory document that has already been parsed from JSON. */
export function parseDirectory(input: unknown): ParseResult<Directory> {
  return parseDocument(DirectorySchema, 'directory', input, crossCheckDirectory);
}

export function parseOfferText(text: string, options: OfferCheckOptions = {}): ParseResult<Offer> {
  const json = parseJsonText(text);
  return json.ok ? parseOffer(json.value, options) : json;
}

export function parseDirectoryText(text: string): ParseResult<Directory> {
  const json = parseJsonText(text);
  return json.ok ? parseDirectory(json.value) : json;
}

/**
 * How the elements read offers: a bad entitlement, contact or provider is left out, and so is a bad
 * optional part of one (a link, a website, opening hours); eligibility is never dropped, since an item
 * without its rules would seem to be for everyone.
 */
const OFFER_READING: LenientRules = {
  lists: { entitlements: 100_000, contacts: 1000, providers: 1000 },
  optionalLists: { entitlements: ['links', 'evidence', 'tags', 'deliveredBy', 'fundedBy'], contacts: ['languages'] },
  optionalProperties: {
    entitlements: ['details', 'tags', 'nationalEntitlement', 'value', 'howToClaim', 'evidence', 'links', 'contactId'],
    contacts: ['providerId', 'phone', 'sms', 'email', 'website', 'address', 'openingHours', 'languages', 'notes'],
    providers: ['councilCode', 'tier', 'website', 'partOf'],
  },
};

/** How the elements read directories: a bad listing is left out, and the rest are used. */
const DIRECTORY_READING: LenientRules = {
  lists: { offers: 1000 },
  optionalLists: {},
  optionalProperties: { offers: ['covers'] },
};

/** An offer as the elements read it: every valid part kept, each part left out reported (see lenient.ts). */
export function readOffer(input: unknown, options: OfferCheckOptions = {}): LenientResult<Offer> {
  return parseLeniently((document) => parseOffer(document, options), input, OFFER_READING);
}

/** A directory as the elements read it: every valid listing kept. */
export function readDirectory(input: unknown): LenientResult<Directory> {
  return parseLeniently(parseDirectory, input, DIRECTORY_READING);
}

export function readOfferText(text: string, options: OfferCheckOptions = {}): LenientResult<Offer> {
  const json = parseJsonText(text);
  return json.ok ? readOffer(json.value, options) : json;
}

export function readDirectoryText(text: string): LenientResult<Directory> {
  const json = parseJsonText(text);
  return json.ok ? readDirectory(json.value) : json;
}
