/** Which of an offer's contacts the card shows: by id, by area, or by role. Pure: no DOM. */
import { leavingCareTeam, outOfHoursLine } from '../../model/contacts.js';
import { offerCountyOf } from '../../model/offer-places.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { CONTACT_ROLES, type ContactRole } from '../../schema/vocabularies.js';

export interface ContactChoice {
  /** Space-separated contact ids. */
  readonly contact?: string | undefined;
  /** A council's GSS code. */
  readonly area?: string | undefined;
  /** Space-separated contact roles. */
  readonly roles: string;
}

export interface ContactSelection {
  readonly contacts: readonly Contact[];
  /** Ids asked for that the offer does not have, for the website team. */
  readonly missing: readonly string[];
  /** Whether the card was asked for particular contacts (by id or area) rather than roles. */
  readonly chosen: boolean;
}

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** `contact` first, then `area`, then `roles`: each contact once, in the order asked for. */
export function selectContacts(offer: Offer, choice: ContactChoice): ContactSelection {
  const ids = [...new Set(words(choice.contact))];
  if (ids.length) {
    const byId = new Map(offer.contacts.map((contact) => [contact.id, contact]));
    return { contacts: ids.flatMap((id) => byId.get(id) ?? []), missing: ids.filter((id) => !byId.has(id)), chosen: true };
  }
  const area = choice.area?.trim();
  if (area) {
    const countyOf = offerCountyOf(offer);
    const team = leavingCareTeam(offer, area, countyOf);
    const line = outOfHoursLine(offer, area, countyOf);
    return { contacts: [...new Set([team, line].filter((contact): contact is Contact => contact !== undefined))], missing: [], chosen: true };
  }
  const roles = words(choice.roles).filter((role): role is ContactRole => (CONTACT_ROLES as readonly string[]).includes(role));
  return { contacts: roles.flatMap((role) => offer.contacts.filter((contact) => contact.role === role)), missing: [], chosen: false };
}
