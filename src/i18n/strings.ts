/**
 * Every word the elements show, in plain English. Override any of them page-wide with registerStrings()
 * or per element with its `strings` property; `{name}` marks a value filled in at run time, and an object of
 * plural forms (`one`, `other`…) is chosen with Intl.PluralRules.
 *
 * The words live in one module per element (./strings/), so an element alone carries only its own; this
 * module gathers them for the public API and the types.
 */
import { ABOUT_YOU_STRINGS } from './strings/about-you.js';
import { CHECKLIST_STRINGS } from './strings/checklist.js';
import { COMMON_STRINGS } from './strings/common.js';
import { COMPARE_STRINGS } from './strings/compare.js';
import { CONTACT_STRINGS } from './strings/contact.js';
import { COUNCIL_PICKER_STRINGS } from './strings/council-picker.js';
import { COVERAGE_STRINGS } from './strings/coverage.js';
import { FINDER_STRINGS } from './strings/finder.js';
import { FINDER_RESULT_STRINGS } from './strings/finder-results.js';
import type { PluralForms } from './strings/messages.js';
import { OFFER_ITEM_STRINGS } from './strings/offer-items.js';
import { TIME_STRINGS } from './strings/times.js';
import { TRUST_STRINGS } from './strings/trust.js';
import { AREA_STRINGS, CONTACT_ROLE_STRINGS } from './strings/vocabulary.js';

export type { Message, PluralForms } from './strings/messages.js';

export const DEFAULT_STRINGS = Object.freeze({
  ...COMMON_STRINGS,
  ...TRUST_STRINGS,
  ...CONTACT_STRINGS,
  ...TIME_STRINGS,
  ...OFFER_ITEM_STRINGS,
  ...ABOUT_YOU_STRINGS,
  ...CHECKLIST_STRINGS,
  ...FINDER_STRINGS,
  ...FINDER_RESULT_STRINGS,
  ...COUNCIL_PICKER_STRINGS,
  ...COMPARE_STRINGS,
  ...COVERAGE_STRINGS,
  ...AREA_STRINGS,
  ...CONTACT_ROLE_STRINGS,
});

export type Strings = { readonly [K in keyof typeof DEFAULT_STRINGS]: (typeof DEFAULT_STRINGS)[K] extends string ? string : PluralForms };
export type StringKey = keyof Strings;
export type StringOverrides = Partial<Strings>;
