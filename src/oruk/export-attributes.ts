/**
 * What ORUK has no field for, as attributes: an item's area, care statuses, basis, value, national
 * entitlement and tags become terms in taxonomies named "local-offer-elements:…", so a directory lists the
 * service correctly without knowing them and a reader that knows them can filter by them.
 */
import { AREA_LABELS, BASIS_LABELS, CARE_STATUS_LABELS, type Entitlement } from '../schema/index.js';
import type { OrukAttribute } from './oruk-types.js';
import { TAXONOMY, type TaxonomyName } from './taxonomies.js';
import { nameUuid, type RecordIds } from './uuid.js';

const PERIOD_WORDS: Readonly<Record<string, string>> = {
  once: 'once',
  week: 'a week',
  month: 'a month',
  year: 'a year',
  'academic-year': 'each academic year',
};

/** "£1,200" or "£12.50", written out by hand so the text is the same in every browser and locale. */
function pounds(pence: number): string {
  const whole = Math.floor(pence / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = pence % 100;
  return rest === 0 ? `£${whole}` : `£${whole}.${String(rest).padStart(2, '0')}`;
}

/** An item's value in words, as the value attribute's term name. */
export function describeValue(value: NonNullable<Entitlement['value']>): string {
  if (value.amountPence === undefined) return value.description ?? 'A value';
  const amount = `${value.upTo ? 'Up to ' : ''}${pounds(value.amountPence)}`;
  const period = value.period ? ` ${PERIOD_WORDS[value.period] ?? value.period}` : '';
  return `${amount}${period}`;
}

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
function termsOfItem(item: Entitlement): Term[] {
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
    const code =
      item.value.amountPence !== undefined
        ? [item.value.upTo ? 'up-to' : '', `${item.value.amountPence}-pence`, item.value.period ?? ''].filter(Boolean).join('-')
        : 'described';
    terms.push({
      taxonomy: TAXONOMY.value,
      code,
      name: describeValue(item.value),
      description: 'What the item is worth to the young person: an amount given, not a cost to them.',
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
export function attributesOf(item: Entitlement, serviceId: string, ids: RecordIds): OrukAttribute[] {
  return termsOfItem(item).map((term) => attribute(serviceId, item.id, term, ids));
}
