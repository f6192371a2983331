/**
 * Reads the offer and directory schemas as data, so that hints name the properties the library really knows
 * at each place in a document and stay right as the schema grows. Only publisher tools import this.
 */
import type * as z from 'zod/mini';
import { DirectorySchema } from '../schema/directory-schema.js';
import { LINK_SCHEMAS } from '../schema/fields.js';
import { OfferSchema } from '../schema/offer-schema.js';

/** The part of zod's internal definition the walk reads; every field is optional, as each type has its own. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly in?: Schema;
  readonly left?: Schema;
  readonly right?: Schema;
  readonly getter?: () => Schema;
  readonly format?: string;
}

export interface Schema {
  readonly _zod: { readonly def: Def };
}

export type DocumentKind = 'offer' | 'directory';

export function rootSchema(kind: DocumentKind): Schema {
  return (kind === 'directory' ? DirectorySchema : OfferSchema) as unknown as Schema;
}

/** The concrete schemas a value may match: wrappers (optional, default…) are looked through, unions spread. */
export function alternatives(schema: Schema, depth = 0): Schema[] {
  const def = schema._zod.def;
  if (depth > 20) return [];
  if (def.innerType) return alternatives(def.innerType, depth + 1);
  if (def.type === 'pipe' && def.in) return alternatives(def.in, depth + 1);
  if (def.type === 'lazy' && def.getter) return alternatives(def.getter(), depth + 1);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => alternatives(option, depth + 1));
  if (def.type === 'intersection' && def.left && def.right) return [...alternatives(def.left, depth + 1), ...alternatives(def.right, depth + 1)];
  return [schema];
}

/** The schemas that apply at a path (JSON Pointer segments), or none when the path leaves the schema. */
export function schemasAt(root: Schema, segments: readonly string[]): Schema[] {
  let current = alternatives(root);
  for (const segment of segments) {
    const next: Schema[] = [];
    for (const schema of current) {
      const def = schema._zod.def;
      if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, segment)) next.push(...alternatives(def.shape[segment]!));
      else if (def.type === 'array' && def.element && /^\d+$/.test(segment)) next.push(...alternatives(def.element));
    }
    current = next;
  }
  return current;
}

/** The properties objects at that place may have, in the schema's order. */
export function knownKeys(schemas: readonly Schema[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemas) if (schema._zod.def.type === 'object') for (const key of Object.keys(schema._zod.def.shape ?? {})) keys.add(key);
  return [...keys];
}

export const isObject = (schema: Schema) => schema._zod.def.type === 'object';
export const isList = (schema: Schema) => schema._zod.def.type === 'array';
export const isDate = (schema: Schema) => schema._zod.def.type === 'string' && schema._zod.def.format === 'date';
export const isLink = (schema: Schema) => LINK_SCHEMAS.has(schema);

/** Whether any of the schemas accepts the value: suggestions are checked with it, so they are never wrong. */
export function accepts(schemas: readonly Schema[], value: unknown): boolean {
  return schemas.some((schema) => (schema as unknown as z.ZodMiniType).safeParse(value).success);
}
