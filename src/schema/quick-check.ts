/**
 * The browser's quick yes/no check of an offer, compiled once into plain functions from the JSON Schema
 * that zod's toJSONSchema makes of src/schema (src/schema/generated/quick-check-schemas.ts). "Yes" means
 * zod would accept the document as it is, changing nothing and noting nothing; anything else, including
 * what zod merely warns about or tidies (unknown properties, text with spaces at either end), is "no",
 * and the caller reads the document with the full zod reader, loaded only then, for its located messages.
 * docs/validation.md says why this is a small checker of our own and not a validator generator.
 *
 * It knows only the keywords our schema uses, and a schema with any other keyword is refused when it is
 * compiled, so the check can never pass something it did not look at. Lengths count code points, as JSON
 * Schema and zod do (an emoji is one), and patterns have no `u` flag, as zod's do.
 */
import { NOT_PLAIN_TEXT } from './cross-checks.js';
import { isAllowedUrl } from './url.js';
import { looksLikeHtml } from '../text/looks-like-html.js';

/** The subset of JSON Schema (draft 2020-12) the offer and directory schemas are written in. */
export interface QuickSchema {
  readonly type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly properties?: Readonly<Record<string, QuickSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly items?: QuickSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** "text": not blank, no white space at either end (zod's text() would trim it); "link": an allowed link. */
  readonly format?: 'text' | 'link';
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

export type QuickCheck = (value: unknown) => boolean;

const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'minimum',
  'maximum',
]);

/** Code points: UTF-16 units less one for each surrogate pair. Only counted where units alone cannot tell. */
function codePoints(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/** A length in code points within [min, max]; a code point is one or two units, so most strings need no count. */
function lengthWithin(value: string, min: number, max: number): boolean {
  const units = value.length;
  if (units >= 2 * min && units <= max) return true;
  if (units < min) return false;
  const length = codePoints(value);
  return length >= min && length <= max;
}

/** \s is exactly the white space String.prototype.trim removes. */
const SPACE = /\s/;

/** Not blank, and nothing for trim() to take away: looks at the two ends only. */
const isTrimmed = (value: string) => value.length > 0 && !SPACE.test(value[0]!) && !SPACE.test(value[value.length - 1]!);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the cross-checks would warn about: text that looks like HTML (cross-checks.ts, checkPlainText). */
const isPlain = (value: string) => (!value.includes('<') && !value.includes('&')) || !looksLikeHtml(value);

function compileString(schema: QuickSchema, { plainText = false }: CompileOptions): QuickCheck {
  const { minLength = 0, maxLength = Infinity, format } = schema;
  const bounded = minLength > 0 || maxLength < Infinity;
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern);
  const allowed = schema.enum && new Set(schema.enum);
  const text = format === 'text';
  const link = format === 'link';
  // One function for every string, its tests switched by constants: a string costs one call, not one per test.
  return (value) =>
    typeof value === 'string' &&
    (!bounded || lengthWithin(value, minLength, maxLength)) &&
    (pattern === undefined || pattern.test(value)) &&
    (allowed === undefined || allowed.has(value)) &&
    (!text || isTrimmed(value)) &&
    (!link || isAllowedUrl(value)) &&
    (!plainText || isPlain(value));
}

function compileObject(schema: QuickSchema, options: CompileOptions): QuickCheck {
  const checks = new Map(
    Object.entries(schema.properties ?? {}).map(([key, property]) => [key, compile(property, key === NOT_PLAIN_TEXT ? {} : options)] as const),
  );
  const required = new Set(schema.required ?? []);
  const closed = schema.additionalProperties === false;
  // One pass over the object's own keys: each known key checked, an unknown one refused, required ones counted.
  return (value) => {
    if (!isObject(value)) return false;
    let found = 0;
    for (const key of Object.keys(value)) {
      const check = checks.get(key);
      if (check === undefined) {
        if (closed) return false;
        continue;
      }
      if (!check(value[key])) return false;
      if (required.has(key)) found++;
    }
    return found === required.size;
  };
}

function compileArray(schema: QuickSchema, options: CompileOptions): QuickCheck {
  const { minItems = 0, maxItems = Infinity } = schema;
  const item = schema.items && compile(schema.items, options);
  return (value) => {
    if (!Array.isArray(value) || value.length < minItems || value.length > maxItems) return false;
    if (item) for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
    return true;
  };
}

function compileNumber(schema: QuickSchema): QuickCheck {
  const { minimum = -Infinity, maximum = Infinity } = schema;
  const whole = schema.type === 'integer';
  return (value) => typeof value === 'number' && (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) && value >= minimum && value <= maximum;
}

export interface CompileOptions {
  /**
   * Say no to text that looks like HTML anywhere but "$schema", as the offer's cross-checks warn about it:
   * the quick check looks at every string already, so the cross-checks need not walk them all again.
   */
  readonly plainText?: boolean;
}

/** Compiles a schema into its check; throws on a keyword or type it does not know. */
export function compile(schema: QuickSchema, options: CompileOptions = {}): QuickCheck {
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw new Error(`The quick check does not know the keyword "${key}"`);
  switch (schema.type) {
    case 'object':
      return compileObject(schema, options);
    case 'array':
      return compileArray(schema, options);
    case 'string':
      return compileString(schema, options);
    case 'integer':
    case 'number':
      return compileNumber(schema);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    default:
      throw new Error(`The quick check does not know the type "${String(schema.type)}"`);
  }
}
