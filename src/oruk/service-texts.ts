/**
 * The words of one ORUK service: its description (split into the item's summary and details), alert,
 * costs, and how to claim it. Everything arrives as HTML or plain text and leaves as plain text.
 */
import { EXTENSION } from './oruk-types.js';
import type { ConversionReport } from './conversion-report.js';
import { htmlToLine, htmlToText, looksLikeHtml, oneLine } from './html-to-text.js';
import { lineOf, MARKUP_ONLY, numberOf, objectsIn, quote, textOf } from './json-reading.js';
import type { JsonObject } from './oruk-types.js';
import { readEnum } from './service-fields.js';
import { clip, splitSummary } from './text-limits.js';

const ACCESS_WORDS: Readonly<Record<string, string>> = {
  referral: 'You need to be referred (your personal adviser can do this).',
  appointment: 'Make an appointment first.',
  membership: 'You need to become a member.',
  'drop-in': 'You can just drop in.',
};

const ATTENDING_WORDS: Readonly<Record<string, string>> = {
  phone: 'by phone',
  online: 'online',
  venue: 'in person',
  'home visit': 'at home (they visit you)',
};

export interface ServiceTexts {
  /** The whole description as plain text, for placing the item in an area. */
  readonly description: string;
  readonly summary: string;
  /** Empty when there is nothing beyond the summary. */
  readonly details: string;
}

/** For the report: the headings a summary was found after (issue 17), if any. */
function headingsPassed(headings: number | undefined): string {
  return headings
    ? `, after ${headings === 1 ? 'the heading' : `the ${headings} lines of headings (and lists under them)`} it starts with, which stay in the details`
    : '';
}

/**
 * The summary and details from the description, with the alert first and any costs last. `fromExport` says
 * the service was written by our export, whose description is the summary, a blank line, then the details.
 */
export function readTexts(service: JsonObject, path: string, name: string, fromExport: boolean, report: ConversionReport): ServiceTexts {
  const raw = textOf(service.description);
  const description = raw ? htmlToText(raw) : '';
  if (raw && looksLikeHtml(raw)) {
    const script = /<script\b/i.test(raw) ? '; a <script> element was removed' : '';
    report.mapped(`${path}.description`, `HTML converted to plain text (tags removed, entities decoded, paragraphs kept as line breaks${script})`);
  }
  let summary: string;
  const details: string[] = [];
  if (description && fromExport) {
    const [first, ...more] = description.split(/\n\n/);
    summary = clip(oneLine(first!), 600);
    if (more.length > 0) details.push(more.join('\n\n'));
  } else if (description) {
    const split = splitSummary(description, 600);
    summary = split.summary;
    if (split.rest) details.push(split.rest);
    report.mapped(
      `${path}.description`,
      `→ summary (its first sentence${split.summary.includes('. ') ? 's' : ''}${headingsPassed(split.headings)})${split.rest ? ' and details (the rest)' : ''}`,
    );
  } else {
    summary = /[.!?]$/.test(name) ? name : `${name}.`;
    report.assumed(`${path}.description`, 'no description: the summary repeats the name');
  }
  const rawAlert = textOf(service.alert);
  const alert = rawAlert ? htmlToText(rawAlert) : '';
  if (alert) {
    details.unshift(`Please note: ${alert}`);
    report.mapped(`${path}.alert`, '→ details, first, as "Please note: …"');
  } else if (rawAlert) {
    report.dropped(`${path}.alert`, MARKUP_ONLY);
  }
  // Our export writes a price or a discount as fees and cost options too: its value reads back whole.
  const costs = fromExport ? costsFromExport(service, path, report) : readCosts(service, path, report);
  if (costs) details.push(costs);
  const joined = details.join('\n\n').trim();
  if (joined.length > 4000) report.assumed(`${path}.description`, 'details cut to 4000 characters');
  return { description, summary, details: clip(joined, 4000) };
}

function costsFromExport(service: JsonObject, path: string, report: ConversionReport): undefined {
  for (const field of ['fees', 'cost_options']) {
    if (service[field] !== undefined) report.mapped(`${path}.${field}`, `the item's value, read back from ${EXTENSION}.value`);
  }
  return undefined;
}

/** Costs to the user (`fees`, `fees_description`, `cost_options[]`) as one "Cost: …" line, never as an item value. */
function readCosts(service: JsonObject, path: string, report: ConversionReport): string | undefined {
  const parts: string[] = [];
  for (const field of ['fees_description', 'fees']) {
    const text = textOf(service[field]);
    if (!text) continue;
    const line = htmlToLine(text);
    // The UK profile's example writes the field's own name as a placeholder.
    if (text === 'fees_description') {
      report.dropped(`${path}.${field}`, `${quote(text)} is a placeholder`);
    } else if (!line) {
      report.dropped(`${path}.${field}`, MARKUP_ONLY);
    } else {
      parts.push(line);
      report.mapped(`${path}.${field}`, '→ details ("Cost: …")');
    }
  }
  for (const { item, index } of objectsIn(service.cost_options)) {
    const where = `${path}.cost_options[${index}]`;
    const amount = numberOf(item.amount);
    if (amount === undefined && textOf(item.amount) !== undefined) report.dropped(`${where}.amount`, `${quote(textOf(item.amount)!)} is not an amount`);
    // Each part loses its markup first, so an option of "<b></b>" leaves no empty brackets behind.
    const description = lineOf(item.amount_description);
    const option = lineOf(item.option);
    const words = [amount !== undefined ? `£${amount % 1 === 0 ? amount : amount.toFixed(2)}` : '', description ?? '', option ? `(${option})` : '']
      .filter(Boolean)
      .join(' ');
    if (!words) {
      // An empty option ({}) says nothing: it is dropped, not mapped to words that are not there.
      report.dropped(where, textOf(item.amount_description) || textOf(item.option) ? MARKUP_ONLY : 'no amount, amount_description or option to show');
      continue;
    }
    for (const [field, line] of [
      ['amount_description', description],
      ['option', option],
    ] as const) {
      if (!line && textOf(item[field])) report.dropped(`${where}.${field}`, MARKUP_ONLY);
    }
    parts.push(words);
    report.mapped(where, '→ details as words ("Cost: …"): it is a cost to the user, not an amount given to them, so it is not an item value');
  }
  if (parts.length === 0) return undefined;
  return `Cost: ${[...new Set(parts)].join('; ')}`;
}

/** How to claim: HSDS 3.0 `application_process`, and 1.0 `attending_access` and `attending_type` as words. */
export function readHowToClaim(service: JsonObject, path: string, report: ConversionReport): string | undefined {
  const parts: string[] = [];
  const process = textOf(service.application_process);
  const processText = process ? oneLine(htmlToText(process)) : '';
  if (processText) {
    parts.push(processText);
    report.mapped(`${path}.application_process`, '→ howToClaim');
  } else if (process) {
    report.dropped(`${path}.application_process`, MARKUP_ONLY);
  }
  const access = readEnum(service, path, 'attending_access', report);
  if (access) {
    parts.push(ACCESS_WORDS[access]!);
    report.mapped(`${path}.attending_access`, `"${access}" → howToClaim, as words`);
  }
  const attending = readEnum(service, path, 'attending_type', report);
  if (attending) {
    parts.push(`You can use it ${ATTENDING_WORDS[attending]}.`);
    report.mapped(`${path}.attending_type`, `"${attending}" → howToClaim, as words`);
  }
  if (parts.length === 0) return undefined;
  const text = parts.join(' ');
  if (text.length > 1000) report.assumed(`${path}.application_process`, 'howToClaim cut to 1000 characters');
  return clip(text, 1000);
}
