import { FetchFailure } from '../net/fetch-with-timeout.js';
import { MissingCodeError } from '../util/missing-code.js';
import type { ValidationIssue } from '../schema/issues.js';

/** Why an offer could not be shown. Only network-like failures are worth retrying. */
export type OfferLoadErrorKind = 'network' | 'offline' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'no-source' | 'missing-code';

/** Which file failed: an offer, or the directory that lists offers (its errors are worded as its own). */
export type LoadedDocument = 'offer' | 'directory';

/**
 * What the browser's "failed to fetch" was, found by asking again in ways that succeed where the first
 * did not: the address redirects (in a loop, or too many times), the server answers but does not allow
 * other sites to read it (CORS), or nothing answers at all.
 */
export type NetworkCause = 'redirect' | 'cors' | 'unreachable';

export interface OfferLoadErrorDetails {
  readonly status?: number;
  readonly url?: string;
  readonly issues?: readonly ValidationIssue[];
  readonly document?: LoadedDocument;
  readonly cause?: NetworkCause;
}

export class OfferLoadError extends Error {
  override readonly name = 'OfferLoadError';

  constructor(
    readonly kind: OfferLoadErrorKind,
    message: string,
    readonly details: OfferLoadErrorDetails = {},
  ) {
    super(message);
  }

  /** Worth trying again: the network, a timeout or a server error — not a missing file or a bad one. */
  get retryable(): boolean {
    if (this.kind === 'http') return this.details.status !== 404 && this.details.status !== 410;
    return this.kind === 'network' || this.kind === 'offline' || this.kind === 'timeout';
  }
}

/**
 * Any failure as an OfferLoadError: a failed fetch keeps its kind (timeout, offline, network); anything
 * else the library did not expect is reported as a network problem, the one a person can retry.
 */
export function toLoadError(error: unknown, document?: LoadedDocument): OfferLoadError {
  if (error instanceof OfferLoadError) return error;
  const where = document ? { document } : {};
  if (error instanceof FetchFailure) return new OfferLoadError(error.kind, error.message, { url: error.url, ...where });
  if (error instanceof MissingCodeError) {
    const kind = error.failure === 'missing' ? 'missing-code' : error.failure;
    return new OfferLoadError(kind, error.message, { ...(error.url ? { url: error.url } : {}), ...where });
  }
  return new OfferLoadError('network', error instanceof Error ? error.message : String(error), where);
}
