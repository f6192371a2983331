/**
 * What the <local-offer> provider shares with the elements inside it. Children subscribe, so they move
 * from loading to loaded (or error) with the provider.
 */
import { createContext } from '@lit/context';
import type { OfferLoadError } from './offer-load-error.js';
import type { LoadedOffer } from './offer-loader.js';

export type OfferState =
  { readonly status: 'loading' } | { readonly status: 'loaded'; readonly loaded: LoadedOffer } | { readonly status: 'error'; readonly error: OfferLoadError };

export const offerContext = createContext<OfferState | undefined>(Symbol.for('local-offer-elements/offer'));
