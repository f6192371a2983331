/**
 * Looks a postcode up in a postcodes.io-compatible service — only one the embedding page configured, as a
 * URL template such as "https://api.postcodes.io/postcodes/{postcode}". The postcode is checked and
 * normalised with the `postcode` package first, so a typo never leaves the page.
 */
import { isValid, toNormalised } from 'postcode';
import { councilsForPostcode, type PostcodePlace, type PostcodesIoResult } from '../places/postcode-councils.js';
import { FetchFailure, fetchWithTimeout } from './fetch-with-timeout.js';

export type PostcodeLookupFailure = 'invalid' | 'not-found' | 'timeout' | 'unavailable';

export class PostcodeLookupError extends Error {
  override readonly name = 'PostcodeLookupError';
  constructor(
    readonly reason: PostcodeLookupFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The postcode in its standard form ("SW1A 2DD"), or undefined when it cannot be a UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const trimmed = input.trim();
  return isValid(trimmed) ? (toNormalised(trimmed) ?? undefined) : undefined;
}

export interface PostcodeLookupOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export async function lookupPostcode(input: string, urlTemplate: string, options: PostcodeLookupOptions = {}): Promise<PostcodePlace> {
  const postcode = normalisePostcode(input);
  if (!postcode) throw new PostcodeLookupError('invalid', `"${input}" is not a UK postcode`);
  const url = new URL(urlTemplate.replace('{postcode}', encodeURIComponent(postcode)), document.baseURI).href;
  let body: { result?: PostcodesIoResult };
  try {
    body = await fetchWithTimeout(url, { timeoutMs: options.timeoutMs ?? 8000, signal: options.signal }, async (response) => {
      if (response.status === 404) throw new PostcodeLookupError('not-found', `${postcode} was not found`);
      if (!response.ok) throw new PostcodeLookupError('unavailable', `${url} answered ${response.status}`);
      const text = await response.text();
      try {
        return JSON.parse(text) as { result?: PostcodesIoResult };
      } catch {
        throw new PostcodeLookupError('unavailable', `${url} did not answer in JSON`);
      }
    });
  } catch (cause) {
    if (cause instanceof FetchFailure) throw new PostcodeLookupError(cause.kind === 'timeout' ? 'timeout' : 'unavailable', cause.message);
    throw cause;
  }
  if (!body?.result || typeof body.result !== 'object') throw new PostcodeLookupError('unavailable', `${url} did not answer in postcodes.io's format`);
  return councilsForPostcode({ ...body.result, postcode: body.result.postcode ?? postcode });
}
