/**
 * The comparison of councils' offers as rows: grouped by area; the items of every offer that point at the
 * same national entitlement share one row, beside the national catalogue's own entry; each council's other
 * items are listed under it in one row per area. "Not in this offer" (the offer does not mention it) is kept
 * apart from "not stated" (it is in the offer, without an amount). Pure: no DOM.
 */
import type { NationalEntitlement } from '../../entitlements/national-catalogue.js';
import { itemIsForPlace } from '../../model/item-for-place.js';
import { itemState } from '../../model/item-state.js';
import type { Entitlement, Offer } from '../../schema/offer-schema.js';
import { AREAS, type Area, type Basis } from '../../schema/vocabularies.js';
import { comparableAmount, standingOf, type ComparableAmount, type Standing } from './comparable-amount.js';

/** One council to compare: its offer, or none when the directory has none for it. */
export interface CompareColumn {
  readonly code: string;
  readonly offer: Offer | undefined;
}

export interface CompareEntry {
  readonly item: Entitlement;
  readonly amount: ComparableAmount | undefined;
  /** Beside the national amount, when both are amounts of the same kind. */
  readonly standing?: Standing;
  readonly differencePence?: number;
}

export type CompareCell =
  | { readonly kind: 'no-offer' }
  | { readonly kind: 'not-in-offer' }
  | { readonly kind: 'in-offer'; readonly entries: readonly CompareEntry[]; readonly notStated: boolean };

export interface CompareRow {
  /** The national entitlement's id, or "local:<area>" for the row of each council's own items. */
  readonly key: string;
  readonly area: Area;
  readonly national: NationalEntitlement | undefined;
  readonly cells: readonly CompareCell[];
}

export interface CompareGroup {
  readonly area: Area;
  readonly rows: readonly CompareRow[];
}

export interface CompareOptions {
  readonly catalogue: readonly NationalEntitlement[];
  /** The county of a district, so a county's column keeps the items its districts give. */
  readonly countyOf: (code: string) => string | undefined;
  /** Today in London (YYYY-MM-DD): items that have ended are left out. */
  readonly today: string;
}

/** Items given because of a national rule share the national row, as in the finder's joined-up offer. */
const NATIONAL_RULE_BASES: ReadonlySet<Basis> = new Set([
  'national-statutory',
  'national-recommended',
  'national-scheme',
  'national-announced',
  'local-statutory',
]);

function hasAmount(item: Entitlement): boolean {
  const value = item.value;
  return !!value && !value.notPublished && (value.amountPence !== undefined || value.percentage !== undefined || !!value.tiers || !!value.instalmentsPence);
}

function entryFor(item: Entitlement, national: NationalEntitlement | undefined): CompareEntry {
  const amount = comparableAmount(item.value);
  const money = !item.value?.kind || item.value.kind === 'money';
  const beside = national && money ? standingOf(amount, comparableAmount(national)) : undefined;
  return { item, amount, ...(beside ?? {}) };
}

export function buildComparison(columns: readonly CompareColumn[], options: CompareOptions): CompareGroup[] {
  const national = new Map(options.catalogue.map((entry) => [entry.id, entry]));
  // Per column: national id → its items, and area → its own items.
  const byNational = columns.map(() => new Map<string, Entitlement[]>());
  const ownByArea = columns.map(() => new Map<Area, Entitlement[]>());
  columns.forEach((column, i) => {
    for (const item of column.offer?.entitlements ?? []) {
      if (itemState(item, options.today) === 'ended' || !itemIsForPlace(item, column.code, options.countyOf)) continue;
      const id = item.nationalEntitlement;
      if (id && national.has(id) && NATIONAL_RULE_BASES.has(item.basis)) {
        const list = byNational[i]!.get(id) ?? [];
        byNational[i]!.set(id, [...list, item]);
      } else {
        const list = ownByArea[i]!.get(item.area) ?? [];
        ownByArea[i]!.set(item.area, [...list, item]);
      }
    }
  });

  const groups: CompareGroup[] = [];
  for (const area of AREAS) {
    const rows: CompareRow[] = [];
    for (const entry of options.catalogue.filter((e) => e.area === area)) {
      const cells = columns.map((column, i): CompareCell => {
        if (!column.offer) return { kind: 'no-offer' };
        const items = byNational[i]!.get(entry.id);
        if (!items) return { kind: 'not-in-offer' };
        const notStated = entry.amountPence !== undefined && !items.some(hasAmount);
        return { kind: 'in-offer', entries: items.map((item) => entryFor(item, entry)), notStated };
      });
      rows.push({ key: entry.id, area, national: entry, cells });
    }
    const own = columns.map((column, i): CompareCell => {
      if (!column.offer) return { kind: 'no-offer' };
      const items = ownByArea[i]!.get(area);
      return items ? { kind: 'in-offer', entries: items.map((item) => entryFor(item, undefined)), notStated: false } : { kind: 'not-in-offer' };
    });
    if (own.some((cell) => cell.kind === 'in-offer')) rows.push({ key: `local:${area}`, area, national: undefined, cells: own });
    if (rows.length) groups.push({ area, rows });
  }
  return groups;
}
