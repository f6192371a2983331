/**
 * The checks that need a valid file (ids that point nowhere, ids used twice, times in order) run, for a
 * file with schema errors, on the parts of it that are valid, so a publisher learns of every problem in
 * one run rather than one kind per run. The file stays invalid: this only finds more to fix.
 *
 * It reads the file as the elements do (readOffer: a bad list item, or a bad optional part of one, is left
 * out), after setting aside a bad property outside the lists, and keeps only what the strict check could
 * not see: nothing already reported, and nothing that is only a consequence of a part set aside.
 */
import { NATIONAL_ENTITLEMENT_IDS } from '../entitlements/national-catalogue.js';
import { fromPointer, type ValidationIssue } from '../schema/issues.js';
import type { LenientResult } from '../schema/lenient.js';
import { readDirectory, readOffer } from '../schema/parse.js';
import { accepts, alternatives, isList, isObject, rootSchema, schemasAt, type DocumentKind, type Schema } from './schema-walk.js';

type Json = Record<string, unknown>;

/** Text that passes the string properties a document must have: dates, slugs, names, council codes. */
const TEXT_SAMPLES = ['0000-01-01', 'placeholder', 'E06000001'];

/** A value the schema accepts, to stand in for a bad required property; undefined when none is found. */
function sample(schema: Schema, depth = 0): { value: unknown } | undefined {
  if (depth > 6) return undefined;
  for (const option of alternatives(schema)) {
    const def = option._zod.def;
    const candidates: unknown[] =
      def.type === 'string' ? TEXT_SAMPLES : def.type === 'number' ? [0, 1] : def.type === 'boolean' ? [false] : def.type === 'array' ? [[]] : [];
    if (def.type === 'enum') candidates.push(...Object.values((def as { entries?: Json }).entries ?? {}));
    if (def.type === 'object') {
      const value: Json = {};
      for (const [key, property] of Object.entries(def.shape ?? {})) {
        if (property._zod.def.type === 'optional') continue;
        const inner = sample(property, depth + 1);
        if (!inner) return undefined;
        value[key] = inner.value;
      }
      candidates.push(value);
    }
    if (def.type === 'array' && def.element) {
      const item = sample(def.element, depth + 1);
      if (item) candidates.push([item.value]);
    }
    const found = candidates.find((candidate) => accepts([option], candidate));
    if (found !== undefined) return { value: found };
  }
  return undefined;
}

/**
 * A copy of the document with each bad property outside the lists left out (when optional) or replaced by
 * a stand-in (when required), and the names of those properties; undefined when that cannot be done.
 */
function setAside(kind: DocumentKind, document: Json, strict: readonly ValidationIssue[]): { document: Json; keys: Set<string> } | undefined {
  const root = rootSchema(kind);
  const keys = new Set<string>();
  for (const issue of strict) {
    if (issue.severity !== 'error') continue;
    const [top, index] = fromPointer(issue.path);
    if (top === undefined || top === 'schemaVersion') return undefined;
    const lists = schemasAt(root, [top]).filter(isList);
    const inList = index !== undefined && /^\d+$/.test(index) && lists.some((list) => schemasAt(list, ['0']).some(isObject));
    if (!inList) keys.add(top);
  }
  // readOffer never changes what it is given, so a large file with errors only in its lists is not copied.
  if (keys.size === 0) return { document, keys };
  let copy: Json;
  try {
    copy = structuredClone(document);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    const [schema] = schemasAt(root, []).map((object) => object._zod.def.shape?.[key]);
    if (!schema) return undefined;
    if (schema._zod.def.type === 'optional') {
      delete copy[key];
      continue;
    }
    const stand = sample(schema);
    if (!stand) return undefined;
    copy[key] = stand.value;
  }
  return { document: copy, keys };
}

const key = (issue: ValidationIssue) => `${issue.severity}\n${issue.path}\n${issue.message}`;

/** The pointer and each of its parents, nearest first: "/a/0/b", "/a/0", "/a". */
function lineage(pointer: string): string[] {
  const paths: string[] = [];
  for (let path = pointer; path !== ''; path = path.slice(0, path.lastIndexOf('/'))) paths.push(path);
  return paths;
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of fromPointer(pointer)) node = node && typeof node === 'object' ? (node as Json)[segment] : undefined;
  return node;
}

/** Issues the cross-checks find in the valid parts of a file the schema refused, located as in the file. */
export function crossChecksDespiteErrors(kind: DocumentKind, document: unknown, strict: readonly ValidationIssue[]): ValidationIssue[] {
  if (!document || typeof document !== 'object' || Array.isArray(document)) return [];
  const aside = setAside(kind, document as Json, strict);
  if (!aside) return [];
  let read: LenientResult<unknown>;
  try {
    read = kind === 'directory' ? readDirectory(aside.document) : readOffer(aside.document, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
  } catch {
    return [];
  }
  if (!read.ok) return [];
  const dropped = read.dropped ?? [];
  const seen = new Set(strict.map(key));
  const notes = new Set(dropped.map((part) => `${part.path}\n${part.message}`));
  // A part left out for a problem already reported: what the checks then say about it, or about what it
  // holds, is that same problem again. An id that points at a part left out is not broken either.
  const asideParts = new Set(dropped.filter((part) => part.cause && seen.has(key(part.cause))).map((part) => part.path));
  const holdingAside = new Set([...asideParts].flatMap(lineage));
  const droppedIds = new Map<string, string[]>();
  for (const part of dropped) {
    const id = (valueAt(document, part.path) as Json | undefined)?.id;
    if (typeof id === 'string') droppedIds.set(id, [...(droppedIds.get(id) ?? []), part.path]);
  }
  const found: ValidationIssue[] = [];
  for (const issue of [...read.issues, ...dropped.flatMap((part) => (part.cause ? [part.cause] : []))]) {
    if (seen.has(key(issue)) || notes.has(`${issue.path}\n${issue.message}`)) continue;
    const [top] = fromPointer(issue.path);
    if (top !== undefined && aside.keys.has(top)) continue;
    if ([...aside.keys].some((name) => issue.message.includes(`"${name}"`))) continue;
    const parents = lineage(issue.path);
    if (holdingAside.has(issue.path) || parents.some((path) => asideParts.has(path))) continue;
    // The part's own id is not a reference: an item left out for an id used twice still reports it.
    const value = valueAt(document, issue.path);
    if (typeof value === 'string' && droppedIds.get(value)?.some((part) => !parents.includes(part))) continue;
    seen.add(key(issue));
    found.push(issue);
  }
  return found;
}
