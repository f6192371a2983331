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
    'If you were in care at 16 or 17, you can usually have a personal adviser until you are 25. Contact the leaving care team, however long it has been.',
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
  allOpeningHours: 'All opening hours',
  hoursDayHours: '{days}: {hours}',
  hoursDayRange: '{first} to {last}',
  hoursBankHolidays: 'Bank holidays: {hours}',
  hoursBankHolidaysClosed: 'Closed on bank holidays',
  hoursClosedOn: 'Also closed on {dates}',
  contactNotShown: 'Sorry, these contact details cannot be shown here.',
  contactMissing: {
    one: "For the website team: the offer has no contact with the id {ids}. Check the card's contact attribute.",
    other: "For the website team: the offer has no contacts with the ids {ids}. Check the card's contact attribute.",
  },
}) satisfies Messages;

export type ContactKey = keyof typeof CONTACT_STRINGS;
