// Generates schema/offer.schema.json, schema/directory.schema.json and schema/coverage-report.schema.json
// from the zod schemas with zod's own toJSONSchema, adding the titles and descriptions of
// src/schema/schema-docs.ts and src/schema/coverage-report-docs.ts. It runs at build time, so
// the browser bundle carries neither the converter nor the text. `--check` fails when the committed files
// differ from what the code generates (run by `npm test`).
import { toJSONSchema } from 'zod/mini';
import { OfferSchema, DirectorySchema } from '../dist/src/schema/index.js';
import { LINK_SCHEMAS } from '../dist/src/schema/fields.js';
import { SCHEMA_DOCS } from '../dist/src/schema/schema-docs.js';
import { CoverageReportSchema } from '../dist/src/schema/coverage-report-schema.js';
import { COVERAGE_REPORT_DOCS } from '../dist/src/schema/coverage-report-docs.js';
import { writeOrCheck } from './generated-files.mjs';

const BASE = 'https://unpkg.com/local-offer-elements/schema/';

/** The allowlist of link schemes, spelt out because JSON Schema patterns have no case-insensitive flag. */
const LINK_PATTERN = '^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?://|[Tt][Ee][Ll]:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Ss][Mm][Ss]:)\\S';

function annotate({ zodSchema, jsonSchema }) {
  if (LINK_SCHEMAS.has(zodSchema)) jsonSchema.pattern = LINK_PATTERN;
  const docs = SCHEMA_DOCS.get(zodSchema) ?? COVERAGE_REPORT_DOCS.get(zodSchema);
  if (!docs) return;
  // Unknown properties are warnings for our validator so that newer files still load; an editor schema
  // that forbade them would call those same files invalid.
  delete jsonSchema.additionalProperties;
  for (const key of Object.keys(jsonSchema.properties ?? {})) {
    const doc = docs.properties[key];
    if (!doc) throw new Error(`src/schema/schema-docs.ts has no title and description for "${key}" in ${docs.title}`);
    const [title, description, extra] = doc;
    jsonSchema.properties[key] = { ...jsonSchema.properties[key], title, description, ...extra };
  }
  jsonSchema.title = docs.title;
  jsonSchema.description = docs.description;
}

export function generate() {
  const files = {};
  for (const [name, schema] of [
    ['offer', OfferSchema],
    ['directory', DirectorySchema],
    ['coverage-report', CoverageReportSchema],
  ]) {
    const { $schema, ...rest } = toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', override: annotate });
    const ordered = { $schema, $id: `${BASE}${name}.schema.json`, ...rest };
    files[`schema/${name}.schema.json`] = JSON.stringify(ordered, null, 2) + '\n';
  }
  return files;
}

await writeOrCheck(generate(), { source: 'src/schema' });
