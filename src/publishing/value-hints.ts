/**
 * What to write instead, for values publishers often get nearly right: a date in another order, a web
 * address without https://, a phone number or email where a link goes, an object or a list written as
 * text. Every suggestion is checked against the schema at that place before it is made, so a hint is
 * never itself wrong; when no safe suggestion exists, nothing is added.
 */
import { phoneHref } from '../schema/url.js';
import { accepts, isDate, isLink, isList, isObject, knownKeys, type Schema } from './schema-walk.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word === 'sept') return 9;
  const index = word.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(word)) : -1;
  return index >= 0 ? index + 1 : undefined;
}

/** YYYY-MM-DD for a real calendar date; undefined for 31 April, 29 February 2025, month 13 and the like. */
function isoDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1900 || year > 2199) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date written as YYYY-MM-DD. Numbers with slashes, dots or hyphens are read day first, as written in
 * the UK; a two-digit year is this century. "1 April 2025", "April 1, 2025" and date-times are read too.
 */
export function suggestDate(text: string): string | undefined {
  const value = text.trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(value);
  if (match) return isoDate(Number(match[3]) + (match[3]!.length === 2 ? 2000 : 0), Number(match[2]), Number(match[1]));
  match = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(value);
  if (match) return isoDate(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (match) return isoDate(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  return undefined;
}

/** The link a publisher meant, with what kind of thing it is: a web address, a phone number or an email. */
export function suggestLink(text: string): { what: string; link: string } | undefined {
  const value = text.trim();
  const email = /^(?:mailto:\s*)?([^\s@:/<>"]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(value);
  if (email) return { what: 'an email address', link: `mailto:${email[1]}` };
  const digits = value.replace(/\D/g, '').length;
  if (/^(?:tel:\s*)?\+?[\d\s().-]+$/i.test(value) && digits >= 10 && digits <= 15) return { what: 'a phone number', link: phoneHref('tel', value)! };
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(value)) return { what: 'a web address', link: `https://${value}` };
  return undefined;
}

/** JSON with a space after each colon and comma, as publishers' files are written. */
export function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${show(item)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

/** "£3,000" or "£3000.50" as pence; undefined for anything that is not plainly an amount. */
function penceOf(text: string): number | undefined {
  const match = /^£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?$/.exec(text.trim());
  return match ? Number(match[1]!.replace(/,/g, '')) * 100 + Number(match[2] ?? 0) : undefined;
}

const POSTCODE = /\s*,?\s*([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i;

/** An address in lines, its postcode apart, from the way people write one on a single line. */
function addressOf(text: string): { lines: string[]; postcode?: string } {
  const postcode = POSTCODE.exec(text.trim());
  const rest = postcode ? text.trim().slice(0, postcode.index) : text;
  const lines = rest
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter(Boolean);
  return postcode ? { lines, postcode: postcode[1]!.toUpperCase() } : { lines };
}

/**
 * The right shape for objects publishers most often write as text, and where the words they wrote can go.
 * Keyed by property name: these are examples, and each is checked against the schema before it is shown.
 */
const OBJECT_EXAMPLES: Readonly<Record<string, (text: string) => { example: unknown; words?: string }>> = {
  openingHours: () => ({ example: { monday: [{ opens: '09:00', closes: '17:00' }] }, words: 'note' }),
  address: (text) => ({ example: addressOf(text) }),
  value: (text) => {
    const pence = penceOf(text);
    return pence === undefined ? { example: { amountPence: 300000, period: 'once' }, words: 'description' } : { example: { amountPence: pence } };
  },
  eligibility: () => ({ example: { statuses: ['former-relevant'], minAge: 18, maxAge: 24 }, words: 'conditions' }),
  publisher: (text) => ({ example: { name: text.trim() } }),
  available: () => ({ example: { from: '2026-04-01', until: '2027-03-31' }, words: 'note' }),
};

function objectHint(key: string, text: string, schemas: readonly Schema[]): string {
  const objects = schemas.filter(isObject);
  const known = knownKeys(objects);
  const made = Object.hasOwn(OBJECT_EXAMPLES, key) ? OBJECT_EXAMPLES[key]!(text) : undefined;
  if (made && accepts(objects, made.example)) {
    const words = made.words && known.includes(made.words) ? `, and put words in "${made.words}"` : '';
    return `. Write it like: ${show(made.example)}${words}`;
  }
  return `. Write it as an object with any of these properties: ${known.map((name) => `"${name}"`).join(', ')}`;
}

/** A list written as text: one item, or several separated by commas. */
function listHint(text: string, schemas: readonly Schema[]): string | undefined {
  const lists = schemas.filter(isList);
  for (const list of [[text], text.split(',').map((item) => item.trim())]) {
    if (accepts(lists, list)) return `. Write it as a list: ${show(list)}`;
  }
  return undefined;
}

/**
 * What to add to the message of an error about `value`, the text written at a property named `key` whose
 * schemas are `schemas`; undefined when there is nothing safe to suggest.
 */
export function valueHint(key: string, value: unknown, schemas: readonly Schema[]): string | undefined {
  if (typeof value !== 'string' || schemas.length === 0 || accepts(schemas, value)) return undefined;
  if (schemas.some(isObject)) return objectHint(key, value, schemas);
  if (schemas.some(isList)) return listHint(value, schemas);
  if (schemas.some(isDate)) {
    const date = suggestDate(value);
    return date !== undefined && accepts(schemas, date) ? `: write "${date}"` : undefined;
  }
  if (schemas.some(isLink)) {
    const link = suggestLink(value);
    return link && accepts(schemas, link.link) ? `. For ${link.what}, write "${link.link}"` : undefined;
  }
  return undefined;
}
