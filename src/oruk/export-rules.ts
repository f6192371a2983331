/**
 * Schema 1.1 in ORUK: where ORUK has a field, the item's meaning goes there, in the same words the elements
 * show (src/describe): a price or a discount becomes a cost option and `fees`, who pays becomes `funding`,
 * whether it runs becomes `status`, and the rules a young person reads become `eligibility_description`.
 * What ORUK has no field for travels in our extension, and the report says so.
 */
import { describeConditions } from '../describe/eligibility.js';
import { describeValue as valueWords } from '../describe/value.js';
import { Localizer } from '../i18n/localize.js';
import { OFFER_ITEM_STRINGS } from '../i18n/strings/offer-items.js';
import { councilByCode } from '../places/council-registry.js';
import type { Entitlement, EntitlementValue, Offer } from '../schema/index.js';
import type { OrukCostOption, OrukFunding, OrukService, ServiceExtension } from './oruk-types.js';
import type { RecordIds } from './uuid.js';

/** English, as every ORUK text this converter writes; money as in en-GB everywhere. */
const ENGLISH = new Localizer(OFFER_ITEM_STRINGS);
const councilName = (code: string) => councilByCode(code)?.name ?? code;

/** The title of the item a value is paid out of, from the same offer. */
function paidFromTitle(value: EntitlementValue, offer: Offer | undefined): string | undefined {
  return value.paidFrom ? offer?.entitlements.find((item) => item.id === value.paidFrom)?.title : undefined;
}

/** An item's value in words, as the elements say it: "£57.90 a week for 5 weeks, £289.50 in all". */
export function describeValue(value: EntitlementValue, offer?: Offer): string {
  const lines = valueWords(value, ENGLISH, { paidFromTitle: paidFromTitle(value, offer) }).lines;
  return lines.length ? lines.join('; ') : 'A value';
}

/** ORUK's status: a proposal is not running yet ("inactive"), an ended item is "defunct". */
export function orukStatus(item: Entitlement): OrukService['status'] {
  return item.status === 'ended' ? 'defunct' : item.status === 'proposed' ? 'inactive' : 'active';
}

const sentence = (line: string) => `${line[0]!.toUpperCase()}${line.slice(1)}${/[.!?]$/.test(line) ? '' : '.'}`;

/**
 * The eligibility text: the publisher's conditions as written, then any schema 1.1 rules in the words the
 * elements show ("You live outside Nottinghamshire."), so an ORUK reader sees them too.
 */
export function eligibilityText(item: Entitlement): string | undefined {
  const rules = item.eligibility;
  if (!rules) return undefined;
  const more = describeConditions({ ...rules, conditions: undefined }, ENGLISH, councilName);
  if (rules.assessedNeed) more.push(ENGLISH.t('assessedNeed'));
  if (!more.length) return rules.conditions;
  return [...(rules.conditions ? [rules.conditions] : []), ...more].map(sentence).join(' ');
}

/**
 * A price the young person pays, or a discount on one, is what ORUK's cost options and `fees` are for;
 * money given to them is not a cost, so it stays an attribute.
 */
export function costsOf(item: Entitlement, serviceId: string, ids: RecordIds, offer: Offer): Pick<OrukService, 'cost_options' | 'fees'> {
  const value = item.value;
  if (!value || (value.kind !== 'price' && value.kind !== 'discount')) return {};
  const words = describeValue(value, offer);
  const tiers = value.tiers ?? [{ amountPence: value.amountPence, percentage: value.percentage }];
  const lines = valueWords(value, ENGLISH).lines;
  const options = tiers.map((tier, index): OrukCostOption => {
    const amount = value.kind === 'price' && tier.amountPence !== undefined ? { amount: tier.amountPence / 100 } : {};
    return {
      id: ids('cost-option', `${item.id}/${index}`),
      service_id: serviceId,
      option: value.kind === 'price' ? 'Price for care leavers' : 'Discount for care leavers',
      ...amount,
      amount_description: value.tiers ? (lines[index] ?? words) : words,
      ...(value.validFrom ? { valid_from: value.validFrom } : {}),
      ...(item.available?.until ? { valid_to: item.available.until } : {}),
    };
  });
  return { cost_options: options, fees: words };
}

/** Who pays, by name, as ORUK's funding sources. */
export function fundingOf(item: Entitlement, offer: Offer, serviceId: string, ids: RecordIds): OrukFunding[] {
  return (item.fundedBy ?? []).map((providerId) => ({
    id: ids('funding', `${item.id}/${providerId}`),
    service_id: serviceId,
    source: offer.providers.find((provider) => provider.id === providerId)?.name ?? providerId,
  }));
}

/** The schema 1.1 parts of an item that ORUK has no field for, so that an import gets them back. */
export function schema11Extension(item: Entitlement): Partial<ServiceExtension> {
  const { anyOf, notResidentsOf, intendingResidentsOf, assessedNeed, conditions } = item.eligibility ?? {};
  // With any of these, eligibility_description holds the rules in words, so the conditions travel apart.
  const rules = Object.entries({ anyOf, notResidentsOf, intendingResidentsOf, assessedNeed }).filter(([, rule]) => rule !== undefined);
  return {
    ...(item.deliveredBy ? { deliveredBy: item.deliveredBy } : {}),
    ...(item.fundedBy ? { fundedBy: item.fundedBy } : {}),
    ...(item.status ? { status: item.status } : {}),
    ...(item.available ? { available: item.available } : {}),
    ...(rules.length ? { eligibility: Object.fromEntries([...rules, ...(conditions ? [['conditions', conditions]] : [])]) } : {}),
  };
}
