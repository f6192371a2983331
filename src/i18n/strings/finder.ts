/**
 * The finder's questions, and what it says before any offer is here. What it says about the offers it
 * found is in finder-results.ts, loaded with the code that shows them.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const FINDER_STRINGS = Object.freeze({
  finderHeading: 'Find your Local Offer',
  finderIntro: 'See what you can get where you live, and from the council that looked after you.',
  loadingQuestions: 'Loading the questions…',
  whereLegend: 'Where do you live?',
  postcodeLabel: 'Your postcode',
  postcodeHint: 'For example, NG5 1AB',
  findButton: 'Find',
  orPickCouncil: 'Or pick your council',
  pickCouncilHint: 'Start typing the name of the council or the town, such as Newark or Camden.',
  postcodeInvalid: 'Enter a full UK postcode, like NG5 1AB',
  postcodeLooking: 'Looking up {postcode}…',
  postcodeNotFound: "We couldn't find {postcode}. It may be new or no longer used. Pick your council instead.",
  postcodeOutsideEngland: '{postcode} is in {country}. This finder covers councils in England. If an English council looked after you, pick it below.',
  postcodeUnavailable: "We couldn't look up postcodes just now. Pick your council instead.",
  postcodeFound: '{postcode} is in {place}.',
  lookedAfterLabel: 'Which council looked after you?',
  lookedAfterHint: 'The council that looked after you keeps supporting you wherever you live. We start with the council where you live.',
  lookedAfterUnknown: "I don't know",
  lookedAfterChoose: 'Choose a council',
  situationChoose: 'Choose one, if you like',
  changeAnswers: 'Change your answers',
  showResults: 'Show what I can get',
  answersLookedAfter: 'looked after by {council}',
  answersAge: 'age {age}',
  answersHeading: 'Your answers',
  loadingOffers: 'Loading the offers for {place}…',
  unknownPlace: "We don't know the council in this link ({code}). Pick your council above.",
  unknownCarer:
    'The link you used has a code we do not recognise ({code}) for the council that looked after you. We have used {council}, the council for where you live. If a different council looked after you, change your answers.',
  unknownCarerNoPlace: 'The link you used has a code we do not recognise ({code}) for the council that looked after you. Choose the council above.',
  startPrompt: 'Tell us where you live, or pick a council, to see your Local Offer.',
}) satisfies Messages;

export type FinderKey = keyof typeof FINDER_STRINGS;
