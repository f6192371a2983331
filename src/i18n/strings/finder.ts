/**
 * The finder.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const FINDER_STRINGS = Object.freeze({
  finderHeading: 'Find your Local Offer',
  finderIntro: 'See what you can get where you live, and from the council that looked after you.',
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
  searchLabel: 'Search your offer',
  searchHint: 'For example: council tax, uni, flat',
  areaFilterLegend: 'Show only these kinds of help',
  resultCount: { one: '{count} thing you can get', other: '{count} things you can get' },
  resultCountMaybe: { one: '{count} thing that may be for you', other: '{count} things that may be for you' },
  resultCountAndMaybe: { one: ', and {count} that may be for you', other: ', and {count} that may be for you' },
  noResults: 'Nothing matches “{query}”.',
  noResultsHelp: 'Try fewer or shorter words, or show all areas.',
  clearFilters: 'Clear search and show all areas',
  loadingOffers: 'Loading the offers for {place}…',
  missingOffer: "We don't have {council}'s Local Offer yet.",
  missingOfferContact: "Find {council}'s contact details on GOV.UK",
  offerMismatch: "The list of Local Offers gives {publisher}'s offer for {councils}, but that offer does not cover {councils}, so it is not shown for them.",
  unknownPlace: "We don't know the council in this link ({code}). Pick your council above.",
  offerFailed: "{council}'s Local Offer could not be loaded, so it is not included.",
  errorDirectoryInvalid: 'The list of Local Offers has mistakes, so the offers cannot be found. The website needs to fix it.',
  errorDirectoryNotJson: 'The list of Local Offers is damaged, so the offers cannot be found.',
  errorDirectoryNotFound: 'The list of Local Offers could not be found (error {status}).',
  errorNoDirectory:
    'No Local Offers were given to this finder. The website needs to set its "directory" attribute, set its "offers" property, or put it inside a <local-offer>.',
  startPrompt: 'Tell us where you live, or pick a council, to see your Local Offer.',
  mayApply: 'May be for you.',
  noSituationGuidance: 'Tell us about your time in care above to see exactly what you can get. Until then, some things say “may be for you”.',
  notSureGuidance: 'That’s fine: lots of people are not sure. Things marked “may be for you” depend on your time in care.',
  askTeam: '{team} at {council} can tell you what you can get.',
  callTeam: 'Call {number}',
  showMore: 'Show {count} more (of {total})',
}) satisfies Messages;

export type FinderKey = keyof typeof FINDER_STRINGS;
