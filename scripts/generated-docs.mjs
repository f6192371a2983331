// Generates the documentation pages that describe data in src/, so they are always what the elements do:
// - docs/entitlements.md from the national catalogue and the care-status rules;
// - docs/i18n.md from every string the elements show.
// `--check` fails when a committed page differs from what the code generates (run by `npm test`).
import { NATIONAL_ENTITLEMENTS } from '../dist/src/entitlements/national-catalogue.js';
import { SITUATIONS, statusReadingsFor } from '../dist/src/model/profile.js';
import { CARE_STATUS_LABELS, AREA_LABELS } from '../dist/src/schema/vocabularies.js';
import { ABOUT_YOU_STRINGS } from '../dist/src/i18n/strings/about-you.js';
import { SITUATION_KEYS } from '../dist/src/components/shared/profile-fields.js';
import { formatDate, formatPence } from '../dist/src/i18n/format.js';
import { stringsPage } from './strings-page.mjs';
import { writeOrCheck } from './generated-files.mjs';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');
const link = (source) => `[${source.title}](${source.url})`;

const BASIS_WORDS = {
  statute: 'A right in law (statute)',
  recommended: 'A minimum the government recommends; not law',
  scheme: 'A national scheme: given on need or by others, not automatic',
  announced: 'Announced by the government; not a right yet',
};

function describeStatus(status) {
  switch (status.kind) {
    case 'in-force':
      return status.since ? `In force since ${formatDate(status.since)}` : 'In force (start date not checked)';
    case 'not-yet-in-force':
      return `Law made ${formatDate(status.enacted)}, not in force yet${status.expected ? `; expected ${status.expected}` : '; no start date announced'}`;
    default:
      return `Announced ${formatDate(status.announced)}, not in force${status.expected ? `; expected ${status.expected}` : ''}`;
  }
}

function ages(entry) {
  if (entry.minAge === undefined && entry.maxAge === undefined) return 'any age';
  if (entry.maxAge === undefined) return `${entry.minAge} or over`;
  return `${entry.minAge ?? 0} to ${entry.maxAge} (up to the ${ordinal(entry.maxAge + 1)} birthday)`;
}

const ordinal = (n) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function amount(entry) {
  if (entry.amountPence === undefined) return '';
  const money = `${entry.upTo ? 'up to ' : ''}${formatPence(entry.amountPence)}${entry.period ? `, ${entry.period.replace('-', ' ')}` : ''}`;
  const dated = entry.amountValidFrom
    ? `, from ${formatDate(entry.amountValidFrom)}`
    : entry.amountStatedOn
      ? `, as stated on ${formatDate(entry.amountStatedOn)}`
      : '';
  return `${money}${entry.isMinimum ? ' (recommended minimum)' : ''}${dated}`;
}

const SHORT = {
  'in-care': 'in care',
  eligible: 'eligible',
  relevant: 'relevant',
  'former-relevant': 'former relevant',
  qualifying: 'qualifying',
  'unaccompanied-asylum-seeking': 'unaccompanied',
};

function statusWords(readings) {
  if (!readings) return 'unknown: every status may apply';
  return readings.map((reading) => (reading.length ? reading.map((status) => SHORT[status]).join(' + ') : 'none')).join('; or ');
}

export function entitlementsPage() {
  const lines = [
    '# National entitlements and care statuses',
    '',
    'Generated from `src/entitlements/national-catalogue.ts` and `src/model/` by `scripts/generated-docs.mjs`: do not edit by hand; change the code and run `npm run build`.',
    '',
    'What every young person leaving care in England can get, whichever council looked after them, as the elements show it. Each entry cites a primary source (legislation.gov.uk, GOV.UK, the NHS or DWP) and the date it was last checked. Only entries whose basis is *a right in law* are called rights; a recommended minimum, a national scheme and an announced policy are said to be what they are. Where something could not be checked against a primary source, the entry says so.',
    '',
    'Ages are inclusive: "16 to 24" means from the 16th birthday until the day before the 25th.',
    '',
    '## From what a young person says to the law',
    '',
    'The checklist and the finder ask "Which of these is true for you?" in plain words. `src/model/care-status.ts` holds the statuses of the Children Act 1989 as rules; `src/model/profile.ts` maps each answer onto them. Where the answers allow more than one reading, an item is shown as "may be for you" unless it fits every reading.',
    '',
    '| answer | at 15 | at 17 | at 19 | at 22 |',
    '|---|---|---|---|---|',
  ];
  for (const situation of SITUATIONS) {
    const cells = [15, 17, 19, 22].map((age) => cell(statusWords(statusReadingsFor({ situation, age }))));
    lines.push(`| ${cell(ABOUT_YOU_STRINGS[SITUATION_KEYS[situation]])} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    '"unknown": the answer contradicts the age (left care at 16 or 17, but 15 now), so nothing is ruled out. "none": the law gives no care-leaver status. Someone 18 or over who says they are in care now is read as former relevant: care ends at 18, and they are most likely in Staying Put or somewhere similar. Someone in care now at 16 or 17 is read as an eligible child; the form\'s hint says that some support starts only once they have been in care for 13 weeks since turning 14.',
    '',
    'The statuses:',
    '',
    ...Object.entries(CARE_STATUS_LABELS).map(([status, label]) => `- **${SHORT[status]}**: ${label}.`),
    '',
    'Not modelled: a relevant child who goes home to a parent for six months or more stops being a relevant child (and becomes one again if it breaks down); young people accommodated by health or education bodies, in private children\'s homes or privately fostered can be qualifying (s.24(2)). Young people in these situations can answer "I\'m not sure".',
    '',
    '## Coming, not in force',
    '',
    "The Children's Wellbeing and Schools Act 2026 (Royal Assent 29 April 2026) changes the Local Offer itself (section 8): councils will have to publish their arrangements for financial support, for finding and keeping a home, for preventing homelessness and on release from custody, and the Local Offer gains a seventh area, financial literacy. We found no regulations bringing section 8 into force as at 1 December 2026. Sections 7 and 9 are in the catalogue below, marked as not in force.",
    '',
    '## The catalogue',
    '',
  );
  for (const entry of NATIONAL_ENTITLEMENTS) {
    lines.push(`### ${entry.title}`, '', `\`${entry.id}\`: ${entry.summary}`, '');
    lines.push('| | |', '|---|---|');
    lines.push(`| basis | ${cell(BASIS_WORDS[entry.basis])} |`);
    lines.push(`| status | ${cell(describeStatus(entry.status))} |`);
    lines.push(`| area | ${cell(AREA_LABELS[entry.area])} |`);
    lines.push(`| who | ${cell(entry.statuses.map((status) => CARE_STATUS_LABELS[status]).join('; '))} |`);
    lines.push(`| ages | ${cell(ages(entry))} |`);
    if (entry.amountPence !== undefined) lines.push(`| amount | ${cell(amount(entry))} |`);
    if (entry.conditions) lines.push(`| only if | ${cell(entry.conditions)} |`);
    lines.push(`| given by | ${cell(entry.deliveredBy)} |`);
    lines.push(`| source | ${cell(link(entry.source))} |`);
    if (entry.alsoSee?.length) lines.push(`| also | ${cell(entry.alsoSee.map(link).join('; '))} |`);
    lines.push(`| checked | ${formatDate(entry.checked)} |`);
    if (entry.unverified) lines.push(`| not verified | ${cell(entry.unverified)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

await writeOrCheck({ 'docs/entitlements.md': entitlementsPage(), 'docs/i18n.md': await stringsPage() }, { source: 'src/' });
