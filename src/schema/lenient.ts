/**
 * Reading a document the way the elements do: every part of it that is valid is kept. A bad item of a
 * list (an entitlement, a contact, a directory listing) is left out, a bad optional part of an item (a
 * link, a website, opening hours) is left out of that item, and each is reported with its JSON Pointer as
 * numbered in the file. A document that is wrong outside its lists is still refused whole. The command
 * line stays strict: it uses the parser directly.
 */
import { fromPointer, toPointer, warning, type ParseResult, type ValidationIssue } from './issues.js';

/** A part of the document left out, with the first problem that made it go. */
export interface DroppedPart {
  /** JSON Pointer of the part, numbered as in the file. */
  readonly path: string;
  readonly message: string;
  /** The problem, numbered as in the file: publisher tools report it where it is. */
  readonly cause?: ValidationIssue;
}

export type LenientResult<T> = ParseResult<T> & { readonly dropped?: readonly DroppedPart[] };

export interface LenientRules {
  /** Top-level lists whose items can be left out one by one, with the most items each may hold. */
  readonly lists: Readonly<Record<string, number>>;
  /** Inside an item of such a list: optional lists whose own items can be left out. */
  readonly optionalLists: Readonly<Record<string, readonly string[]>>;
  /** Inside an item of such a list: optional properties that can be left out, keeping the item. */
  readonly optionalProperties: Readonly<Record<string, readonly string[]>>;
}

type Json = Record<string, unknown>;

/** Where each item now in a list stood in the file. */
type Origins = Map<string, number[]>;

type Repair =
  | { readonly kind: 'item'; readonly list: string; readonly index: number }
  | { readonly kind: 'nested'; readonly list: string; readonly index: number; readonly nested: string; readonly nestedIndex: number }
  | { readonly kind: 'property'; readonly list: string; readonly index: number; readonly property: string };

const MAX_ROUNDS = 8;

const listKey = (list: string, index?: number, nested?: string) => (nested === undefined ? list : `${list}/${index}/${nested}`);

