/**
 * The joined-up offer for one young person: items from one or more offers (county, district, partners)
 * and the national catalogue, merged so that one national entitlement appears once, each item saying who
 * provides it and why it applies. Amounts that disagree are kept side by side, and a local amount below
 * the national minimum is flagged rather than hidden.
 */
import type { NationalBasis, NationalEntitlement } from '../entitlements/national-catalogue.js';
import type { Entitlement, EntitlementValue, Offer, Provider } from '../schema/offer-schema.js';
import type { Area, Basis } from '../schema/vocabularies.js';
import { itemState } from './item-state.js';
import { assessEligibility, type CountyOf, type Reason, type Unknown, type Verdict } from './eligibility.js';
import { statusReadingsFor, type Profile } from './profile.js';

/** One offer's version of an item. */
export interface ItemSource {
  readonly offer: Offer;
  readonly item: Entitlement;
  readonly provider: Provider | undefined;
  readonly verdict: Verdict;
}

export interface JoinedItem {
  /** The national entitlement id, or "<offer id>/<item id>" for a local item. */
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  readonly area: Area;
  readonly tags: readonly string[];
  readonly national: NationalEntitlement | undefined;
  /** The offers' versions that apply or may apply, in offer order; empty for a catalogue-only item. */
  readonly sources: readonly ItemSource[];
  /** The version whose title, summary and details to show: the one that fits the profile best. */
  readonly lead: ItemSource | undefined;
  readonly verdict: Exclude<Verdict, 'does-not-apply'>;
  readonly reasons: readonly Reason[];
  readonly unknowns: readonly Unknown[];
  /** More than one different amount among the sources. */
  readonly conflictingAmounts: boolean;
  /** Sources whose amount is below the national minimum for the same entitlement. */
  readonly belowMinimum: readonly ItemSource[];
}

export interface JoinOptions {
  readonly catalogue: readonly NationalEntitlement[];
  readonly countyOf: CountyOf;
  /** Today in London (YYYY-MM-DD): items whose last day has passed are left out. */
  readonly today?: string;
}

const VERDICT_RANK: Record<Verdict, number> = { applies: 2, 'may-apply': 1, 'does-not-apply': 0 };

/** Two values are the same when they say the same thing; their words (description) may differ. */
function sameValue(a: EntitlementValue | undefined, b: EntitlementValue | undefined): boolean {
  const meaning = (v: EntitlementValue | undefined) =>
    JSON.stringify([
      v && (v.kind ?? 'money'),
      v?.amountPence,
      v?.percentage,
      !!v?.upTo,
      v?.period,
      v?.count,
      v?.instalmentsPence,
      v?.tiers?.map((tier) => [tier.amountPence, tier.percentage, tier.minAge, tier.maxAge, tier.condition]),
      !!v?.notPublished,
    ]);
  return meaning(a) === meaning(b);
}

/** The national reason an offer's own basis gives, for items that point at nothing in the catalogue. */
const NATIONAL_BASIS_OF: Partial<Record<Basis, NationalBasis>> = {
  'national-statutory': 'statute',
  'national-recommended': 'recommended',
  'national-scheme': 'scheme',
  'national-announced': 'announced',
};

function reasonKey(reason: Reason): string {
  return reason.kind === 'national' ? 'national' : reason.kind === 'partner' ? `partner:${reason.providerName}` : `${reason.kind}:${reason.councilCode}`;
}

function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Map<string, Reason>();
  for (const reason of reasons) if (!seen.has(reasonKey(reason))) seen.set(reasonKey(reason), reason);
  return [...seen.values()];
}

/**
 * Compared with the national minimum in force now, whatever date the local figure gives. Only money given
 * compares: a discount, a loan or goods are not the allowance, and a sum paid out of another item is not
 * the whole of it.
 */
function isBelowMinimum(source: ItemSource, national: NationalEntitlement | undefined): boolean {
  const value = source.item.value;
  const amount = value?.amountPence;
  const money = !value?.kind || value.kind === 'money';
  return money && !value?.paidFrom && !!national?.isMinimum && national.amountPence !== undefined && amount !== undefined && amount < national.amountPence;
}

