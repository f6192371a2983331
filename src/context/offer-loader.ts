/**
 * Fetches and reads offers and directories. One in-memory cache is shared by every element on the page,
 * so elements with the same `src` make one request, wait on it together, and recover together when one of
 * them asks again. A request nobody waits for any more is aborted, and the cache keeps only the most
 * recently used files. Failures are not cached, so Try again asks the network again.
 */
import type { Directory } from '../schema/directory-schema.js';
import type { ValidationIssue } from '../schema/issues.js';
import type { DroppedPart, LenientResult } from '../schema/lenient.js';
import type { Offer } from '../schema/offer-schema.js';
import { DEFAULT_TIMEOUT_MS, fetchWithTimeout } from '../net/fetch-with-timeout.js';

export { DEFAULT_TIMEOUT_MS };
import { diagnoseFailure } from './fetch-diagnosis.js';
import { OfferLoadError, toLoadError, type LoadedDocument } from './offer-load-error.js';
import { loadCode } from '../util/missing-code.js';

export interface Loaded<T> {
  readonly value: T;
  /** Problems that did not stop it loading, for the website team (logged to the console). */
  readonly warnings: readonly ValidationIssue[];
  /** Parts left out because they were not valid (the rest is shown). */
  readonly dropped: readonly DroppedPart[];
  /** Where it came from: the absolute URL, or "inline". */
  readonly source: string;
}

export interface LoadedOffer {
  readonly offer: Offer;
  readonly warnings: readonly ValidationIssue[];
  readonly dropped: readonly DroppedPart[];
  readonly source: string;
}

/** How many files the cache keeps: a page shows a handful; a script looping over addresses must not fill memory. */
export const CACHE_SIZE = 24;

interface Request<T> {
  readonly promise: Promise<Loaded<T>>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Request<unknown>>();

/** Told when an element asks the network again for a file, so every element showing it recovers together. */
const retries = new EventTarget();

function validated<T>(result: LenientResult<T>, source: string, document: LoadedDocument): Loaded<T> {
  if (result.ok) return { value: result.value, warnings: result.issues, dropped: result.dropped ?? [], source };
  const notJson = result.issues.length === 1 && result.issues[0]!.message.startsWith('The file is not valid JSON');
  const first = result.issues.find((issue) => issue.severity === 'error') ?? result.issues[0];
  throw new OfferLoadError(notJson ? 'not-json' : 'invalid', first ? `${first.path || '(root)'}: ${first.message}` : `Invalid ${document}`, {
    issues: result.issues,
    url: source,
    document,
  });
}

/** The body as text; bytes that are not UTF-8 are read as "�" and reported, not passed over in silence. */
async function readText(response: Response): Promise<{ text: string; notUtf8: boolean }> {
  const bytes = await response.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), notUtf8: true };
  }
}

