/**
 * What the checklist and the finder share: why an item applies, its details, its value, and the "about you"
 * questions.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const OFFER_ITEM_STRINGS = Object.freeze({
  reasonStatute: 'A right in law, everywhere in England',
  reasonRecommended: 'The government recommends every council gives this',
  reasonScheme: 'A national scheme, across England',
  reasonAnnounced: 'Announced by the government, not in force yet',
  reasonLookedAfterBy: 'You were looked after by {council}',
  reasonLivesIn: 'You live in {council}',
  reasonPartner: 'Offered to care leavers by {provider}',
  deliveredByLookedAfterCouncil: '{council}, the council that looked after you',
  notInForce: 'Not in force yet: expected {when}.',
  notInForceNoDate: 'Not in force yet: no start date has been announced.',
  unknownAge: 'your age',
  unknownStatus: 'your time in care',
  unknownLivesIn: 'where you live',
  unknownLookedAfterBy: 'which council looked after you',
  mayApplyTell: 'Tell us {missing} to check.',
  mayApplyConditions: 'It depends on the conditions below.',
  mayApplyTellAndConditions: 'Tell us {missing} to check, and see the conditions below.',
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
  situationInCare: "I'm in care now",
  situationInCareHint:
    'With foster carers, in a children’s home or somewhere else the council arranged. If you have been in care for less than 13 weeks since you turned 14, some of this starts when you reach 13 weeks.',
  situationLeftCare: 'I was in care when I was 16 or 17, or until I turned 18',
  situationLeftCareHint: 'For 13 weeks or more in all, counting from when you turned 14. This includes living with your foster carers after 18 (Staying Put).',
  situationShortTime: 'I was in care for a short time after I turned 16',
  situationShortTimeHint: 'Less than 13 weeks in all, counting from when you turned 14.',
  situationSpecialGuardian: 'I left care to live with a special guardian',
  situationSpecialGuardianHint: 'A special guardianship order was made while a council was looking after you.',
  situationArrivedAlone: 'I came to the UK on my own as a child, and a council looked after me',
  situationArrivedAloneHint: 'Whether you are in care now or have left.',
  situationInCareBefore16: 'I was in care, but only before I turned 16',
  situationNotSure: "I'm not sure",
  situationNotSureHint: 'That’s fine. We’ll show you what may be for you, and who can tell you.',
  valueOnce: '{amount}, once',
  valueWeek: '{amount} a week',
  valueMonth: '{amount} a month',
  valueYear: '{amount} a year',
  valueAcademicYear: '{amount} each academic year',
  valueUpTo: 'up to {amount}',
}) satisfies Messages;

export type OfferItemKey = keyof typeof OFFER_ITEM_STRINGS;
