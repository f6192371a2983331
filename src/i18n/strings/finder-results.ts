/**
 * The finder's results: the count, search and filters, and what it says about offers it could not load.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const FINDER_RESULT_STRINGS = Object.freeze({
  searchLabel: 'Search your offer',
  searchHint: 'For example: council tax, uni, flat',
  areaFilterLegend: 'Show only these kinds of help',
  filtersSummary: 'Search or choose kinds of help',
  filtersSummaryActive: 'Search or choose kinds of help (in use)',
  seeResults: 'See them',
  answerMore: 'Answer 2 more questions',
  resultCount: { one: '{count} thing you can get', other: '{count} things you can get' },
  resultCountMaybe: { one: '{count} thing that may be for you', other: '{count} things that may be for you' },
  resultCountAndMaybe: { one: ', and {count} that may be for you', other: ', and {count} that may be for you' },
  noResults: 'Nothing matches “{query}”.',
  noResultsHelp: 'Try fewer or shorter words, or show all areas.',
  clearFilters: 'Clear search and show all areas',
  missingOffer: "This list does not include {council}'s Local Offer yet.",
  missingOfferContact: "Find {council}'s contact details on GOV.UK",
  offerMismatch: "The list of Local Offers gives {publisher}'s offer for {councils}, but that offer does not cover {councils}, so it is not shown for them.",
  offerFailed: "{council}'s Local Offer could not be loaded, so it is not included.",
  errorDirectoryInvalid: 'The list of Local Offers has mistakes, so the offers cannot be found. The website needs to fix it.',
  errorDirectoryNotJson: 'The list of Local Offers is damaged, so the offers cannot be found.',
  errorDirectoryNotFound: 'The list of Local Offers could not be found (error {status}).',
  errorNoDirectory:
    'No Local Offers were given to this finder. The website needs to set its "directory" attribute, set its "offers" property, or put it inside a <local-offer>.',
  noSituationGuidance: 'Tell us about your time in care above to see exactly what you can get. Until then, some things say “may be for you”.',
  notSureGuidance: 'That’s fine: lots of people are not sure. Things marked “may be for you” depend on your time in care.',
  showMore: 'Show {count} more (of {total})',
}) satisfies Messages;

export type FinderResultKey = keyof typeof FINDER_RESULT_STRINGS;
