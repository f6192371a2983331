/**
 * The directory document lists offers by council, so a finder loads only the offers one place needs.
 */
import * as z from 'zod/mini';
import { councilCode, councilCodes, isoDate, slug, text } from './fields.js';

/** Offer addresses may be relative to the directory; absolute ones must be web addresses. */
const OFFER_URL_PATTERN = /^(?:https?:\/\/[^\s]+|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\s]+)$/;

export const DirectoryEntrySchema = z.strictObject({
  councilCode: councilCode(),
  name: text(200),
  url: z
    .string()
    .check(z.maxLength(2000), z.regex(OFFER_URL_PATTERN, { error: 'must be an https:// or http:// address, or a path relative to the directory' })),
  covers: z.optional(councilCodes()),
});

export const DirectorySchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.string(),
  id: slug(),
  title: text(200),
  isExample: z.optional(z.boolean()),
  lastUpdated: isoDate(),
  offers: z.array(DirectoryEntrySchema).check(z.maxLength(1000)),
});

export type Directory = z.output<typeof DirectorySchema>;
export type DirectoryEntry = z.output<typeof DirectoryEntrySchema>;
