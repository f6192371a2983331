// docs/i18n.md: how to change the elements' words, and every string with its key and English, read from
// the string modules in src/i18n/strings/ (compiled to dist/), so the list can never miss a key.
import { ABOUT_YOU_STRINGS } from '../dist/src/i18n/strings/about-you.js';
import { CHECKLIST_STRINGS } from '../dist/src/i18n/strings/checklist.js';
import { COMMON_STRINGS } from '../dist/src/i18n/strings/common.js';
import { COMPARE_STRINGS } from '../dist/src/i18n/strings/compare.js';
import { CONTACT_STRINGS } from '../dist/src/i18n/strings/contact.js';
import { COUNCIL_PICKER_STRINGS } from '../dist/src/i18n/strings/council-picker.js';
import { COVERAGE_STRINGS } from '../dist/src/i18n/strings/coverage.js';
import { FINDER_STRINGS } from '../dist/src/i18n/strings/finder.js';
import { FINDER_RESULT_STRINGS } from '../dist/src/i18n/strings/finder-results.js';
import { OFFER_ITEM_STRINGS } from '../dist/src/i18n/strings/offer-items.js';
import { TIME_STRINGS } from '../dist/src/i18n/strings/times.js';
import { TRUST_STRINGS } from '../dist/src/i18n/strings/trust.js';
import { AREA_STRINGS, CONTACT_ROLE_STRINGS } from '../dist/src/i18n/strings/vocabulary.js';

const GROUPS = [
  ['Loading and errors', 'every element, `<local-offer>` included', COMMON_STRINGS],
  ['Trust', 'every element that shows an offer', TRUST_STRINGS],
  ['Contact card', '`<local-offer-contact>`', CONTACT_STRINGS],
  ['Contact roles', '`<local-offer-contact>`', CONTACT_ROLE_STRINGS],
  [
    'Days and times',
    '`<local-offer-contact>`, and who to call and when an item can be used in `<local-offer-checklist>` and `<local-offer-finder>`',
    TIME_STRINGS,
  ],
  ['Offer items', '`<local-offer-checklist>` and `<local-offer-finder>`; the words for values in `<local-offer-compare>`', OFFER_ITEM_STRINGS],
  ['The "about you" questions', '`<local-offer-checklist>` and `<local-offer-finder>`', ABOUT_YOU_STRINGS],
  ['Areas', '`<local-offer-checklist>`, `<local-offer-finder>` and `<local-offer-compare>`', AREA_STRINGS],
  ['Checklist', '`<local-offer-checklist>`', CHECKLIST_STRINGS],
  ['Finder', '`<local-offer-finder>`', FINDER_STRINGS],
  ['Finder results', '`<local-offer-finder>`', FINDER_RESULT_STRINGS],
  ['Council picker', '`<local-offer-council-picker>`, inside the finder and the comparison', COUNCIL_PICKER_STRINGS],
  ['Comparison', '`<local-offer-compare>`', COMPARE_STRINGS],
  ['Coverage map', '`<local-offer-coverage>`', COVERAGE_STRINGS],
];

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const english = (message) =>
  typeof message === 'string'
    ? cell(message)
    : Object.entries(message)
        .map(([form, text]) => `*${form}*: ${cell(text)}`)
        .join('<br>');
const placeholders = (message) => {
  const text = typeof message === 'string' ? message : Object.values(message).join(' ');
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => `\`{${match[1]}}\``))].join(', ');
};

export async function stringsPage() {
  const lines = [
    '# Your own words',
    '',
    'Generated from `src/i18n/strings/` by `scripts/generated-docs.mjs`: do not edit by hand; change the strings and run `npm run build`.',
    '',
    "Every word the elements show can be changed: for the whole page with `registerStrings()`, or for one element with its `strings` property. An element uses its own `strings` first, then the page's, then the English below.",
    '',
    '```js',
    "import { registerStrings } from '/js/local-offer.js';",
    '',
    "registerStrings({ ctaHeading: 'Lost touch with us? We can still help' });",
    "document.querySelector('local-offer-contact').strings = { contactHeading: 'Contact your team' };",
    '```',
    '',
    'Elements already on the page change at once. Put this in a script file of your own (an inline script breaks a strict Content-Security-Policy; see [Content-Security-Policy](content-security-policy.md)). With the npm package, import `registerStrings` from `local-offer-elements`.',
    '',
    '- `{name}` marks a value filled in when the text is shown, such as `{council}` or `{count}`. Keep the placeholders your words need.',
    "- Some strings have plural forms, chosen with `Intl.PluralRules` for the page's language: give an object such as `{ one: '{count} item', other: '{count} items' }`.",
    '- Words are always shown as plain text, never as HTML.',
    '- Dates, money and plurals follow the `lang` of the nearest element that has one (a bare `lang="en"` means British English).',
    '- Keep the words plain: young people read them on a phone, often when things are hard. See [Accessibility](accessibility.md).',
    '',
  ];
  for (const [title, where, strings] of GROUPS) {
    lines.push(`## ${title}`, '', `Used by ${where}.`, '', '| key | English | fills in |', '|---|---|---|');
    for (const [key, message] of Object.entries(strings)) lines.push(`| \`${key}\` | ${english(message)} | ${placeholders(message)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
