/**
 * After a fetch fails with the browser's bare "failed", asks the address again in two ways that show why,
 * for the website team: with redirects not followed (a redirect answers, so the chain was the problem),
 * then without CORS (an opaque answer, so the server answered but did not allow this site to read it).
 * Only ever the same address, only after a failure, and never with cookies.
 */
import type { NetworkCause } from './offer-load-error.js';

const DIAGNOSIS_TIMEOUT_MS = 5000;

async function attempt(url: string, init: RequestInit): Promise<Response | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DIAGNOSIS_TIMEOUT_MS);
  try {
    return await fetch(url, { ...init, credentials: 'omit', cache: 'no-store', signal: controller.signal });
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export async function diagnoseFailure(url: string): Promise<NetworkCause> {
  const manual = await attempt(url, { redirect: 'manual' });
  if (manual?.type === 'opaqueredirect') return 'redirect';
  const opaque = await attempt(url, { mode: 'no-cors' });
  return opaque ? 'cors' : 'unreachable';
}
