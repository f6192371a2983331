/**
 * Loads only the offers one place and one person need: from a directory, the offers of the council that
 * looked after them, the upper tier where they live and their district (a joint county offer that covers
 * the district counts). Councils with no offer are reported, not silently skipped.
 */
import { OfferLoadError } from '../../context/offer-load-error.js';
import { loadDirectory, loadOffer, type LoadedOffer } from '../../context/offer-loader.js';
import { councilByCode, type Council } from '../../places/council-registry.js';
import type { DirectoryEntry } from '../../schema/directory-schema.js';

export interface JoinedOfferLoad {
  readonly offers: readonly LoadedOffer[];
  /** Councils asked for that no offer in the directory covers. */
  readonly missing: readonly Council[];
  /** Offers listed in the directory that could not be loaded. */
  readonly failed: readonly { readonly entry: DirectoryEntry; readonly error: OfferLoadError }[];
}

export async function loadOffersFor(directoryUrl: string, councilCodes: readonly string[], options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<JoinedOfferLoad> {
  const directory = await loadDirectory(directoryUrl, options);
  const base = new URL(directory.source);
  const entries = new Map<string, DirectoryEntry>();
  const missing: Council[] = [];
  for (const code of new Set(councilCodes)) {
    const entry = directory.value.offers.find((e) => e.councilCode === code) ?? directory.value.offers.find((e) => e.covers?.includes(code));
    if (entry) entries.set(entry.councilCode, entry);
    else {
      const council = councilByCode(code);
      if (council) missing.push(council);
    }
  }
  const results = await Promise.allSettled([...entries.values()].map((entry) => loadOffer(new URL(entry.url, base).href, options)));
  const offers: LoadedOffer[] = [];
  const failed: { entry: DirectoryEntry; error: OfferLoadError }[] = [];
  results.forEach((result, i) => {
    const entry = [...entries.values()][i]!;
    if (result.status === 'fulfilled') offers.push(result.value);
    else if (options.signal?.aborted) throw result.reason;
    else failed.push({ entry, error: result.reason instanceof OfferLoadError ? result.reason : new OfferLoadError('network', String(result.reason)) });
  });
  return { offers, missing, failed };
}
