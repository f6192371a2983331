/**
 * The schema 1.1 parts of an item, read back from our extension: whether it runs, when and where it is
 * available, who delivers and pays for it, and the eligibility rules ORUK has no field for. Each is checked
 * with the offer schema's own parts and stripped of markup; what cannot be read is reported, never guessed.
 * References between parts (a provider id, another item's id) are settled once the whole offer is read.
 */
import type * as z from 'zod/mini';
import { EligibilitySchema, EntitlementSchema, ProviderSchema, type Eligibility, type Entitlement, type Offer, type Provider } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { plainLine, plainOpeningHours } from './extension-texts.js';
import { EXTENSION, type JsonObject } from './oruk-types.js';

export type Schema11Parts = Pick<Entitlement, 'status' | 'available' | 'deliveredBy' | 'fundedBy'> & {
  /** The rules of eligibility, with the conditions as written, in place of eligibility_description's words. */
  readonly eligibility?: Eligibility;
};

function read<T>(schema: z.ZodMiniType<T>, value: unknown, where: string, report: ConversionReport): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) {
    report.mapped(where, 'read back');
    return result.data;
  }
  report.dropped(where, 'not valid in an offer');
  return undefined;
}

/** An item's status, availability, providers and rules from its service extension. */
export function readSchema11(extension: JsonObject | undefined, path: string, report: ConversionReport): Schema11Parts {
  if (!extension) return {};
  const where = (key: string) => `${path}.${EXTENSION}.${key}`;
  const shape = EntitlementSchema.shape;
  const status = read(shape.status, extension.status, where('status'), report);
  let available = read(shape.available, extension.available, where('available'), report);
  if (available?.note !== undefined) {
    const note = plainLine(available.note, `${where('available')}.note`, report);
    available = { ...available, note };
    if (!note) delete available.note;
  }
  if (available?.hours) {
    const hours = plainOpeningHours(available.hours, `${where('available')}.hours`, report);
    available = { ...available, hours };
    if (!hours) delete available.hours;
  }
  const deliveredBy = read(shape.deliveredBy, extension.deliveredBy, where('deliveredBy'), report);
  const fundedBy = read(shape.fundedBy, extension.fundedBy, where('fundedBy'), report);
  let eligibility = read(EligibilitySchema, extension.eligibility, where('eligibility'), report);
  if (eligibility) {
    const plain = (text: string | undefined, at: string) => (text === undefined ? undefined : plainLine(text, at, report));
    eligibility = {
      ...eligibility,
      conditions: plain(eligibility.conditions, `${where('eligibility')}.conditions`),
      ...(eligibility.anyOf
        ? {
            anyOf: eligibility.anyOf.map((rules, index) => ({
              ...rules,
              conditions: plain(rules.conditions, `${where('eligibility')}.anyOf[${index}].conditions`),
            })),
          }
        : {}),
    };
  }
  return JSON.parse(JSON.stringify({ status, available, deliveredBy, fundedBy, eligibility })) as Schema11Parts;
}

/** Providers our export kept in the list's extension because they run no item but are named. */
function providersWithoutItems(offer: Offer, listExtension: JsonObject | undefined, report: ConversionReport): Provider[] {
  const list = listExtension?.providers;
  if (!Array.isArray(list)) return [];
  const ids = new Set(offer.providers.map((provider) => provider.id));
  const added: Provider[] = [];
  list.forEach((value: unknown, index) => {
    const where = `${EXTENSION}.providers[${index}]`;
    const provider = ProviderSchema.safeParse(value);
    if (!provider.success) report.dropped(where, 'not a valid provider');
    else if (ids.has(provider.data.id)) report.dropped(where, `"${provider.data.id}" is already a provider`);
    else {
      const name = plainLine(provider.data.name, `${where}.name`, report);
      if (!name) return;
      ids.add(provider.data.id);
      added.push({ ...provider.data, name });
      report.mapped(where, `→ providers "${provider.data.id}" (it runs no item)`);
    }
  });
  return added;
}

/**
 * References settled on the whole offer: a provider or item an id names may not have come through (only
 * providers that run an item are ORUK organizations), so such an id is left out and reported.
 */
export function settleReferences(read: Offer, listExtension: JsonObject | undefined, report: ConversionReport): Offer {
  const offer = { ...read, providers: [...read.providers, ...providersWithoutItems(read, listExtension, report)] };
  const providerIds = new Set(offer.providers.map((provider) => provider.id));
  const itemIds = new Set(offer.entitlements.map((item) => item.id));
  const providers = offer.providers.map((provider) => {
    if (!provider.partOf || (providerIds.has(provider.partOf) && provider.partOf !== provider.id)) return provider;
    report.dropped(`providers "${provider.id}".partOf`, `"${provider.partOf}" is not a provider of this offer`);
    const { partOf: _, ...rest } = provider;
    return rest;
  });
  const entitlements = offer.entitlements.map((item) => {
    const kept = { ...item } as Record<string, unknown> & Entitlement;
    for (const list of ['deliveredBy', 'fundedBy'] as const) {
      const ids = item[list];
      if (!ids) continue;
      const known = ids.filter((id) => providerIds.has(id));
      for (const id of ids.filter((other) => !providerIds.has(other)))
        report.dropped(`entitlements "${item.id}".${list}`, `"${id}" is not a provider of this offer (it runs no item, so ORUK did not list it)`);
      if (known.length) kept[list] = known;
      else delete kept[list];
    }
    const paidFrom = item.value?.paidFrom;
    if (paidFrom && (!itemIds.has(paidFrom) || paidFrom === item.id)) {
      report.dropped(`entitlements "${item.id}".value.paidFrom`, `"${paidFrom}" is not another item of this offer`);
      const { paidFrom: _, ...value } = item.value!;
      kept.value = value;
    }
    return kept as Entitlement;
  });
  return { ...offer, providers, entitlements };
}
