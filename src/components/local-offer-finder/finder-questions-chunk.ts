// What the finder's questions need: England's council list (3.5 KB of names, the finder's largest part),
// the council picker, the questions' view and the rules that read the answers. Loaded apart, as the finder
// arrives (see LazyViewController); the one script tag asks for it together with the finder's own code,
// so a page that uses it waits no longer for the questions.
import '../local-offer-council-picker/define.js';
import { CouncilPickerElement } from '../local-offer-council-picker/local-offer-council-picker.js';
import type { Council } from '../../places/council-registry.js';

export { councilByCode } from '../../places/council-registry.js';
export { councilsToLoad, lookedAfterByFor, profileFor } from './finder-plan.js';
export { renderFinderQuestions } from './finder-form-view.js';

/** A council's name as the picker shows it, for the postcode lookup's answer. */
export const councilDisplayName = (council: Council) => CouncilPickerElement.displayName(council);
