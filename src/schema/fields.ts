/**
 * Building blocks shared by the offer and directory schemas. Every field carries a title and description:
 * they become editor hints in the published JSON Schema, which is what publishers actually read.
 */
import * as z from 'zod/mini';
import { isAllowedUrl } from './url.js';

/** Attaches the title and description that the JSON Schema shows as editor hints. */
export function described<T extends z.ZodMiniType>(schema: T, title: string, description: string, extra: Record<string, unknown> = {}): T {
  return schema.check(z.meta({ title, description, ...extra })) as T;
}

/** Stable ids are lower-case slugs so that they survive copying between files and URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = (title: string, description: string) =>
  described(z.string().check(z.regex(SLUG_PATTERN, { error: 'must be a lower-case slug such as "council-tax-discount"' }), z.maxLength(120)), title, description);

/** A GSS code of a council in England: E06 unitary, E07 district, E08 metropolitan, E09 London, E10 county. */
export const COUNCIL_CODE_PATTERN = /^E(?:0[6-9]|10)\d{6}$/;

export const councilCode = (title: string, description: string) =>
  described(
    z.string().check(z.regex(COUNCIL_CODE_PATTERN, { error: 'must be the GSS code of a council in England, such as "E10000024"' })),
    title,
    description,
  );

/** A real calendar date (zod's ISO date pattern knows month lengths and leap years). */
export const isoDate = (title: string, description: string) =>
  described(z.iso.date({ error: 'must be a real calendar date written as YYYY-MM-DD' }), title, description);

/** Plain text: never rendered as HTML, and never blank. */
export const text = (title: string, description: string, max = 2000) =>
  described(z.string().check(z.trim(), z.minLength(1), z.maxLength(max)), title, description);

/**
 * A link shown to the user. Only the schemes in ALLOWED_URL_SCHEMES pass; the pattern is spelt out for
 * JSON Schema, which has no case-insensitive flag.
 */
export const URL_PATTERN_FOR_JSON_SCHEMA =
  '^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?://|[Tt][Ee][Ll]:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Ss][Mm][Ss]:)\\S';

export const link = (title: string, description: string) =>
  described(
    z.string().check(
      z.maxLength(2000),
      z.refine(isAllowedUrl, { error: 'must be a web address starting https:// or http://, or a tel:, mailto: or sms: link' }),
    ),
    title,
    description,
    { pattern: URL_PATTERN_FOR_JSON_SCHEMA },
  );

/** A version such as "1.0": the major number changes only when old readers could misread a file. */
export const SCHEMA_VERSION_PATTERN = /^(\d+)\.(\d+)$/;

/** For editors: the major version this library reads; other versions are explained by parseOffer. */
export const SCHEMA_VERSION_JSON_PATTERN = '^1\\.\\d+$';
