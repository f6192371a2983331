/**
 * Adds to an issue's message what to write instead, where that can be known: the property a misspelt one
 * was meant to be, and the right form of a value written as text (see value-hints.ts). The schema is read
 * along the issue's path, so the hints know only what the library knows at that place.
 */
import { fromPointer, type ValidationIssue } from '../schema/issues.js';
import { knownKeys, rootSchema, schemasAt, type DocumentKind } from './schema-walk.js';
import { didYouMean, suggestKey } from './suggest-keys.js';
import { valueHint } from './value-hints.js';

function valueAt(document: unknown, segments: readonly string[]): unknown {
  let node = document;
  for (const segment of segments) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The issue, its message extended with a hint when one is safe to give. */
export function withHint(kind: DocumentKind, document: unknown, issue: ValidationIssue): ValidationIssue {
  const segments = fromPointer(issue.path);
  const key = segments[segments.length - 1];
  if (key === undefined) return issue;
  const root = rootSchema(kind);
  let hint: string | undefined;
  if (issue.severity === 'warning') {
    // An unknown property: its object is in the schema, but it is not one of that object's properties.
    const parent = segments.slice(0, -1);
    const known = knownKeys(schemasAt(root, parent));
    const owner = valueAt(document, parent);
    if (known.length > 0 && !known.includes(key) && owner && typeof owner === 'object' && Object.hasOwn(owner, key)) {
      const suggestion = suggestKey(key, known, Object.keys(owner));
      hint = suggestion && didYouMean(suggestion);
    }
  } else {
    hint = valueHint(key, valueAt(document, segments), schemasAt(root, segments));
  }
  return hint ? { ...issue, message: issue.message + hint } : issue;
}
