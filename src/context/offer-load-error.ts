import { FetchFailure } from '../net/fetch-with-timeout.js';
import type { ValidationIssue } from '../schema/issues.js';

/** Why an offer could not be shown. Only network-like failures are worth retrying. */
export type OfferLoadErrorKind = 'network' | 'offline' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'no-source';

export class OfferLoadError extends Error {
  override readonly name = 'OfferLoadError';

  constructor(
    readonly kind: OfferLoadErrorKind,
    message: string,
    readonly details: { readonly status?: number; readonly url?: string; readonly issues?: readonly ValidationIssue[] } = {},
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
export function toLoadError(error: unknown): OfferLoadError {
  if (error instanceof OfferLoadError) return error;
  if (error instanceof FetchFailure) return new OfferLoadError(error.kind, error.message, { url: error.url });
  return new OfferLoadError('network', error instanceof Error ? error.message : String(error));
}
