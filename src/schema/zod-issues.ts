/**
 * Turns zod's issues into plain-English ones. zod/mini ships no messages ("Invalid input"), and ours name
 * the property and what it should be, which is what a publisher needs to fix the file.
 */
import type * as z from 'zod/mini';
import { subjectOf, toPointer, type ValidationIssue } from './issues.js';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  // JSON's 1e309 reads as Infinity: it is a number, but not one anything can use.
  if (typeof value === 'number') return !Number.isFinite(value) ? 'a number too large to read' : Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const DEFAULT_MESSAGE = 'Invalid input';

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  const subject = subjectOf(issue.path);
  const custom = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return `${subject} is required`;
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `${subject} must be ${expected}, not ${describeValue(actual)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${subject} must not be empty` : `${subject} must be at least ${plural(min, 'character', 'characters')}`;
      if (issue.origin === 'array') return `${subject} must have at least ${plural(min, 'item', 'items')}`;
      return `${subject} must be ${min} or more`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${subject} must be at most ${plural(max, 'character', 'characters')}`;
      if (issue.origin === 'array') return `${subject} must have at most ${plural(max, 'item', 'items')}`;
      return `${subject} must be ${max} or less`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `${subject} must be ${JSON.stringify(issue.values[0])}`
        : `${subject} must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      if (custom) return `${subject} ${custom}`;
      if (issue.format === 'email') return `${subject} must be an email address`;
      return `${subject} is not in the right format (${issue.format})`;
    case 'not_multiple_of':
      return `${subject} must be a multiple of ${String(issue.divisor)}`;
    default:
      return custom ? `${subject} ${custom}` : `${subject} is not valid`;
  }
}

/** The words of the warning about a property this library does not know, which tools look for. */
export const UNKNOWN_PROPERTY = 'is not a property this library knows';

/** Converts zod issues; unknown properties become one warning each, pointing at the property itself. */
export function fromZodIssues(zodIssues: readonly z.core.$ZodIssue[], input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        issues.push({ path: toPointer(path), message: `${subjectOf(path)} ${UNKNOWN_PROPERTY}, so it is ignored`, severity: 'warning' });
      }
      continue;
    }
    issues.push({ path: toPointer(issue.path), message: messageFor(issue, input), severity: 'error' });
  }
  return issues;
}
