/**
 * How the command-line tools fetch a file from a council's server: offers and service directories are
 * untrusted, and a daily job must finish whatever one server does. So every exchange has a time limit over
 * the answer and its body, a body larger than the limit is abandoned while it streams, redirects are
 * followed by hand (a limited number, never in a loop, only to http: and https:), network failures and
 * server errors (5xx) are tried again after a growing pause, and with a cache each address is asked
 * "has it changed?" (If-None-Match / If-Modified-Since) and a 304 reuses the saved body.
 */
import type { CachedAnswer, HttpCache } from './http-cache.js';

export interface FetchLimits {
  /** Milliseconds for one exchange: the answer and its whole body. */
  readonly timeoutMs: number;
  /** The most bytes a body may have. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** How many times a failed request is tried again (network errors and 5xx only). */
  readonly retries: number;
  /** The pause before the first retry; it doubles for each one after. */
  readonly backoffMs: number;
}

export const DEFAULT_LIMITS: FetchLimits = Object.freeze({ timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, retries: 2, backoffMs: 500 });

/** Why a fetch failed: `http` a status that is not 200, the rest as they say. */
export type FetchProblem = 'http' | 'timeout' | 'network' | 'too-large' | 'redirect';

export type Fetched =
  | {
      readonly ok: true;
      /** The address the body came from, after redirects. */
      readonly url: string;
      readonly body: Uint8Array;
      readonly contentType: string | undefined;
      /** True when the server answered 304 and the saved body was used. */
      readonly notModified: boolean;
      readonly attempts: number;
    }
  | {
      readonly ok: false;
      readonly problem: FetchProblem;
      /** In a few plain words, such as "HTTP 404 Not Found" or "no answer within 15000 ms". */
      readonly reason: string;
      readonly status?: number;
      readonly attempts: number;
    };

type Failure = Extract<Fetched, { ok: false }>;
type Exchange =
  | { readonly failure: Omit<Failure, 'attempts'>; readonly retry: boolean }
  | { readonly response: Response; readonly body: Uint8Array; /** The saved answer a 304 points to. */ readonly saved?: CachedAnswer };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'local-offer-elements (https://www.npmjs.com/package/local-offer-elements)';

/** What a failed connection's error code means, for a person reading the report. */
const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  UND_ERR_SOCKET: 'the connection closed before the answer was complete',
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate cannot be verified",
};

function networkReason(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = inner?.code ?? (cause as { code?: string } | undefined)?.code;
  if (code && NETWORK_WORDS[code]) return NETWORK_WORDS[code];
  return code ? `the connection failed (${code})` : `the connection failed${inner?.message ? ` (${inner.message})` : ''}`;
}

class TooLarge extends Error {}

/** Reads a body while counting it, and gives up (cancelling the download) at `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** One request and its body, within the time limit. Bodies of redirects and errors are not read. */
async function exchange(url: string, headers: Record<string, string>, limits: FetchLimits): Promise<Exchange> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const failed = (cause: unknown): Exchange => {
    if (timedOut) return { failure: { ok: false, problem: 'timeout', reason: `no complete answer within ${limits.timeoutMs} ms` }, retry: true };
    if (cause instanceof TooLarge)
      return { failure: { ok: false, problem: 'too-large', reason: `the file is larger than the limit of ${limits.maxBytes} bytes` }, retry: false };
    return { failure: { ok: false, problem: 'network', reason: networkReason(cause) }, retry: true };
  };
  try {
    const response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { 'user-agent': USER_AGENT, ...headers } });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { response, body: new Uint8Array() };
    }
    return { response, body: await readLimited(response, limits.maxBytes) };
  } catch (cause) {
    return failed(cause);
  } finally {
    clearTimeout(timer);
  }
}

function isWebAddress(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** Follows redirects from `start` to an answer: a body, a saved body (304), or why there is none. */
async function follow(start: string, limits: FetchLimits, cache: HttpCache | undefined, accept: string): Promise<Exchange & { url: string }> {
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    seen.add(url);
    const saved = await cache?.get(url);
    const conditional: Record<string, string> = {};
    if (saved?.etag) conditional['if-none-match'] = saved.etag;
    if (saved?.lastModified) conditional['if-modified-since'] = saved.lastModified;
    const result = await exchange(url, { accept, ...conditional }, limits);
    if ('failure' in result) return { ...result, url };
    const { response } = result;
    if (response.status === 304 && saved) return { response, body: saved.body, saved, url };
    if (!REDIRECTS.has(response.status)) return { ...result, url };
    const location = response.headers.get('location');
    const fail = (reason: string) => ({ failure: { ok: false as const, problem: 'redirect' as const, reason, status: response.status }, retry: false, url });
    if (!location) return fail(`HTTP ${response.status} redirect with no Location`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return fail(`HTTP ${response.status} redirect to an address that is not valid: ${JSON.stringify(location)}`);
    }
    if (!isWebAddress(next)) return fail(`HTTP ${response.status} redirect to ${next.protocol} (only http: and https: are followed)`);
    // A file that came over plain http could have been changed on the way, and elements on an https page
    // could not load it (mixed content): once on https, a redirect must stay there.
    if (new URL(url).protocol === 'https:' && next.protocol === 'http:') {
      return fail(`HTTP ${response.status} redirect from https to http (not followed): ${next.href}`);
    }
    next.hash = '';
    if (seen.has(next.href)) return fail(`a redirect loop: ${url} redirects to ${next.href}, an address already visited`);
    if (hop + 1 > limits.maxRedirects) return fail(`more than ${limits.maxRedirects} redirects`);
    url = next.href;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches `url` within `limits`, asking the cache first. Resolves to the body or to why there is none; it
 * never rejects for anything a server or the network does.
 */
export async function fetchSafely(url: string, limits: FetchLimits, cache?: HttpCache, accept = 'application/json'): Promise<Fetched> {
  for (let attempt = 1; ; attempt++) {
    const result = await follow(url, limits, cache, accept);
    let failure: Omit<Failure, 'attempts'>;
    let retry: boolean;
    if ('failure' in result) {
      ({ failure, retry } = result);
    } else {
      const { response, body, saved } = result;
      const status = response.status;
      if (status === 200 || saved) {
        const contentType = saved ? saved.contentType : (response.headers.get('content-type') ?? undefined);
        if (!saved) {
          const etag = response.headers.get('etag') ?? undefined;
          const lastModified = response.headers.get('last-modified') ?? undefined;
          await cache
            ?.put({ url: result.url, body, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(contentType ? { contentType } : {}) })
            .catch(() => undefined);
        }
        return { ok: true, url: result.url, body, contentType, notModified: !!saved, attempts: attempt };
      }
      failure = { ok: false, problem: 'http', reason: `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, status };
      retry = status >= 500;
    }
    if (!retry || attempt > limits.retries) return { ...failure, attempts: attempt };
    await pause(limits.backoffMs * 2 ** (attempt - 1));
  }
}
