/**
 * Loads only the offers one place and one person need: the offers of the council that looked after them,
 * the upper tier where they live and their district (a joint county offer that covers the district
 * counts). The offers come from a directory, or from offers the page already has. Councils with no offer
 * are reported, not silently skipped.
 */
import type { OfferState } from '../../context/offer-context.js';
import { OfferLoadError, toLoadError } from '../../context/offer-load-error.js';
import { loadDirectory, loadOffer, readInlineOffer, type LoadedOffer } from '../../context/offer-loader.js';
import type { Localizer } from '../../i18n/localize.js';
import type { FinderResultKey } from '../../i18n/strings/finder-results.js';
import type { Offer } from '../../schema/offer-schema.js';
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
  /** Offers the directory lists for councils they do not cover: not shown for those councils. */
  readonly mismatched: readonly Mismatch[];
}

export interface Mismatch {
  /** Whose offer the file is. */
  readonly publisher: string;
  /** The councils the directory listed it for, that it does not cover. */
  readonly councils: readonly string[];
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

/** Whether an offer says it speaks for a council: it publishes it, or covers it. */
function speaksFor(offer: Offer, code: string): boolean {
  return offer.publisher.councilCode === code || (offer.covers ?? []).includes(code);
}

export async function loadOffersFor(listings: readonly OfferListing[], councilCodes: readonly string[], signal?: AbortSignal): Promise<JoinedOfferLoad> {
  const needed = new Map<string, { listing: OfferListing; codes: string[] }>();
  const missing: Council[] = [];
  for (const code of new Set(councilCodes)) {
    const listing = listings.find((l) => l.councilCode === code) ?? listings.find((l) => l.covers.includes(code));
    if (listing) {
      const entry = needed.get(listing.councilCode) ?? { listing, codes: [] };
      entry.codes.push(code);
      needed.set(listing.councilCode, entry);
    } else {
      const council = councilByCode(code);
      if (council) missing.push(council);
    }
  }
  const chosen = [...needed.values()];
  const results = await Promise.allSettled(chosen.map(({ listing }) => listing.load()));
  if (signal?.aborted) throw signal.reason;
  const offers: LoadedOffer[] = [];
  const failed: { name: string; error: OfferLoadError }[] = [];
  const mismatched: Mismatch[] = [];
  results.forEach((result, i) => {
    const { listing, codes } = chosen[i]!;
    if (result.status === 'rejected') {
      failed.push({ name: listing.name, error: toLoadError(result.reason) });
      return;
    }
    // A directory can be wrong: an offer listed for a council it does not cover is not shown as that council's.
    const wrong = codes.filter((code) => !speaksFor(result.value.offer, code));
    if (wrong.length) mismatched.push({ publisher: result.value.offer.publisher.name, councils: wrong.map((code) => councilByCode(code)?.name ?? code) });
    if (wrong.length < codes.length) offers.push(result.value);
  });
  return { offers, missing, failed, mismatched };
}

export interface FinderSources {
  readonly directory: string | undefined;
  readonly offers: readonly object[] | undefined;
  readonly provided: OfferState | undefined;
  readonly timeoutMs: number;
}

/**
 * The finder's offers for some councils, from wherever the page gives them: a directory, offers set by
 * script, or a surrounding <local-offer> (waited for while it loads). Rejects with an OfferLoadError.
 */
export async function loadFinderOffers(sources: FinderSources, councilCodes: readonly string[], signal: AbortSignal): Promise<JoinedOfferLoad> {
  const { directory, offers, provided, timeoutMs } = sources;
  const listings = directory
    ? await directoryListings(directory, { signal, timeoutMs })
    : offers
      ? loadedListings(await Promise.all(offers.map((offer) => readInlineOffer(offer))))
      : provided?.status === 'loaded'
        ? loadedListings([provided.loaded])
        : undefined;
  if (!listings) {
    if (provided?.status === 'error') throw provided.error;
    if (provided?.status === 'loading') return new Promise<JoinedOfferLoad>(() => {}); // the provider updates the finder when it is done
    throw new OfferLoadError('no-source', 'No directory, offers or surrounding <local-offer>');
  }
  return loadOffersFor(listings, councilCodes, signal);
}

/**
 * The finder's own words for a failure: with no source at all, what the website must set; and the
 * directory's failures worded as "the list of Local Offers", not as "the Local Offer file".
 */
export function explainFinderError(error: OfferLoadError, words: Localizer<FinderResultKey>): Partial<Record<OfferLoadError['kind'], string>> {
  const ofDirectory = error.details.document === 'directory';
  return {
    'no-source': words.t('errorNoDirectory'),
    ...(ofDirectory
      ? {
          invalid: words.t('errorDirectoryInvalid'),
          'not-json': words.t('errorDirectoryNotJson'),
          ...(error.retryable ? {} : { http: words.t('errorDirectoryNotFound', { status: error.details.status ?? '' }) }),
        }
      : {}),
  };
}
