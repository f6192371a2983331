/**
 * Looks a postcode up in a postcodes.io-compatible service — only one the embedding page configured, as a
 * URL template such as "https://api.postcodes.io/postcodes/{postcode}". The postcode is checked and
 * normalised with the `postcode` package first, so a typo never leaves the page.
 */
import { isValid, toNormalised } from 'postcode';
import { councilsForPostcode, type PostcodePlace, type PostcodesIoResult } from './postcode-councils.js';

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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 8000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new PostcodeLookupError(controller.signal.aborted ? 'timeout' : 'unavailable', `No answer from ${url}`);
    }
    if (response.status === 404) throw new PostcodeLookupError('not-found', `${postcode} was not found`);
    if (!response.ok) throw new PostcodeLookupError('unavailable', `${url} answered ${response.status}`);
    let body: { result?: PostcodesIoResult };
    try {
      body = await response.json();
    } catch {
      throw new PostcodeLookupError('unavailable', `${url} did not answer in JSON`);
    }
    if (!body?.result || typeof body.result !== 'object') throw new PostcodeLookupError('unavailable', `${url} did not answer in postcodes.io's format`);
    return councilsForPostcode({ ...body.result, postcode: body.result.postcode ?? postcode });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
