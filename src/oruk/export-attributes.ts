/**
 * What ORUK has no field for, as attributes: an item's area, care statuses, basis, value, national
 * entitlement and tags become terms in taxonomies named "local-offer-elements:…", so a directory lists the
 * service correctly without knowing them and a reader that knows them can filter by them.
 */
import { AREA_LABELS, BASIS_LABELS, CARE_STATUS_LABELS, type Entitlement, type Offer } from '../schema/index.js';
import { describeValue } from './export-rules.js';
import type { OrukAttribute } from './oruk-types.js';
import { TAXONOMY, type TaxonomyName } from './taxonomies.js';
import { nameUuid, type RecordIds } from './uuid.js';

interface Term {
  readonly taxonomy: TaxonomyName;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly linkType: string;
  readonly value?: string;
}

/** One attribute of a service; a term's id depends only on its taxonomy and code, so every service shares it. */
function attribute(serviceId: string, itemId: string, term: Term, ids: RecordIds): OrukAttribute {
  const termId = nameUuid(`taxonomy/${term.taxonomy}/${term.code}`);
  return {
    id: ids('attribute', `${itemId}/${term.taxonomy}/${term.code}`),
    link_id: serviceId,
    link_type: term.linkType,
    link_entity: 'service',
    taxonomy_term_id: termId,
    taxonomy_term: { id: termId, name: term.name, description: term.description, taxonomy: term.taxonomy, term: term.code, code: term.code },
    ...(term.value !== undefined ? { value: term.value } : {}),
  };
}

/** The terms of an item, in the order they are written: area, care statuses, basis, value, national entitlement, tags. */
function termsOfItem(item: Entitlement, offer: Offer): Term[] {
  const terms: Term[] = [
    {
      taxonomy: TAXONOMY.area,
      code: item.area,
      name: AREA_LABELS[item.area],
      description: 'One of the seven areas of a Local Offer for Care Leavers.',
      linkType: 'category',
    },
    ...(item.eligibility?.statuses ?? []).map((status): Term => ({
      taxonomy: TAXONOMY.careStatus,
      code: status,
      name: CARE_STATUS_LABELS[status],
      description: 'A care status that makes a young person eligible.',
      linkType: 'eligibility',
    })),
    {
      taxonomy: TAXONOMY.basis,
      code: item.basis,
      name: BASIS_LABELS[item.basis],
      description: 'Why the item exists: the law, a council’s choice, or a partner’s offer.',
      linkType: 'basis',
    },
  ];
  if (item.value) {
    const { kind = 'money', amountPence, upTo, period } = item.value;
    // The code names the value in full, so two values share a term only when they say the same thing.
    const code =
      amountPence !== undefined && !item.value.tiers && !item.value.count && kind === 'money'
        ? [upTo ? 'up-to' : '', `${amountPence}-pence`, period ?? ''].filter(Boolean).join('-')
        : `${kind}-${nameUuid(JSON.stringify(item.value)).slice(0, 8)}`;
    terms.push({
      taxonomy: TAXONOMY.value,
      code,
      name: describeValue(item.value, offer),
      description:
        kind === 'price'
          ? 'What the young person pays: a price, not an amount given to them.'
          : kind === 'money'
            ? 'What the item is worth to the young person: an amount given, not a cost to them.'
            : `What the item is worth to the young person: ${kind === 'discount' ? 'a discount' : kind === 'loan' ? 'a loan, paid back' : kind === 'goods' ? 'goods or a voucher' : 'a service'}, not money given.`,
      linkType: 'value',
      ...(item.value.amountPence !== undefined ? { value: String(item.value.amountPence) } : {}),
    });
  }
  if (item.nationalEntitlement) {
    terms.push({
      taxonomy: TAXONOMY.nationalEntitlement,
      code: item.nationalEntitlement,
      name: item.nationalEntitlement,
      description: 'An entitlement in the national catalogue of Local Offer Elements.',
      linkType: 'national-entitlement',
    });
  }
  for (const tag of item.tags ?? [])
    terms.push({ taxonomy: TAXONOMY.tag, code: tag, name: tag, description: 'A word a young person might search for.', linkType: 'category' });
  return terms;
}

/** The attributes of the service made from an item. */
export function attributesOf(item: Entitlement, serviceId: string, ids: RecordIds, offer: Offer): OrukAttribute[] {
  return termsOfItem(item, offer).map((term) => attribute(serviceId, item.id, term, ids));
}
