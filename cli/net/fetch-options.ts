/**
 * The options every command that fetches shares, so `directory build` and `convert --from oruk <URL>`
 * spell and check them the same way, with the same defaults.
 */
import { wholeNumberOption } from '../number-options.js';
import { DEFAULT_LIMITS, type FetchLimits } from './fetch-safely.js';

export const FETCH_OPTIONS = {
  timeout: { type: 'string' },
  retries: { type: 'string' },
  'retry-delay': { type: 'string' },
  'max-bytes': { type: 'string' },
  'max-redirects': { type: 'string' },
} as const;

export const FETCH_HELP = `  --timeout <ms>          time limit for each request and its body (default ${DEFAULT_LIMITS.timeoutMs})
  --retries <n>           tries again after a network error or a 5xx answer (default ${DEFAULT_LIMITS.retries})
  --retry-delay <ms>      pause before the first retry, doubled for each one after (default ${DEFAULT_LIMITS.backoffMs})
  --max-bytes <n>         the largest file read, in bytes (default ${DEFAULT_LIMITS.maxBytes})
  --max-redirects <n>     redirects followed for one request (default ${DEFAULT_LIMITS.maxRedirects})`;

type FetchValues = { readonly [K in keyof typeof FETCH_OPTIONS]?: string | undefined };

export function fetchLimits(values: FetchValues): FetchLimits {
  return {
    timeoutMs: wholeNumberOption(values.timeout, '--timeout', DEFAULT_LIMITS.timeoutMs, 1, 600_000),
    retries: wholeNumberOption(values.retries, '--retries', DEFAULT_LIMITS.retries, 0, 10),
    backoffMs: wholeNumberOption(values['retry-delay'], '--retry-delay', DEFAULT_LIMITS.backoffMs, 0, 60_000),
    maxBytes: wholeNumberOption(values['max-bytes'], '--max-bytes', DEFAULT_LIMITS.maxBytes, 1, 1024 * 1024 * 1024),
    maxRedirects: wholeNumberOption(values['max-redirects'], '--max-redirects', DEFAULT_LIMITS.maxRedirects, 0, 20),
  };
}