async function fetchValidated<T>(
  url: string,
  timeoutMs: number,
  signal: AbortSignal,
  read: (text: string) => LenientResult<T> | Promise<LenientResult<T>>,
  document: LoadedDocument,
): Promise<Loaded<T>> {
  let body: { text: string; notUtf8: boolean };
  try {
    body = await fetchWithTimeout(url, { timeoutMs, signal }, async (response) => {
      if (!response.ok) throw new OfferLoadError('http', `${url} answered ${response.status}`, { status: response.status, url, document });
      return readText(response);
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    const error = toLoadError(cause, document);
    // A browser says only "failed" for a refused CORS read or a redirect loop: find out which, for the website team.
    if (error.kind === 'network') throw new OfferLoadError('network', error.message, { ...error.details, cause: await diagnoseFailure(url) });
    throw error;
  }
  const loaded = validated(await read(body.text), url, document);
  if (!body.notUtf8) return loaded;
  const note: ValidationIssue = { path: '', message: 'The file is not all UTF-8: some characters could not be read and show as "�"', severity: 'warning' };
  return { ...loaded, warnings: [note, ...loaded.warnings] };
}

/** The caller stops waiting when its signal aborts; the request goes on while anyone else waits for it. */
function waitFor<T>(key: string, request: Request<T>, signal: AbortSignal | undefined): Promise<Loaded<T>> {
  request.waiting++;
  const leave = () => {
    request.waiting--;
    if (request.waiting === 0 && !request.settled) {
      request.controller.abort(new DOMException('No element waits for this file any more', 'AbortError'));
      if (cache.get(key) === request) cache.delete(key);
    }
  };
  if (!signal) return request.promise.finally(leave);
  if (signal.aborted) {
    leave();
    return Promise.reject(signal.reason);
  }
  return new Promise<Loaded<T>>((resolve, reject) => {
    const onAbort = () => {
      leave();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(resolve, reject).finally(() => {
      if (!signal.aborted) {
        signal.removeEventListener('abort', onAbort);
        leave();
      }
    });
  });
}

/** Keeps the cache to CACHE_SIZE files, forgetting the least recently used settled ones. */
function remember(key: string, request: Request<unknown>): void {
  cache.delete(key);
  cache.set(key, request);
  for (const [oldKey, old] of cache) {
    if (cache.size <= CACHE_SIZE) break;
    if (old.settled) cache.delete(oldKey);
  }
}

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Skip the cache and ask the network again, as Try again does; other elements showing the file follow. */
  readonly reload?: boolean;
}

function loadCached<T>(
  document: LoadedDocument,
  src: string,
  read: (text: string) => LenientResult<T> | Promise<LenientResult<T>>,
  options: LoadOptions,
): Promise<Loaded<T>> {
  const url = new URL(src, globalThis.document.baseURI).href;
  const key = `${document} ${url}`;
  let request = (options.reload ? undefined : cache.get(key)) as Request<T> | undefined;
  if (request) {
    remember(key, request as Request<unknown>);
  } else {
    const controller = new AbortController();
    const promise = fetchValidated(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, controller.signal, read, document);
    const started: Request<T> = { promise, controller, waiting: 0, settled: false };
    request = started;
    remember(key, started as Request<unknown>);
    promise.then(
      () => (started.settled = true),
      () => {
        started.settled = true;
        if (cache.get(key) === started) cache.delete(key);
      },
    );
    if (options.reload) retries.dispatchEvent(new CustomEvent('retry', { detail: url }));
  }
  return waitFor(key, request, options.signal);
}

/**
 * Calls `listener` with the address whenever an element asks the network again for a file. Returns a
 * function that stops the calls.
 */
export function onRetry(listener: (url: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  retries.addEventListener('retry', handler);
  return () => retries.removeEventListener('retry', handler);
}

const asOffer = ({ value, warnings, dropped, source }: Loaded<Offer>): LoadedOffer => ({ offer: value, warnings, dropped, source });

/**
 * The reader (see quick-read.ts) is its own file, asked for when a file is: it arrives while the file
 * downloads, and the element's first render (its loading state) does not wait for it.
 */
const reader = () => loadCode(() => import('../schema/quick-read.js'));

/** Loads the offer at `src` (relative to the page), every valid part of it. Rejects with an OfferLoadError. */
export async function loadOffer(src: string, options: LoadOptions = {}): Promise<LoadedOffer> {
  const read = reader();
  read.catch(() => {}); // a failure is reported where it is awaited, for the file that needed it
  // Checked without zod when it is valid, and a slice at a time when it is very large.
  return asOffer(await loadCached('offer', src, async (text) => (await read).readOfferTextQuickly(text), options));
}

/** Loads a directory of offers, every valid listing of it. Rejects with an OfferLoadError. */
export async function loadDirectory(src: string, options: LoadOptions = {}): Promise<Loaded<Directory>> {
  const read = reader();
  read.catch(() => {});
  return loadCached('directory', src, async (text) => (await read).readDirectoryTextQuickly(text), options);
}

/** Reads an offer written into the page (inline JSON text, or an object set by script). */
export async function readInlineOffer(input: string | object): Promise<LoadedOffer> {
  const { readOfferObjectQuickly, readOfferTextQuickly } = await reader();
  return asOffer(validated(await (typeof input === 'string' ? readOfferTextQuickly(input) : readOfferObjectQuickly(input)), 'inline', 'offer'));
}

/** Forgets every cached file; for tests and for pages that know the files changed. */
export function clearOfferCache(): void {
  cache.clear();
}

/** How many files the cache holds now; for tests. */
export function cachedFileCount(): number {
  return cache.size;
}
