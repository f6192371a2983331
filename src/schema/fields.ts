/**
 * Building blocks shared by the offer and directory schemas. They carry no titles or descriptions: those
 * live in schema-docs.ts and reach publishers through the generated JSON Schema, so the text never weighs
 * down the browser bundle.
 */
import * as z from 'zod/mini';
import { COUNCIL_CODE_PATTERN, SLUG_PATTERN } from './patterns.js';
import { isAllowedUrl } from './url.js';

export { COUNCIL_CODE_PATTERN, SCHEMA_VERSION_PATTERN, SLUG_PATTERN } from './patterns.js';

// zod probes for eval (new Function) when a schema is built, to compile fast parsers. Under a council's
// strict Content-Security-Policy that probe is a CSP violation — logged, and reported if the site collects
// reports. Measured on our schema it gains nothing, so it is switched off before any schema is built.
z.config({ jitless: true });

export const slug = () => z.string().check(z.regex(SLUG_PATTERN, { error: 'must be a lower-case slug such as "council-tax-discount"' }), z.maxLength(120));

export const councilCode = () =>
  z.string().check(z.regex(COUNCIL_CODE_PATTERN, { error: 'must be the GSS code of a council in England, such as "E10000024"' }));

export const councilCodes = () => z.array(councilCode()).check(z.minLength(1), z.maxLength(400));

/** A real calendar date (zod's ISO date pattern knows month lengths and leap years). */
export const isoDate = () => z.iso.date({ error: 'must be a real calendar date written as YYYY-MM-DD' });

/** Text schemas and their most characters, so the browser's quick check can be generated from them. */
export const TEXT_SCHEMAS = new WeakMap<object, number>();

/** Plain text: never rendered as HTML, and never blank. */
export const text = (max: number) => {
  const schema = z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
  TEXT_SCHEMAS.set(schema, max);
  return schema;
};

export const email = () => z.email({ error: 'must be an email address such as "team@council.gov.uk"' });

/** Link schemas, so the JSON Schema generator can add the allowlist as a pattern for editors. */
export const LINK_SCHEMAS = new WeakSet<object>();

/** A link shown to the user: only the schemes in ALLOWED_URL_SCHEMES pass. */
export const link = () => {
  const schema = z
    .string()
    .check(z.maxLength(2000), z.refine(isAllowedUrl, { error: 'must be a web address starting https:// or http://, or a tel:, mailto: or sms: link' }));
  LINK_SCHEMAS.add(schema);
  return schema;
};
