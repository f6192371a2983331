/**
 * The council picker (inside the finder, and anywhere a council is chosen).
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const COUNCIL_PICKER_STRINGS = Object.freeze({
  pickCouncil: 'Pick your council',
  noCouncilMatches: 'No council matches that name',
  councilMatches: {
    one: '{count} council found. Use the up and down arrows to choose.',
    other: '{count} councils found. Use the up and down arrows to choose.',
  },
}) satisfies Messages;

export type CouncilPickerKey = keyof typeof COUNCIL_PICKER_STRINGS;
