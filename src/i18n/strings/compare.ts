/**
 * The comparison of councils' offers.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const COMPARE_STRINGS = Object.freeze({
  compareHeading: 'Compare Local Offers',
  compareIntro: 'See what councils offer care leavers side by side, and what the government guarantees or recommends everywhere in England.',
  compareAddCouncil: 'Add a council to compare',
  compareAddHint: 'Start typing the name of a council or a town. You can compare up to {max} councils.',
  compareFull: 'You are comparing {max} councils, the most at once. Remove one to add another.',
  compareChosenHeading: 'Councils you are comparing',
  compareRemove: 'Remove {council}',
  comparePrompt: 'Choose at least two councils to compare.',
  compareLoading: 'Loading the Local Offers of {councils}…',
  compareAnd: ' and ',
  compareShowing: 'Comparing {councils}.',
  compareRemoved: '{council} removed from the comparison.',
  compareCaption: 'What {councils} offer care leavers, beside what the government guarantees or recommends in England',
  compareWhatColumn: 'What you can get',
  compareNationalColumn: 'Everywhere in England',
  compareOtherHelp: 'Other help from each council',
  compareNotInOffer: 'Not in this offer',
  compareNotStated: 'In this offer, but the amount is not stated',
  compareNothingElse: 'Nothing else listed',
  compareNoOfferCell: 'No offer to compare',
  compareNoOffer: "We don't have {council}'s Local Offer yet.",
  compareNoOfferContact: "Find {council}'s contact details on GOV.UK",
  compareFailed: "{council}'s Local Offer could not be loaded, so it is not compared.",
  compareCoveredBy: 'From {offer}',
  compareUnknownCouncil: 'The link names "{code}", which is not a council in England.',
  compareYearly: 'about {amount} a year',
  compareAbove: '{difference} more than the government recommends',
  compareAboveUpTo: 'up to {difference} more than the government recommends',
  compareSame: 'the amount the government recommends',
  compareBelow: '{difference} less than the government recommends',
  compareMoreThanNational: '{difference} more than the national amount',
  compareLessThanNational: '{difference} less than the national amount',
  compareRight: 'A right in law',
  compareRecommended: 'The government recommends at least {amount}',
  compareRecommendedNoAmount: 'Recommended by the government',
  compareScheme: 'A national scheme',
  compareAnnounced: 'Announced by the government, not in force yet',
  compareNationalAmount: '{amount}',
  compareSource: 'Source',
  compareReviewed: 'Last reviewed {date}',
  compareStale: 'Last reviewed {date}: it may be out of date',
  compareExample: 'Example data, not a real offer',
  comparePrint: 'Print this comparison',
}) satisfies Messages;

export type CompareKey = keyof typeof COMPARE_STRINGS;
