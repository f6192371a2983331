/**
 * One item of a joined-up offer in words: what it is worth, when and where, why it is for you, who gives
 * it and who pays, and what else must be true. The checklist, the finder and the downloaded text all show
 * these facts, in this order, so no rendering can leave out what another shows. Pure: no DOM.
 */
import type { Localizer } from '../i18n/localize.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import type { TimeKey } from '../i18n/strings/times.js';
import { formatDate } from '../i18n/format.js';
import { itemState } from '../model/item-state.js';
import type { ItemSource, JoinedItem } from '../model/joined-offer.js';
import type { EntitlementValue, Offer, Provider } from '../schema/offer-schema.js';
import { describeWhen, describeWhere } from './availability.js';
import { describeConditions } from './eligibility.js';
import { describeDeliverer, describeNotInForce, describeReason } from './reasons.js';
import { describeValue, joinList } from './value.js';

export type FactKey = 'worth' | 'costs' | 'when' | 'where' | 'why' | 'providedBy' | 'paidForBy' | 'onlyIf' | 'basedOnNeed';

export interface Fact {
  readonly key: FactKey;
  /** The label, in the page's words: "Worth", "Who gives it"… */
  readonly label: string;
  /** One line, or several shown as a list. */
  readonly lines: readonly string[];
}

export interface ItemDescription {
  /** Why it cannot be had yet: "Not in force yet…", "Proposed, not agreed yet…", "Starts on 1 April 2027.". */
  readonly pending: string | undefined;
  readonly facts: readonly Fact[];
}

export interface DescribeContext {
  readonly words: Localizer<OfferItemKey | TimeKey>;
  readonly councilName: (code: string) => string;
  /** The council that looked after the young person, by name, when the page knows it. */
  readonly lookedAfterByName?: string | undefined;
  /** Today in London (YYYY-MM-DD). */
  readonly today?: string | undefined;
}

/** "Virtual School (Nottinghamshire County Council)": a team is named with the provider it is part of. */
export function providerName(offer: Offer, provider: Provider | undefined): string | undefined {
  if (!provider) return undefined;
  const parent = provider.partOf ? offer.providers.find((other) => other.id === provider.partOf) : undefined;
  return parent ? `${provider.name} (${parent.name})` : provider.name;
}

function providerNames(offer: Offer, ids: readonly string[]): string[] {
  return ids
    .map((id) =>
      providerName(
        offer,
        offer.providers.find((provider) => provider.id === id),
      ),
    )
    .filter((name): name is string => !!name);
}

function valueLines(source: ItemSource, context: DescribeContext): ReturnType<typeof describeValue> | undefined {
  const value = source.item.value;
  if (!value) return undefined;
  const paidFromTitle = value.paidFrom ? source.offer.entitlements.find((other) => other.id === value.paidFrom)?.title : undefined;
  return describeValue(value, context.words, { paidFromTitle });
}

/** The value: the lead's, each source's when councils differ, or else the national figure. */
function valueFact(item: JoinedItem, context: DescribeContext): Fact | undefined {
  const { t } = context.words;
  if (item.conflictingAmounts) {
    const lines = item.sources
      .map((source) => ({ source, value: valueLines(source, context) }))
      .filter(({ value }) => value)
      .map(({ source, value }) =>
        t('sourceValue', { provider: providerName(source.offer, source.provider) ?? source.offer.publisher.name, value: value!.lines.join('; ') }),
      );
    return { key: 'worth', label: t('worth'), lines: [t('differentAmounts'), ...lines] };
  }
  const national = item.national;
  const described = item.lead
    ? valueLines(item.lead, context)
    : national?.amountPence !== undefined
      ? describeValue({ amountPence: national.amountPence, upTo: national.upTo, period: national.period } satisfies EntitlementValue, context.words)
      : undefined;
  if (!described?.lines.length) return undefined;
  return { key: described.label, label: t(described.label), lines: described.lines };
}

export function describeItem(item: JoinedItem, context: DescribeContext): ItemDescription {
  const { words, councilName } = context;
  const { t } = words;
  const lead = item.lead;
  const entitlement = lead?.item;
  const facts: Fact[] = [];
  const fact = (key: FactKey, lines: readonly (string | undefined)[]) => {
    const present = lines.filter((line): line is string => !!line);
    if (present.length) facts.push({ key, label: t(key), lines: present });
  };

  const worth = valueFact(item, context);
  if (worth) facts.push(worth);
  const state = entitlement ? itemState(entitlement, context.today) : 'running';
  fact('when', [
    state === 'pilot' ? t('statusPilot') : undefined,
    ...(entitlement?.available ? describeWhen(entitlement.available, words, context.today) : []),
  ]);
  fact('where', [describeWhere(entitlement?.available, words, councilName)]);
  fact('why', [item.reasons.map((reason) => describeReason(reason, words, councilName)).join('; ')]);
  const givenBy = [
    ...new Set(
      item.sources.flatMap((source) =>
        source.item.deliveredBy
          ? providerNames(source.offer, source.item.deliveredBy)
          : [providerName(source.offer, source.provider) ?? source.offer.publisher.name],
      ),
    ),
  ];
  fact('providedBy', [
    givenBy.length ? joinList(givenBy, words) : item.national ? describeDeliverer(item.national, context.lookedAfterByName, words) : undefined,
  ]);
  if (lead && entitlement?.fundedBy) fact('paidForBy', [joinList(providerNames(lead.offer, entitlement.fundedBy), words)]);
  fact('onlyIf', lead ? describeConditions(entitlement?.eligibility, words, councilName) : [item.national?.conditions]);
  if (entitlement?.eligibility?.assessedNeed) fact('basedOnNeed', [t('assessedNeed')]);

  return { pending: describePending(item, words, context.today), facts };
}

/**
 * Why an item cannot be had yet, or undefined: an announced national rule, a proposal, or an item that
 * starts later. Such items are listed apart, never as something to claim or tick.
 */
export function describePending(item: JoinedItem, words: Localizer<OfferItemKey>, today: string | undefined): string | undefined {
  const entitlement = item.lead?.item;
  const state = entitlement ? itemState(entitlement, today) : 'running';
  return (
    describeNotInForce(item.national, words) ??
    (state === 'proposed'
      ? words.t('statusProposed')
      : state === 'not-started'
        ? words.t('startsOn', { date: formatDate(entitlement!.available!.from!, words.locale) })
        : undefined)
  );
}
