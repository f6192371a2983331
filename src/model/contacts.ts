/** Which of an offer's contacts to point a young person at. Pure: the elements decide how to show them. */
import type { Contact, Offer } from '../schema/offer-schema.js';
import type { ContactRole } from '../schema/vocabularies.js';
import type { CountyOf } from './eligibility.js';

/**
 * The contact of a role for where a young person lives: when an offer has one per area (`serves`), the one
 * that serves their district or its county; else one that serves everywhere; else the first.
 */
function forArea(offer: Offer, role: ContactRole, livesIn: string | undefined, countyOf: CountyOf | undefined): Contact | undefined {
  const all = offer.contacts.filter((contact) => contact.role === role);
  const county = livesIn ? countyOf?.(livesIn) : undefined;
  const local = livesIn ? all.find((contact) => contact.serves?.some((code) => code === livesIn || code === county)) : undefined;
  return local ?? all.find((contact) => !contact.serves) ?? all[0];
}

/**
 * The team a young person should ask about their own support: the leaving care team (for where they live,
 * when it has one per area), else the personal adviser duty line, else any contact with a phone number.
 */
export function leavingCareTeam(offer: Offer, livesIn?: string, countyOf?: CountyOf): Contact | undefined {
  return (
    forArea(offer, 'leaving-care-team', livesIn, countyOf) ??
    forArea(offer, 'personal-adviser-duty', livesIn, countyOf) ??
    offer.contacts.find((contact) => contact.phone)
  );
}

/** The out-of-hours emergency line for where a young person lives. */
export function outOfHoursLine(offer: Offer, livesIn?: string, countyOf?: CountyOf): Contact | undefined {
  return forArea(offer, 'out-of-hours', livesIn, countyOf);
}

/** Where to turn when a young person thinks they are getting less than they should: advocacy, then complaints. */
export function challengeContacts(offer: Offer): Contact[] {
  return ['advocacy', 'complaints'].flatMap((role) => offer.contacts.filter((contact) => contact.role === role).slice(0, 1));
}
