// What the finder needs only once offers are here: joining them with the national catalogue, search and
// the results view, half the finder's code. Loaded apart, as the finder arrives (see LazyViewController),
// so the questions show without it.
export { FinderResultsCache } from './finder-results.js';
export { renderFinderResults } from './finder-results-view.js';
export { search } from '../../model/search.js';
export { explainFinderError, loadFinderOffers } from './joined-offer-loader.js';
