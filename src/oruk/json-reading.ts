/**
 * Careful reading of untrusted feed JSON: each helper returns a usable value or undefined, never throws,
 * and treats the blanks real feeds send ("", "   ", null) as missing.
 */
import { htmlToLine } from './html-to-text.js';
import type { JsonObject } from './oruk-types.js';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectOrUndefined(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** The items of an array that are objects, each with its index in the original array. */
export function objectsIn(value: unknown): { readonly item: JsonObject; readonly index: number }[] {
  if (!Array.isArray(value)) return [];
  const found: { item: JsonObject; index: number }[] = [];
  value.forEach((item, index) => {
    if (isObject(item)) found.push({ item, index });
  });
  return found;
}

/** Text with its white space trimmed; numbers are read as text, since feeds mix the two. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Why a value that is only markup ("<b></b>", "<p><br></p>") is dropped, in the words the report uses. */
export const MARKUP_ONLY = 'no text once its markup is removed';

/** Text as one plain line, markup removed; undefined when nothing is left, as with "<b></b>". */
export function lineOf(value: unknown): string | undefined {
  const text = textOf(value);
  return text === undefined ? undefined : htmlToLine(text) || undefined;
}

/** A number, also when a feed writes it as text ("18"). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Why a value could not be read, in the words the report uses. */
export function describeBlank(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'empty string' : `unreadable value ${JSON.stringify(value.slice(0, 60))}`;
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : 'a list where one value was expected';
  if (typeof value === 'object') return 'an object where text was expected';
  return `unreadable value ${JSON.stringify(value)}`;
}

/** True when the field is there but says nothing: "", [], {}, null. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A calendar date (YYYY-MM-DD) from a date or date-time, when it is a real date. */
export function dateOf(value: unknown): string | undefined {
  const text = textOf(value);
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** A short quotation of feed text for the report. */
export function quote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > max ? `${line.slice(0, max - 1)}…` : line);
}
