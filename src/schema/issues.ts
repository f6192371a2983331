/**
 * Validation issues in a shape publishers and elements can both use: where (a JSON Pointer, RFC 6901),
 * what is wrong in plain English, and whether it stops the file loading.
 */
export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  /** JSON Pointer to the offending value, "" for the whole document. */
  readonly path: string;
  /** Plain English, naming the property, such as `"title" is required`. */
  readonly message: string;
  readonly severity: Severity;
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T; readonly issues: readonly ValidationIssue[] } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export type PathSegment = string | number;

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * How a message names the value at a path: `"title"`, `The item at /entitlements/2`, or `The document`.
 * Items are named by their pointer, so a message counts from 0 as the pointer beside it does.
 */
export function subjectOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The document';
  const last = path[path.length - 1];
  return typeof last === 'number' ? `The item at ${toPointer(path)}` : `"${String(last)}"`;
}

export function error(path: readonly PropertyKey[], message: string): ValidationIssue {
  return { path: toPointer(path), message, severity: 'error' };
}

export function warning(path: readonly PropertyKey[], message: string): ValidationIssue {
  return { path: toPointer(path), message, severity: 'warning' };
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
