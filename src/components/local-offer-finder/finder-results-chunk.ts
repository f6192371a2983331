// What the finder needs only once offers are here: loading and joining them with the national catalogue,
// search, the results view and their words, half the finder's code. Loaded apart, as the finder arrives
// (see LazyViewController), so the questions show without it.
import type { Localizer } from '../../i18n/localize.js';
import type { StringKey } from '../../i18n/strings.js';
import { FINDER_RESULT_STRINGS } from '../../i18n/strings/finder-results.js';
import { OFFER_ITEM_STRINGS } from '../../i18n/strings/offer-items.js';
import { TIME_STRINGS } from '../../i18n/strings/times.js';
import { AREA_STRINGS } from '../../i18n/strings/vocabulary.js';

export { FinderResultsCache } from './finder-results.js';
export { renderFinderResults } from './finder-results-view.js';
export { search } from '../../model/search.js';
export { explainFinderError, loadFinderOffers } from './joined-offer-loader.js';

/** The finder's words and those of its results, which come with this code. */
export const finderResultWords = <K extends StringKey>(words: Localizer<K>) =>
  words.with({ ...OFFER_ITEM_STRINGS, ...TIME_STRINGS, ...AREA_STRINGS, ...FINDER_RESULT_STRINGS });
