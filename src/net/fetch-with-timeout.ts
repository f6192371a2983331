/**
 * The one way the library fetches: a time limit over the request and the reading of the body, the
 * caller's own abort signal honoured, no cookies sent, and failures named by what a person can do about
 * them (wait, reconnect, or tell the website team).
 */

export type FetchFailureKind = 'timeout' | 'offline' | 'network';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest delay a browser timer can hold: beyond it, setTimeout fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * A time limit a page gave (an attribute such as timeout="abc", "0" or "-1" included): a whole number of
 * milliseconds from 1 to the longest timer, or else the default. Anything else would fail every request
 * at once, or never.
 */
export function normaliseTimeout(value: unknown, fallback = DEFAULT_TIMEOUT_MS): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LONGEST_TIMER_MS ? value : fallback;
}

/** The request did not complete. `kind` says why, as far as a browser can tell. */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly kind: FetchFailureKind,
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  /** Milliseconds for the whole exchange: answer and body. */
  readonly timeoutMs: number;
  /** The caller no longer wants the answer: rejects with the signal's reason, not a FetchFailure. */
  readonly signal?: AbortSignal | undefined;
  readonly accept?: string;
}

/**
 * Fetches `url` and hands the response to `read` (which checks the status and reads the body) while the
 * time limit still runs. Rejects with a FetchFailure, the caller's abort reason, or what `read` throws.
 */
export async function fetchWithTimeout<T>(url: string, options: FetchOptions, read: (response: Response) => Promise<T>): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = normaliseTimeout(options.timeoutMs);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (what: string): unknown => {
    if (signal?.aborted) return signal.reason;
    if (timedOut) return new FetchFailure('timeout', url, `No answer from ${url} within ${timeoutMs} ms`);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return new FetchFailure('offline', url, 'The browser is offline');
    return new FetchFailure('network', url, `${what} ${url}`);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: options.accept ?? 'application/json' } });
    } catch {
      throw failure('Could not fetch');
    }
    try {
      return await read(response);
    } catch (cause) {
      // A body cut off by the timer, the caller or the network is a failed fetch; anything else is read's.
      if (cause instanceof DOMException || cause instanceof TypeError) throw failure('The download did not finish from');
      throw cause;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
