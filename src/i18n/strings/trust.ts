/**
 * Whether to trust what is shown: example data, review date, staleness. Every element that shows an offer.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const TRUST_STRINGS = Object.freeze({
  exampleNotice: 'This is example data, not a real Local Offer. Do not use these details to get in touch.',
  lastReviewed: 'Last reviewed {date}',
  staleWarning: 'This information was last checked more than {months} months ago and may be out of date. Check with the council before you rely on it.',
}) satisfies Messages;

export type TrustKey = keyof typeof TRUST_STRINGS;
