/**
 * Every word the elements show, in plain English. Override any of them page-wide with registerStrings()
 * or per element with its `strings` property; `{name}` marks a value filled in at run time, and an object of
 * plural forms (`one`, `other`…) is chosen with Intl.PluralRules.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralForms;

export const DEFAULT_STRINGS = Object.freeze({
  // Loading and errors
  loading: 'Loading the Local Offer…',
  loadingContacts: 'Loading contact details…',
  errorHeading: 'Sorry, this Local Offer cannot be shown',
  errorNetwork: 'We could not reach the Local Offer. Check your internet connection and try again.',
  errorOffline: 'You seem to be offline. Connect to the internet and try again.',
  errorTimeout: 'The Local Offer took too long to load. Try again in a moment.',
  errorNotFound: 'The Local Offer file could not be found (error {status}).',
  errorHttp: 'The website holding the Local Offer had a problem (error {status}). Try again later.',
  errorNotJson: 'The Local Offer file is damaged, so it cannot be shown.',
  errorInvalid: 'The Local Offer file has mistakes, so it cannot be shown.',
  errorNoSource: 'No Local Offer was given to show. The website needs to set the "src" attribute or put the offer inside the element.',
  errorDetailsSummary: 'Details for the website team',
  errorIssueCount: { one: '{count} problem found:', other: '{count} problems found:' },
  errorMoreIssues: { one: 'and {count} more problem', other: 'and {count} more problems' },
  retry: 'Try again',
  // Trust
  exampleNotice: 'This is example data, not a real Local Offer. Do not use these details to get in touch.',
  lastReviewed: 'Last reviewed {date}',
  staleWarning: 'This information was last checked more than {months} months ago and may be out of date. Check with the council before you rely on it.',
  // Contact card
  contactHeading: 'Get in touch',
  ctaHeading: 'Aged 21 to 25 and lost touch? You can still get support',
  ctaBody: 'Care leavers can have help from a personal adviser until they are 25. Contact the leaving care team to get back in touch — it does not matter how long it has been.',
  noContacts: 'No contact details are published in this offer yet.',
  openAlways: 'Open 24 hours, every day',
  openNow: 'Open now, closes {when}',
  closedNow: 'Closed, opens {when}',
  closedNoHours: 'Closed',
  closedEmergency: 'The office is closed. In an emergency, contact the out of hours team:',
  atTime: 'at {time}',
  todayAt: 'today at {time}',
  tomorrowAt: 'tomorrow at {time}',
  dayAt: '{day} at {time}',
  midnight: 'midnight',
  midday: 'midday',
  call: 'Call {number}',
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
  timeRange: '{opens} to {closes}',
  rangeJoin: ' and ',
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
});

export type Strings = { readonly [K in keyof typeof DEFAULT_STRINGS]: (typeof DEFAULT_STRINGS)[K] extends string ? string : PluralForms };
export type StringKey = keyof Strings;
export type StringOverrides = Partial<Strings>;
