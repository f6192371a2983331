/**
 * Whether an item can be had today: an ended item (by its status, or past its last day) is not shown at
 * all; a proposed one, or one that starts later, is shown apart as not yet available; a pilot is shown
 * as a pilot. Pure: "today" comes in as a London calendar date.
 */
import type { Entitlement } from '../schema/offer-schema.js';

export type ItemState = 'running' | 'pilot' | 'proposed' | 'not-started' | 'ended';

export function itemState(item: Entitlement, today: string | undefined): ItemState {
  const { from, until } = item.available ?? {};
  if (item.status === 'ended' || (today && until && until < today)) return 'ended';
  if (item.status === 'proposed') return 'proposed';
  if (today && from && from > today) return 'not-started';
  return item.status === 'pilot' ? 'pilot' : 'running';
}
