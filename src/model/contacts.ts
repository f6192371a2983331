/** Which of an offer's contacts to point a young person at. Pure: the elements decide how to show them. */
import type { Contact, Offer } from '../schema/offer-schema.js';

/**
 * The team a young person should ask about their own support: the leaving care team, else the personal
 * adviser duty line, else any contact with a phone number.
 */
export function leavingCareTeam(offer: Offer): Contact | undefined {
  return (
    offer.contacts.find((contact) => contact.role === 'leaving-care-team') ??
    offer.contacts.find((contact) => contact.role === 'personal-adviser-duty') ??
    offer.contacts.find((contact) => contact.phone)
  );
}

/** Where to turn when a young person thinks they are getting less than they should: advocacy, then complaints. */
export function challengeContacts(offer: Offer): Contact[] {
  return ['advocacy', 'complaints'].flatMap((role) => offer.contacts.filter((contact) => contact.role === role).slice(0, 1));
}
