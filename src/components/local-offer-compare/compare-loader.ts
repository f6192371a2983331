/**
 * Loads only the offers a comparison needs: for each council, the offer the directory lists for it, or the
 * joint offer that covers it. A council with none is said to have none; an offer that cannot be loaded is
 * said to have failed; neither stops the others from showing.
 */
import { OfferLoadError, toLoadError } from '../../context/offer-load-error.js';
import { readInlineOffer, type LoadedOffer } from '../../context/offer-loader.js';
import { directoryListings, loadedListings, type OfferListing } from '../local-offer-finder/joined-offer-loader.js';

export interface LoadedColumn {
  readonly code: string;
  /** The offer shown for the council; absent when the directory has none, or it failed to load. */
  readonly loaded?: LoadedOffer;
  /** The council whose offer it is, when that is another council's (a joint county offer). */
  readonly via?: string;
  readonly error?: OfferLoadError;
}

export interface CompareSources {
  readonly directory: string | undefined;
  readonly offers: readonly object[] | undefined;
  readonly timeoutMs: number;
}

export async function loadComparison(sources: CompareSources, codes: readonly string[], signal: AbortSignal): Promise<LoadedColumn[]> {
  const { directory, offers, timeoutMs } = sources;
  let listings: OfferListing[];
  if (directory) listings = await directoryListings(directory, { signal, timeoutMs });
  else if (offers) listings = loadedListings(await Promise.all(offers.map((offer) => readInlineOffer(offer))));
  else throw new OfferLoadError('no-source', 'No directory or offers to compare');
  // Two councils in one joint offer load it once.
  const loads = new Map<OfferListing, Promise<LoadedOffer>>();
  const columns = codes.map(async (code): Promise<LoadedColumn> => {
    const listing = listings.find((l) => l.councilCode === code) ?? listings.find((l) => l.covers.includes(code));
    if (!listing) return { code };
    let load = loads.get(listing);
    if (!load) loads.set(listing, (load = listing.load()));
    const via = listing.councilCode === code ? undefined : listing.councilCode;
    try {
      return { code, loaded: await load, ...(via ? { via } : {}) };
    } catch (cause) {
      return { code, error: toLoadError(cause) };
    }
  });
  const loaded = await Promise.all(columns);
  if (signal.aborted) throw signal.reason;
  return loaded;
}
