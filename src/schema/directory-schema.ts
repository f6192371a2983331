/**
 * The directory document lists offers by council, so a finder loads only the offers one place needs.
 */
import * as z from 'zod/mini';
import { SCHEMA_VERSION_JSON_PATTERN, councilCode, described, isoDate, slug, text } from './fields.js';

/** Offer addresses may be relative to the directory; absolute ones must be web addresses. */
const OFFER_URL_PATTERN = /^(?:https?:\/\/[^\s]+|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\s]+)$/;

export const DirectoryEntrySchema = described(
  z.strictObject({
    councilCode: councilCode('Council code', 'GSS code of the council that publishes this offer.'),
    name: text('Name', 'Name of the council or offer, for people reading the directory.', 200),
    url: described(
      z.string().check(z.regex(OFFER_URL_PATTERN, { error: 'must be an https:// or http:// address, or a path relative to the directory' })),
      'Offer address',
      'Where the offer file is: an https:// address, or a path relative to this directory file.',
    ),
    covers: z.optional(
      described(z.array(councilCode('Council code', 'GSS code of a council.')).check(z.minLength(1)), 'Covers', 'Other councils whose areas this offer also covers, such as the districts in a joint county offer.'),
    ),
  }),
  'Directory entry',
  'One published offer.',
);

export const DirectorySchema = described(
  z.strictObject({
    $schema: z.optional(described(z.string(), 'JSON Schema', 'The address of this JSON Schema, for editors.')),
    schemaVersion: described(z.string(), 'Schema version', 'The version of this format the file is written in, such as "1.0".', { pattern: SCHEMA_VERSION_JSON_PATTERN }),
    id: slug('Directory id', 'Stable id for this directory.'),
    title: text('Title', 'The name of the directory.', 200),
    isExample: z.optional(described(z.boolean(), 'Example data', 'True when this directory lists example data.')),
    lastUpdated: isoDate('Last updated', 'When the list was last checked.'),
    offers: described(z.array(DirectoryEntrySchema), 'Offers', 'The offers, one per publishing council.'),
  }),
  'Directory of Local Offers for Care Leavers',
  'A list of published offers by council, in the Local Offer Elements format.',
);

export type Directory = z.output<typeof DirectorySchema>;
export type DirectoryEntry = z.output<typeof DirectoryEntrySchema>;
