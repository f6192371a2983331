/**
 * The words in our own `local_offer_elements` extensions, made plain as every other field's are. Our export
 * writes plain text there, but an extension is part of the file, which anyone can edit: a note, a tag or a
 * title holding markup would otherwise reach the offer as it is, and a young person would see the tags.
 * Each value goes through the same conversion as the ORUK fields, and a value with no text once its markup
 * is removed is dropped with a line in the report.
 */
import type { Contact, Entitlement, OpeningHours } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { htmlToLine, htmlToText } from './html-to-text.js';
import { MARKUP_ONLY, textOf } from './json-reading.js';

type Address = NonNullable<Contact['address']>;
type Link = NonNullable<Entitlement['links']>[number];
type Value = NonNullable<Entitlement['value']>;

/** The value as one plain line; undefined when it holds no text, reported when it held only markup. */
export function plainLine(value: unknown, where: string, report: ConversionReport): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  const line = htmlToLine(raw);
  if (!line) report.dropped(where, MARKUP_ONLY);
  return line || undefined;
}

/** The value as plain text that keeps its paragraphs, for longer text such as the offer's summary. */
export function plainText(value: unknown, where: string, report: ConversionReport): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  const text = htmlToText(raw);
  if (!text) report.dropped(where, MARKUP_ONLY);
  return text || undefined;
}

/** Each text of a list as a plain line: those that were only markup are dropped and reported. */
export function plainLines(value: unknown, where: string, report: ConversionReport): string[] {
  const lines: string[] = [];
  if (!Array.isArray(value)) return lines;
  value.forEach((item, index) => {
    const line = plainLine(item, `${where}[${index}]`, report);
    if (line) lines.push(line);
  });
  return lines;
}

/** Opening hours with a plain note; undefined when the note was all they held and it was only markup. */
export function plainOpeningHours(hours: OpeningHours, where: string, report: ConversionReport): OpeningHours | undefined {
  if (hours.note === undefined) return hours;
  const { note: raw, ...rest } = hours;
  const note = plainLine(raw, `${where}.note`, report);
  if (note) return { ...rest, note };
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** An address with plain lines and postcode; undefined when no line has any text. */
export function plainAddress(address: Address, where: string, report: ConversionReport): Address | undefined {
  const lines = address.lines.flatMap((line, index) => plainLine(line, `${where}.lines[${index}]`, report) ?? []);
  const postcode = plainLine(address.postcode, `${where}.postcode`, report);
  if (lines.length === 0) {
    report.dropped(where, 'no line of the address has any text once its markup is removed');
    return undefined;
  }
  return { lines, ...(postcode ? { postcode } : {}) };
}

/** Links with plain titles: a link whose title was only markup is dropped and reported. */
export function plainLinks(links: readonly Link[], where: string, report: ConversionReport): Link[] {
  const plain: Link[] = [];
  links.forEach((link, index) => {
    const title = htmlToLine(link.title);
    if (title) plain.push({ ...link, title });
    else report.dropped(`${where}[${index}]`, `its title has no text once its markup is removed, and a link needs one`);
  });
  return plain;
}

/** A value with a plain description; undefined when the description was all it said and it was only markup. */
export function plainValue(value: Value, where: string, report: ConversionReport): Value | undefined {
  // A tier's condition is words a young person reads, like the description.
  const tiers = value.tiers?.map((tier, index) => {
    if (tier.condition === undefined) return tier;
    const { condition: raw, ...rest } = tier;
    const condition = plainLine(raw, `${where}.tiers[${index}].condition`, report);
    return condition ? { ...rest, condition } : rest;
  });
  const plain = tiers ? { ...value, tiers } : value;
  if (plain.description === undefined) return plain;
  const { description: raw, ...rest } = plain;
  const description = plainLine(raw, `${where}.description`, report);
  if (description) return { ...rest, description };
  const saysMore = [rest.amountPence, rest.percentage, rest.tiers, rest.instalmentsPence, rest.notPublished, rest.period].some((part) => part !== undefined);
  return saysMore ? rest : undefined;
}
