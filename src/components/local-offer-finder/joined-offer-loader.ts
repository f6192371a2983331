/**
 * Loads only the offers one place and one person need: the offers of the council that looked after them,
 * the upper tier where they live and their district (a joint county offer that covers the district
 * counts). The offers come from a directory, or from offers the page already has. Councils with no offer
 * are reported, not silently skipped.
 */
import { toLoadError, type OfferLoadError } from '../../context/offer-load-error.js';
import { loadDirectory, loadOffer, type LoadedOffer } from '../../context/offer-loader.js';
import { councilByCode, type Council } from '../../places/council-registry.js';

/** One offer that could be loaded, and the councils it speaks for. */
export interface OfferListing {
  readonly councilCode: string;
  readonly covers: readonly string[];
  readonly name: string;
  load(): Promise<LoadedOffer>;
}

export interface JoinedOfferLoad {
  readonly offers: readonly LoadedOffer[];
  /** Councils asked for that no listed offer covers. */
  readonly missing: readonly Council[];
  /** Listed offers that could not be loaded. */
  readonly failed: readonly { readonly name: string; readonly error: OfferLoadError }[];
}

interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** The offers a directory lists; each is fetched only if it is needed. */
export async function directoryListings(directoryUrl: string, options: LoadOptions = {}): Promise<OfferListing[]> {
  const directory = await loadDirectory(directoryUrl, options);
  const base = new URL(directory.source);
  return directory.value.offers.map((entry) => ({
    councilCode: entry.councilCode,
    covers: entry.covers ?? [],
    name: entry.name,
    load: () => loadOffer(new URL(entry.url, base).href, options),
  }));
}

/** Offers the page already has (a surrounding <local-offer>, or the finder's `offers` property). */
export function loadedListings(offers: readonly LoadedOffer[]): OfferListing[] {
  return offers
    .filter((loaded) => loaded.offer.publisher.councilCode)
    .map((loaded) => ({
      councilCode: loaded.offer.publisher.councilCode!,
      covers: loaded.offer.covers ?? [],
      name: loaded.offer.publisher.name,
      load: () => Promise.resolve(loaded),
    }));
}

export async function loadOffersFor(listings: readonly OfferListing[], councilCodes: readonly string[], signal?: AbortSignal): Promise<JoinedOfferLoad> {
  const needed = new Map<string, OfferListing>();
  const missing: Council[] = [];
  for (const code of new Set(councilCodes)) {
    const listing = listings.find((l) => l.councilCode === code) ?? listings.find((l) => l.covers.includes(code));
    if (listing) needed.set(listing.councilCode, listing);
    else {
      const council = councilByCode(code);
      if (council) missing.push(council);
    }
  }
  const chosen = [...needed.values()];
  const results = await Promise.allSettled(chosen.map((listing) => listing.load()));
  if (signal?.aborted) throw signal.reason;
  const offers: LoadedOffer[] = [];
  const failed: { name: string; error: OfferLoadError }[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') offers.push(result.value);
    else
      failed.push({
        name: chosen[i]!.name,
        error: toLoadError(result.reason),
      });
  });
  return { offers, missing, failed };
}