/** An issue of the document as it now is, numbered as in the file, pointers in its message too. */
const fileIssue = (issue: ValidationIssue, origins: Origins): ValidationIssue => ({
  ...issue,
  path: inFile(issue.path, origins),
  message: issue.message.replace(/(^|[\s(])(\/[\w-]+\/\d+[^\s),;"]*)/g, (_, before: string, pointer: string) => before + inFile(pointer, origins)),
});

/** A path in the document as it now is, numbered as in the file. */
function inFile(path: string, origins: Origins): string {
  const segments = fromPointer(path);
  const [list, index, nested, nestedIndex] = segments;
  const out: PropertyKey[] = [...segments];
  if (list !== undefined && index !== undefined && origins.has(list)) {
    const item = origins.get(list)![Number(index)];
    if (item !== undefined) {
      out[1] = item;
      if (nested !== undefined && nestedIndex !== undefined) {
        const inner = origins.get(listKey(list, item, nested))?.[Number(nestedIndex)];
        if (inner !== undefined) out[3] = inner;
      }
    }
  }
  return toPointer(out);
}

function planRepair(path: string, doc: Json, rules: LenientRules): Repair | undefined {
  const [list, index, inner, innerIndex] = fromPointer(path);
  if (list === undefined || !(list in rules.lists) || index === undefined || !/^\d+$/.test(index)) return undefined;
  const at = Number(index);
  if (!Array.isArray(doc[list]) || at >= (doc[list] as unknown[]).length) return undefined;
  if (inner !== undefined && innerIndex !== undefined && /^\d+$/.test(innerIndex) && rules.optionalLists[list]?.includes(inner)) {
    return { kind: 'nested', list, index: at, nested: inner, nestedIndex: Number(innerIndex) };
  }
  if (inner !== undefined && rules.optionalProperties[list]?.includes(inner)) return { kind: 'property', list, index: at, property: inner };
  return { kind: 'item', list, index: at };
}

function pathOf(repair: Repair, origins: Origins): string {
  const item = origins.get(repair.list)![repair.index]!;
  if (repair.kind === 'item') return toPointer([repair.list, item]);
  if (repair.kind === 'property') return toPointer([repair.list, item, repair.property]);
  const nestedIndex = origins.get(listKey(repair.list, item, repair.nested))?.[repair.nestedIndex] ?? repair.nestedIndex;
  return toPointer([repair.list, item, repair.nested, nestedIndex]);
}

/** Applies repairs to the working copy, items last and from the end, so indices stay true while it works. */
function apply(repairs: readonly Repair[], doc: Json, origins: Origins): void {
  const removedItems = new Set(repairs.filter((r) => r.kind === 'item').map((r) => `${r.list}/${r.index}`));
  const nested = repairs.filter((r): r is Extract<Repair, { kind: 'nested' }> => r.kind === 'nested' && !removedItems.has(`${r.list}/${r.index}`));
  for (const repair of [...nested].sort((a, b) => b.nestedIndex - a.nestedIndex)) {
    const owner = (doc[repair.list] as Json[])[repair.index]!;
    const list = owner[repair.nested] as unknown[];
    list.splice(repair.nestedIndex, 1);
    origins.get(listKey(repair.list, origins.get(repair.list)![repair.index]!, repair.nested))?.splice(repair.nestedIndex, 1);
  }
  for (const repair of repairs) {
    if (repair.kind === 'property' && !removedItems.has(`${repair.list}/${repair.index}`)) delete (doc[repair.list] as Json[])[repair.index]![repair.property];
  }
  const items = repairs.filter((r) => r.kind === 'item').sort((a, b) => b.index - a.index);
  for (const repair of items) {
    (doc[repair.list] as unknown[]).splice(repair.index, 1);
    origins.get(repair.list)!.splice(repair.index, 1);
  }
}

/**
 * Parses `input` with `parse`, leaving out the parts `rules` allow when they are what is wrong. Never
 * throws; the result's issues carry the file's own numbering.
 */
export function parseLeniently<T>(parse: (input: unknown) => ParseResult<T>, input: unknown, rules: LenientRules): LenientResult<T> {
  const first = parse(input);
  if (first.ok || input === null || typeof input !== 'object' || Array.isArray(input)) return first;
  let doc: Json;
  try {
    doc = structuredClone(input) as Json;
  } catch {
    return first;
  }
  const origins: Origins = new Map();
  const dropped: DroppedPart[] = [];
  for (const [list, most] of Object.entries(rules.lists)) {
    const items = doc[list];
    if (!Array.isArray(items)) continue;
    if (items.length > most) {
      dropped.push({ path: toPointer([list]), message: `Left out the ${items.length - most} items of "${list}" after the first ${most}` });
      items.length = most;
    }
    origins.set(
      list,
      items.map((_, index) => index),
    );
    items.forEach((item, index) => {
      for (const nested of rules.optionalLists[list] ?? []) {
        const inner = (item as Json | null)?.[nested];
        if (Array.isArray(inner))
          origins.set(
            listKey(list, index, nested),
            inner.map((__, innerIndex) => innerIndex),
          );
      }
    });
  }
  // Until a list is cut short, the copy reads as the input did: the first round reuses that reading.
  const unchanged = dropped.length === 0;
  let result: ParseResult<T> = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    result = round === 0 && unchanged ? first : parse(doc);
    const issues = result.issues.map((issue) => fileIssue(issue, origins));
    const notes = dropped.map((part) => warning(fromPointer(part.path), part.message));
    if (result.ok) return { ok: true, value: result.value, issues: [...issues, ...notes], dropped };
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    const repairs = new Map<string, Repair>();
    for (const issue of errors) {
      const repair = planRepair(issue.path, doc, rules);
      if (!repair) return { ok: false, issues: [...issues, ...notes], dropped };
      const key = JSON.stringify(repair);
      if (!repairs.has(key)) {
        repairs.set(key, repair);
        const cause = fileIssue(issue, origins);
        const path = pathOf(repair, origins);
        dropped.push({ path, message: `Left out ${path}: ${cause.message}`, cause });
      }
    }
    apply([...repairs.values()], doc, origins);
  }
  return { ok: false, issues: result.issues };
}
