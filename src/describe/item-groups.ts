/**
 * The three groups every list of items shows, in this order: what the young person can get (to tick, in
 * the checklist), what may be for them, and what is not available yet (an announced rule, a proposal, an
 * item that starts later: never shown as something to claim). One function, so the checklist, its
 * download and the finder always agree.
 */
import type { Localizer } from '../i18n/localize.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import type { JoinedItem } from '../model/joined-offer.js';
import { describePending } from './item.js';

export interface ItemGroups<T extends JoinedItem> {
  readonly applying: readonly T[];
  readonly maybe: readonly T[];
  readonly notYet: readonly T[];
}

export function groupItems<T extends JoinedItem>(items: readonly T[], words: Localizer<OfferItemKey>, today: string | undefined): ItemGroups<T> {
  const applying: T[] = [];
  const maybe: T[] = [];
  const notYet: T[] = [];
  for (const item of items) {
    if (describePending(item, words, today)) notYet.push(item);
    else (item.verdict === 'applies' ? applying : maybe).push(item);
  }
  return { applying, maybe, notYet };
}