/**
 * Merges offers for a profile. Items that do not apply are left out; the rest are grouped by national
 * entitlement (or kept as they are), in the order the offers list them, national-only items last.
 */
export function joinOffers(offers: readonly Offer[], profile: Profile, options: JoinOptions): JoinedItem[] {
  const readings = statusReadingsFor(profile);
  const nationalById = new Map(options.catalogue.map((entry) => [entry.id, entry]));
  const groups = new Map<string, { national: NationalEntitlement | undefined; sources: ItemSource[]; reasons: Reason[]; unknowns: Set<Unknown> }>();

  for (const offer of offers) {
    const providers = new Map(offer.providers.map((provider) => [provider.id, provider]));
    for (const item of offer.entitlements) {
      if (itemState(item, options.today) === 'ended') continue;
      const assessment = assessEligibility(item.eligibility, readings, profile, options.countyOf);
      if (assessment.verdict === 'does-not-apply') continue;
      const national = item.nationalEntitlement ? nationalById.get(item.nationalEntitlement) : undefined;
      // Only items given because of a national rule are the same entitlement wherever they come from; a
      // business's offer that points at a national scheme is still its own offer.
      const nationalRule = item.basis !== 'discretionary' && item.basis !== 'partner' && item.basis !== 'community';
      const key = national && nationalRule ? national.id : `${offer.id}/${item.id}`;
      const group = groups.get(key) ?? { national, sources: [], reasons: [], unknowns: new Set<Unknown>() };
      const provider = providers.get(item.providerId);
      group.sources.push({ offer, item, provider, verdict: assessment.verdict });
      group.reasons.push(...assessment.reasons);
      // The catalogue knows how far the rule binds better than an offer that calls it "the law".
      const basis = nationalRule ? (national?.basis ?? NATIONAL_BASIS_OF[item.basis]) : undefined;
      if (basis) group.reasons.push({ kind: 'national', basis });
      if ((item.basis === 'partner' || item.basis === 'community') && provider) group.reasons.push({ kind: 'partner', providerName: provider.name });
      for (const unknown of assessment.unknowns) group.unknowns.add(unknown);
      groups.set(key, group);
    }
  }

  // National entitlements no offer mentions still belong to everyone they apply to.
  for (const national of options.catalogue) {
    if (groups.has(national.id)) continue;
    const rules = { statuses: [...national.statuses], minAge: national.minAge, maxAge: national.maxAge, conditions: national.conditions };
    const assessment = assessEligibility(rules, readings, profile, options.countyOf);
    if (assessment.verdict === 'does-not-apply') continue;
    groups.set(national.id, { national, sources: [], reasons: [{ kind: 'national', basis: national.basis }], unknowns: new Set(assessment.unknowns) });
  }

  const joined: JoinedItem[] = [];
  for (const [key, group] of groups) {
    const best = group.sources.length ? group.sources.reduce((a, b) => (VERDICT_RANK[b.verdict] > VERDICT_RANK[a.verdict] ? b : a)) : undefined;
    const verdict = best ? (best.verdict as JoinedItem['verdict']) : group.unknowns.size ? 'may-apply' : 'applies';
    const leadItem = best?.item;
    const amounts = group.sources.filter((source) => source.item.value !== undefined);
    joined.push({
      key,
      title: leadItem?.title ?? group.national!.title,
      summary: leadItem?.summary ?? group.national!.summary,
      area: leadItem?.area ?? group.national!.area,
      tags: [...new Set(group.sources.flatMap((source) => source.item.tags ?? []))],
      national: group.national,
      sources: group.sources,
      lead: best,
      verdict,
      reasons: uniqueReasons(group.reasons),
      unknowns: verdict === 'applies' ? [] : [...group.unknowns],
      conflictingAmounts: amounts.some((source) => !sameValue(source.item.value, amounts[0]!.item.value)),
      belowMinimum: group.sources.filter((source) => isBelowMinimum(source, group.national)),
    });
  }
  return joined;
}
