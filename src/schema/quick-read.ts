/**
 * How the elements read offers and directories. Nearly every file is valid, so the browser first asks the
 * quick check (quick-check.ts), which needs no zod; a file it says yes to is exactly what zod would return,
 * with nothing to report. Anything else (a bad item, an unknown property, text to tidy, a newer minor
 * version) is read by the full zod reader, which is loaded only then, and gives the same located messages
 * and leaves out bad parts as it always has. A very large offer is checked a slice of items per task, so
 * the page never freezes.
 */
import { crossCheckDirectory, crossCheckOfferStructure, type OfferCheckOptions } from './cross-checks.js';
import type { Directory } from './directory-schema.js';
import { DIRECTORY, ENTITLEMENTS, OFFER_HEAD } from './generated/quick-check-schemas.js';
import { parseJsonText } from './json-text.js';
import type { LenientResult } from './lenient.js';
import type { Offer } from './offer-schema.js';
import { compile, type QuickCheck } from './quick-check.js';
import { checkSchemaVersion } from './schema-version.js';
import { loadCode } from '../util/missing-code.js';

/** Items per task: a few milliseconds of checking each on a phone. */
export const QUICK_SLICE = 5000;

let checks: { readonly head: QuickCheck; readonly items: QuickCheck; readonly directory: QuickCheck } | undefined;

/** Compiled when first needed, so a page that never shows an offer does not pay for it. */
const quickChecks = () =>
  (checks ??= {
    // An offer's text is checked for HTML as it is read, so its cross-checks need not walk every string again.
    head: compile(OFFER_HEAD, { plainText: true }),
    items: compile(ENTITLEMENTS, { plainText: true }),
    directory: compile(DIRECTORY),
  });

/** Lets the page run: input, rendering, other elements. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The full reader, with zod and every message: loaded only for a file the quick check says no to. */
const fullReader = () => loadCode(() => import('./read-in-slices.js'));

/** The offer without its items passes, in a version this library reads without a note. */
function isCleanHead(input: unknown): input is Record<string, unknown> & { entitlements: unknown[] } {
  return quickChecks().head(input) && checkSchemaVersion(input as Record<string, unknown>).length === 0;
}

/**
 * True when zod would accept the offer exactly as it is, with nothing to report: parseOffer's value would
 * equal the input and its issues be empty (quick-check.property.test.ts holds the two together).
 */
export function isCleanOffer(input: unknown, options: OfferCheckOptions = {}): boolean {
  return isCleanHead(input) && quickChecks().items(input.entitlements) && crossCheckOfferStructure(input as unknown as Offer, options).length === 0;
}

/** isCleanOffer, a slice of items per task for a very large offer (the head is checked once). */
async function isCleanOfferInSlices(input: unknown, options: OfferCheckOptions): Promise<boolean> {
  if (!isCleanHead(input)) return false;
  const list = input.entitlements;
  const sliced = list.length > QUICK_SLICE;
  for (let start = 0; start < list.length; start += QUICK_SLICE) {
    if (sliced) await nextTask();
    if (!quickChecks().items(sliced ? list.slice(start, start + QUICK_SLICE) : list)) return false;
  }
  if (sliced) await nextTask();
  return crossCheckOfferStructure(input as unknown as Offer, options).length === 0;
}

/** True when zod would accept the directory exactly as it is, with nothing to report. */
export function isCleanDirectory(input: unknown): boolean {
  return (
    quickChecks().directory(input) && checkSchemaVersion(input as Record<string, unknown>).length === 0 && crossCheckDirectory(input as Directory).length === 0
  );
}

/** Reads an offer (parsed from JSON, or made by script) as readOffer in parse.ts does: every valid part kept. */
export async function readOfferQuickly(input: unknown, options: OfferCheckOptions = {}): Promise<LenientResult<Offer>> {
  if (await isCleanOfferInSlices(input, options)) return { ok: true, value: input as Offer, issues: [] };
  return (await fullReader()).readOfferInSlices(input, options);
}

export async function readOfferTextQuickly(text: string, options: OfferCheckOptions = {}): Promise<LenientResult<Offer>> {
  const json = parseJsonText(text);
  return json.ok ? readOfferQuickly(json.value, options) : json;
}

/**
 * Reads an object a page's script set: a copy, so that a later change to the page's object can never reach
 * the elements unchecked, and so that getters and class instances read as plain data.
 */
export async function readOfferObjectQuickly(input: object): Promise<LenientResult<Offer>> {
  let copy: unknown;
  try {
    copy = structuredClone(input);
  } catch {
    copy = input; // the full reader says what is wrong with it
  }
  return readOfferQuickly(copy);
}

/** Reads a directory as readDirectory in parse.ts does: every valid listing kept. */
export async function readDirectoryTextQuickly(text: string): Promise<LenientResult<Directory>> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (isCleanDirectory(json.value)) return { ok: true, value: json.value as Directory, issues: [] };
  return (await fullReader()).readDirectory(json.value);
}
