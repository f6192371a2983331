/**
 * Fetches and validates offers and directories. One in-memory cache is shared by every element on the
 * page, so two elements with the same `src` make one request; failures are not cached, so Retry asks again.
 */
import type { Directory } from '../schema/directory-schema.js';
import type { ParseResult, ValidationIssue } from '../schema/issues.js';
import type { Offer } from '../schema/offer-schema.js';
import { parseDirectoryText, parseOffer, parseOfferText } from '../schema/parse.js';
import { fetchWithTimeout } from '../net/fetch-with-timeout.js';
import { OfferLoadError, toLoadError } from './offer-load-error.js';

export interface Loaded<T> {
  readonly value: T;
  /** Problems that did not stop it loading, for the website team (logged to the console). */
  readonly warnings: readonly ValidationIssue[];
  /** Where it came from: the absolute URL, or "inline". */
  readonly source: string;
}

export interface LoadedOffer {
  readonly offer: Offer;
  readonly warnings: readonly ValidationIssue[];
  readonly source: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<Loaded<unknown>>>();

function validated<T>(result: ParseResult<T>, source: string): Loaded<T> {
  if (result.ok) return { value: result.value, warnings: result.issues, source };
  const notJson = result.issues.length === 1 && result.issues[0]!.message.startsWith('The file is not valid JSON');
  return invalid(notJson ? 'not-json' : 'invalid', result.issues, source);
}

function invalid(kind: 'not-json' | 'invalid', issues: readonly ValidationIssue[], url: string): never {
  const first = issues.find((issue) => issue.severity === 'error') ?? issues[0];
  throw new OfferLoadError(kind, first ? `${first.path || '(root)'}: ${first.message}` : 'Invalid offer', { issues, url });
}

async function fetchValidated<T>(url: string, timeoutMs: number, parse: (text: string) => ParseResult<T>): Promise<Loaded<T>> {
  let text: string;
  try {
    text = await fetchWithTimeout(url, { timeoutMs }, async (response) => {
      if (!response.ok) throw new OfferLoadError('http', `${url} answered ${response.status}`, { status: response.status, url });
      return response.text();
    });
  } catch (cause) {
    throw toLoadError(cause);
  }
  return validated(parse(text), url);
}

/** Rejects when the caller no longer wants the result; the shared request carries on for others. */
function abandonable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Skip the cache, as Retry does. */
  readonly reload?: boolean;
}

function loadCached<T>(kind: string, src: string, parse: (text: string) => ParseResult<T>, options: LoadOptions): Promise<Loaded<T>> {
  const url = new URL(src, document.baseURI).href;
  const key = `${kind} ${url}`;
  let request = (options.reload ? undefined : cache.get(key)) as Promise<Loaded<T>> | undefined;
  if (!request) {
    const started = fetchValidated(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, parse);
    request = started;
    cache.set(key, started);
    started.catch(() => {
      if (cache.get(key) === started) cache.delete(key);
    });
  }
  return abandonable(request, options.signal);
}

const asOffer = ({ value, warnings, source }: Loaded<Offer>): LoadedOffer => ({ offer: value, warnings, source });

/** Loads and validates the offer at `src` (relative to the page). Rejects with an OfferLoadError. */
export async function loadOffer(src: string, options: LoadOptions = {}): Promise<LoadedOffer> {
  return asOffer(await loadCached('offer', src, parseOfferText, options));
}

/** Loads and validates a directory of offers. Rejects with an OfferLoadError. */
export function loadDirectory(src: string, options: LoadOptions = {}): Promise<Loaded<Directory>> {
  return loadCached('directory', src, parseDirectoryText, options);
}

/** Validates an offer written into the page (inline JSON text, or an object set by script). */
export function readInlineOffer(input: string | object): LoadedOffer {
  return asOffer(validated(typeof input === 'string' ? parseOfferText(input) : parseOffer(input), 'inline'));
}

/** Forgets every cached offer; for tests and for pages that know the files changed. */
export function clearOfferCache(): void {
  cache.clear();
}
