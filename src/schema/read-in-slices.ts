/**
 * Reading a very large offer without freezing the page. Validating 20,000 items in one go is one task of
 * about 270 ms on a laptop (longer on a phone), and nothing on the page answers meanwhile. A valid offer
 * reads here a slice of items per task, with the page given a turn in between; the result is the same as
 * readOffer's. A file with any problem at all is read again by readOffer, in one task, so that leaving out
 * its bad parts works exactly as it always does: such a file is rare, and then correctness wins.
 */
import * as z from 'zod/mini';
import { crossCheckOffer, type OfferCheckOptions } from './cross-checks.js';
import type { LenientResult } from './lenient.js';
import { EntitlementSchema, type Entitlement, type Offer } from './offer-schema.js';
import { parseJsonText, parseOffer, readOffer } from './parse.js';

/** Items per task: about 15 ms of validation each. */
export const SLICE = 1000;

const slice = z.array(EntitlementSchema);

/** Lets the page run: input, rendering, other elements. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function readOfferInSlices(input: unknown, options: OfferCheckOptions = {}): Promise<LenientResult<Offer>> {
  const items = input && typeof input === 'object' ? (input as { entitlements?: unknown }).entitlements : undefined;
  if (!Array.isArray(items) || items.length <= SLICE) return readOffer(input, options);
  const head = parseOffer({ ...(input as object), entitlements: [] }, options);
  if (!head.ok || head.issues.length) return readOffer(input, options);
  const entitlements: Entitlement[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    await nextTask();
    const result = slice.safeParse(items.slice(start, start + SLICE));
    if (!result.success) return readOffer(input, options);
    entitlements.push(...result.data);
  }
  await nextTask();
  const offer: Offer = { ...head.value, entitlements };
  const issues = crossCheckOffer(offer, options);
  if (issues.length) return readOffer(input, options);
  return { ok: true, value: offer, issues: [] };
}

export async function readOfferTextInSlices(text: string, options: OfferCheckOptions = {}): Promise<LenientResult<Offer>> {
  const json = parseJsonText(text);
  return json.ok ? readOfferInSlices(json.value, options) : json;
}

/** The reader of directories, for a directory the quick check says no to. */
export { readDirectory } from './parse.js';
