/**
 * The "about you" questions the checklist and the finder ask: age and time in care. Apart from the offer
 * items' words, since the finder shows them before any offer (or the code that describes one) is here.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const ABOUT_YOU_STRINGS = Object.freeze({
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
}) satisfies Messages;

export type AboutYouKey = keyof typeof ABOUT_YOU_STRINGS;
