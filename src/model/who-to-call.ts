/**
 * Who a young person should call, first: the leaving care team of the council that looked after them (the
 * team for where they live, when it has one per area), the team where they live now when that is another
 * council, and the out-of-hours line. Pure: the elements show it.
 */
import type { Contact, Offer } from '../schema/offer-schema.js';
import { isUpperTierCode } from '../places/gss.js';
import { leavingCareTeam, outOfHoursLine } from './contacts.js';
import type { CountyOf } from './eligibility.js';

export interface CallTarget {
  readonly contact: Contact;
  readonly offer: Offer;
  /** Why this one: the council that looked after them, the council where they live, or the emergency line. */
  readonly reason: 'looked-after' | 'lives-in' | 'publisher' | 'out-of-hours';
}

/** An offer of a council that runs leaving care (an upper-tier council) for the place `code`. */
function offerFor(offers: readonly Offer[], code: string | undefined, countyOf: CountyOf): Offer | undefined {
  if (!code) return undefined;
  const county = countyOf(code);
  return offers.find((offer) => {
    const publisher = offer.publisher.councilCode;
    return !!publisher && isUpperTierCode(publisher) && (publisher === code || publisher === county);
  });
}

export function whoToCall(offers: readonly Offer[], lookedAfterBy: string | undefined, livesIn: string | undefined, countyOf: CountyOf): CallTarget[] {
  const carer = offerFor(offers, lookedAfterBy, countyOf);
  const local = offerFor(offers, livesIn, countyOf);
  const targets: CallTarget[] = [];
  const add = (offer: Offer | undefined, contact: Contact | undefined, reason: CallTarget['reason']) => {
    if (offer && contact && !targets.some((target) => target.contact === contact)) targets.push({ contact, offer, reason });
  };
  add(carer, carer && leavingCareTeam(carer, livesIn, countyOf), 'looked-after');
  if (local !== carer) add(local, local && leavingCareTeam(local, livesIn, countyOf), 'lives-in');
  // The emergency line of the council responsible for them; where they live if that council has none here.
  const responsible = carer ?? local;
  add(responsible, responsible && outOfHoursLine(responsible, livesIn, countyOf), 'out-of-hours');
  if (!targets.some((target) => target.reason === 'out-of-hours') && local) add(local, outOfHoursLine(local, livesIn, countyOf), 'out-of-hours');
  return targets;
}

/** Who to call about one offer (the checklist's): its team for where they live, and its out-of-hours line. */
export function whoToCallAbout(offer: Offer, livesIn: string | undefined, countyOf: CountyOf): CallTarget[] {
  const team = leavingCareTeam(offer, livesIn, countyOf);
  const outOfHours = outOfHoursLine(offer, livesIn, countyOf);
  return [
    ...(team ? [{ contact: team, offer, reason: 'publisher' as const }] : []),
    ...(outOfHours && outOfHours !== team ? [{ contact: outOfHours, offer, reason: 'out-of-hours' as const }] : []),
  ];
}
