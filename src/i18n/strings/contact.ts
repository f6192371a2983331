/**
 * The contact card.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const CONTACT_STRINGS = Object.freeze({
  loadingContacts: 'Loading contact details…',
  contactHeading: 'Get in touch',
  ctaHeading: 'Under 25 and lost touch? You can still get support',
  ctaBody:
    'If you were in care when you were 16 or 17, you can usually ask for a personal adviser until you are 25, even if you stopped seeing one before. Contact the leaving care team to get back in touch — it does not matter how long it has been.',
  noContacts: 'No contact details are published in this offer yet.',
  closedEmergency: 'The office is closed. In an emergency, contact the out of hours team:',
  text: 'Text {number}',
  email: 'Email {address}',
  website: 'Website',
  websiteLink: 'Visit the website',
  address: 'Address',
  languages: 'Languages',
  openingHours: 'Opening hours',
  day: 'Day',
  hours: 'Hours',
  closed: 'Closed',
  allDay: 'Open 24 hours',
  rangeJoin: ' and ',
  bankHolidays: 'Bank holidays',
  closedOnDates: 'Also closed on {dates}.',
}) satisfies Messages;

export type ContactKey = keyof typeof CONTACT_STRINGS;
