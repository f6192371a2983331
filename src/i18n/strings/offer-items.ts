/**
 * What the checklist and the finder share: why an item applies, its details, its value, and the "about you"
 * questions.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const OFFER_ITEM_STRINGS = Object.freeze({
  reasonNational: 'Everyone leaving care in England',
  reasonLookedAfterBy: 'You were looked after by {council}',
  reasonLivesIn: 'You live in {council}',
  reasonPartner: 'Offered to care leavers by {provider}',
  deliveredByLookedAfterCouncil: '{council}, the council that looked after you',
  unknownAge: 'your age',
  unknownStatus: 'your situation',
  unknownLivesIn: 'where you live',
  unknownLookedAfterBy: 'which council looked after you',
  unknownConditions: 'the conditions below',
  onlyIf: 'Only if',
  listJoin: ' and ',
  why: 'Why you can get this',
  providedBy: 'Who gives it',
  worth: 'Worth',
  howToClaim: 'How to get it',
  evidence: 'What you need',
  whoToAsk: 'Who to ask',
  moreInformation: 'More information',
  moreDetails: 'More about {title}',
  areaCount: { one: '{count} item', other: '{count} items' },
  ageLabel: 'How old are you?',
  ageHint: 'In years. Leave it empty if you would rather not say.',
  ageError: 'Enter an age from 14 to 30, in numbers, or leave it empty',
  situationLegend: 'Which of these is true for you?',
  situationInCare: "I'm still in care",
  situationLeftCare: 'I left care when I was 16 or 17',
  situationShortTime: 'I was in care for less than 13 weeks after I turned 14',
  situationArrivedAlone: 'I came to the UK on my own as a child and was in care',
  situationNotSure: "I'm not sure",
  valueOnce: '{amount}, once',
  valueWeek: '{amount} a week',
  valueMonth: '{amount} a month',
  valueYear: '{amount} a year',
  valueAcademicYear: '{amount} each academic year',
  valueUpTo: 'up to {amount}',
}) satisfies Messages;

export type OfferItemKey = keyof typeof OFFER_ITEM_STRINGS;
