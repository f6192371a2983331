/**
 * Rules a schema cannot express: references between parts of the document, unique ids, ordered ages and
 * times. They run only on a document that already passed the schema, so they can trust its types.
 */
import { error, warning, type PathSegment, type ValidationIssue } from './issues.js';
import type { Directory } from './directory-schema.js';
import type { Eligibility, EntitlementValue, OpeningHours, Offer } from './offer-schema.js';
import { WEEKDAYS } from './vocabularies.js';
import { looksLikeHtml } from '../text/looks-like-html.js';
import { tierOfCode } from '../places/gss.js';

/** The ids of a list, each with the index it first appears at. */
function checkUniqueIds(items: readonly { id: string }[], list: string, issues: ValidationIssue[]): ReadonlyMap<string, number> {
  const seen = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const { id } = items[index]!;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(error([list, index, 'id'], `"id" "${id}" is used twice in "${list}" (first at /${list}/${first}); ids must be unique`));
    } else {
      seen.set(id, index);
    }
  }
  return seen;
}

const DAYS_AND_BANK_HOLIDAYS = [...WEEKDAYS, 'bankHolidays'] as const;

function checkOpeningHours(hours: OpeningHours, path: PathSegment[], issues: ValidationIssue[]): void {
  if (hours.alwaysOpen && (hours.bankHolidays || hours.closedDates)) {
    issues.push(
      warning([...path, 'alwaysOpen'], `"alwaysOpen" is true, so "bankHolidays" and "closedDates" are ignored; leave "alwaysOpen" out if the line does close`),
    );
  }
  for (const day of DAYS_AND_BANK_HOLIDAYS) {
    // Times are "HH:MM" (the schema's pattern), so as strings they sort as the times do.
    let previousClose = '';
    hours[day]?.forEach(({ opens, closes }, index) => {
      if (opens >= closes) {
        issues.push(error([...path, day, index, 'closes'], `"closes" (${closes}) must be after "opens" (${opens}); split an overnight line into two days`));
      } else if (opens < previousClose) {
        issues.push(error([...path, day, index, 'opens'], `"opens" (${opens}) overlaps the interval before it; list intervals in order`));
      }
      if (closes > previousClose) previousClose = closes;
    });
  }
}

const missing = (property: string, id: string, kind: 'provider' | 'contact' | 'entitlement') =>
  `"${property}" "${id}" does not match the id of any ${kind} in "${kind}s"`;

function checkAges({ minAge, maxAge }: Eligibility, path: PathSegment[], issues: ValidationIssue[]): void {
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    issues.push(error([...path, 'maxAge'], `"maxAge" (${maxAge}) must not be less than "minAge" (${minAge})`));
  }
}

/** "£1,999.50", written by hand so the message is the same in every engine. */
const pounds = (pence: number) =>
  `£${String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+$)/g, ',')}${pence % 100 ? `.${String(pence % 100).padStart(2, '0')}` : ''}`;

/**
 * A value must say something, say it once, and add up: an amount or its tiers, instalments that make the
 * amount, a count of something that repeats. A period alone is warned about, since it shows as no amount.
 */
function checkValue(
  value: EntitlementValue,
  path: PathSegment[],
  itemId: string,
  entitlementIds: ReadonlyMap<string, number>,
  issues: ValidationIssue[],
): void {
  const { amountPence: amount, tiers, instalmentsPence: instalments } = value;
  const amountOrTiers = amount !== undefined || !!tiers;
  if (!amountOrTiers && !instalments && value.percentage === undefined && !value.notPublished) {
    if (value.period) {
      issues.push(
        warning([...path, 'period'], `"period" is given without an amount: add "amountPence", or "notPublished": true if the amount is not published`),
      );
    } else if (value.description === undefined) {
      issues.push(error(path, `"value" needs an amount ("amountPence", "percentage" or "tiers"), "notPublished": true, or a "description"`));
    }
  }
  if (value.notPublished && amountOrTiers) issues.push(error([...path, 'notPublished'], `"notPublished" is true, yet an amount is given: keep one`));
  if (tiers && (amount !== undefined || value.percentage !== undefined)) {
    issues.push(error([...path, 'tiers'], `Give the amount in each of "tiers", not also in "value"`));
  }
  tiers?.forEach((tier, at) => {
    if (tier.amountPence === undefined && tier.percentage === undefined)
      issues.push(error([...path, 'tiers', at], `Each tier needs "amountPence" or "percentage"`));
    checkAges(tier, [...path, 'tiers', at], issues);
  });
  const sum = instalments?.reduce((total, part) => total + part, 0);
  if (sum !== undefined && amount !== undefined && sum !== amount) {
    issues.push(error([...path, 'instalmentsPence'], `"instalmentsPence" add up to ${pounds(sum)}, not the ${pounds(amount)} of "amountPence"`));
  }
  if (value.count !== undefined && (!value.period || value.period === 'once')) {
    issues.push(error([...path, 'count'], `"count" needs a "period" that repeats, such as "week" for "5 weeks"`));
  }
  if (value.paidFrom !== undefined && (value.paidFrom === itemId || !entitlementIds.has(value.paidFrom))) {
    issues.push(
      error([...path, 'paidFrom'], value.paidFrom === itemId ? `"paidFrom" names this item itself` : missing('paidFrom', value.paidFrom, 'entitlement')),
    );
  }
}

/** The one property whose text is not checked for HTML: a link for editors, never shown. */
export const NOT_PLAIN_TEXT = '$schema';

/** Walks every string once; the path is one shared stack, copied only for a string that looks like HTML. */
function checkPlainText(value: unknown, path: PathSegment[], issues: ValidationIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes('<') || value.includes('&')) {
      if (looksLikeHtml(value))
        issues.push(warning([...path], `${JSON.stringify(String(path[path.length - 1]))} looks like HTML; it is shown as plain text, tags and all`));
    }
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      checkPlainText(value[index], path, issues);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key in value) {
      if (key === NOT_PLAIN_TEXT) continue;
      path.push(key);
      checkPlainText((value as Record<string, unknown>)[key], path, issues);
      path.pop();
    }
  }
}

export interface OfferCheckOptions {
  /**
   * Ids of the national entitlements the caller knows (the catalogue's). When given, an item pointing at
   * another id is warned about. Optional so that elements which never show the catalogue do not carry it.
   */
  readonly nationalEntitlementIds?: ReadonlySet<string>;
}

/** Every rule the schema cannot express, and a warning for each text that looks like HTML. */
export function crossCheckOffer(offer: Offer, options: OfferCheckOptions = {}): ValidationIssue[] {
  const issues = crossCheckOfferStructure(offer, options);
  checkPlainText(offer, [], issues);
  return issues;
}

/**
 * crossCheckOffer without the walk over every string for HTML, for a caller that has looked at every
 * string already (the quick check, compiled with `plainText`).
 */
export function crossCheckOfferStructure(offer: Offer, options: OfferCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const providerIds = checkUniqueIds(offer.providers, 'providers', issues);
  const contactIds = checkUniqueIds(offer.contacts, 'contacts', issues);
  const entitlementIds = checkUniqueIds(offer.entitlements, 'entitlements', issues);

  if (offer.nextReviewDue !== undefined && offer.nextReviewDue < offer.lastReviewed) {
    issues.push(warning(['nextReviewDue'], `"nextReviewDue" (${offer.nextReviewDue}) is before "lastReviewed" (${offer.lastReviewed})`));
  }

  offer.providers.forEach((provider, index) => {
    if (provider.councilCode && provider.tier) {
      const expected = tierOfCode(provider.councilCode);
      if (expected !== provider.tier)
        issues.push(warning(['providers', index, 'tier'], `"tier" is "${provider.tier}" but council code ${provider.councilCode} is a ${expected} code`));
    }
    if (provider.kind === 'council' && !provider.councilCode && !provider.partOf) {
      issues.push(warning(['providers', index, 'councilCode'], `"councilCode" is missing: a council provider needs its GSS code so finders can place it`));
    }
    // A team's chain of "partOf" must end at an organisation: a loop would leave it belonging to nobody.
    let parent = provider.partOf;
    for (let steps = 0; parent !== undefined; steps++) {
      if (!providerIds.has(parent) || parent === provider.id || steps > offer.providers.length) {
        issues.push(
          error(['providers', index, 'partOf'], providerIds.has(parent) ? `"partOf" leads back to this provider` : missing('partOf', parent, 'provider')),
        );
        break;
      }
      parent = offer.providers.find((other) => other.id === parent)!.partOf;
    }
  });

  offer.contacts.forEach((contact, index) => {
    if (contact.providerId !== undefined && !providerIds.has(contact.providerId)) {
      issues.push(error(['contacts', index, 'providerId'], missing('providerId', contact.providerId, 'provider')));
    }
    if (!contact.phone && !contact.sms && !contact.email && !contact.website && !contact.address) {
      issues.push(error(['contacts', index], `The contact gives no way to get in touch: add a phone, text number, email, website or address`));
    }
    if (contact.openingHours) checkOpeningHours(contact.openingHours, ['contacts', index, 'openingHours'], issues);
  });

  offer.entitlements.forEach((item, index) => {
    const path = ['entitlements', index];
    if (!providerIds.has(item.providerId)) issues.push(error([...path, 'providerId'], missing('providerId', item.providerId, 'provider')));
    for (const list of ['deliveredBy', 'fundedBy'] as const) {
      item[list]?.forEach((id, at) => providerIds.has(id) || issues.push(error([...path, list, at], missing(list, id, 'provider'))));
    }
    if (item.contactId !== undefined && !contactIds.has(item.contactId))
      issues.push(error([...path, 'contactId'], missing('contactId', item.contactId, 'contact')));
    if (item.eligibility) {
      checkAges(item.eligibility, [...path, 'eligibility'], issues);
      item.eligibility.anyOf?.forEach((rules, at) => checkAges(rules, [...path, 'eligibility', 'anyOf', at], issues));
    }
    if (item.value) checkValue(item.value, [...path, 'value'], item.id, entitlementIds, issues);
    const { from, until, hours } = item.available ?? {};
    if (from && until && from > until) issues.push(error([...path, 'available', 'until'], `"until" (${until}) must not be before "from" (${from})`));
    if (hours) checkOpeningHours(hours, [...path, 'available', 'hours'], issues);
    if (item.nationalEntitlement !== undefined && options.nationalEntitlementIds && !options.nationalEntitlementIds.has(item.nationalEntitlement)) {
      issues.push(warning([...path, 'nationalEntitlement'], `"nationalEntitlement" "${item.nationalEntitlement}" is not in this library's national catalogue`));
    }
  });
  return issues;
}

/** A directory's rules: each council listed once, and one file not listed under two councils. */
export function crossCheckDirectory(directory: Directory): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const urls = new Map<string, string>();
  directory.offers.forEach((entry, index) => {
    if (seen.has(entry.councilCode))
      issues.push(error(['offers', index, 'councilCode'], `"councilCode" ${entry.councilCode} is listed twice; list each council's offer once`));
    seen.add(entry.councilCode);
    // One file under two councils is usually a copy-and-paste slip: a joint offer is listed once, with "covers".
    const other = urls.get(entry.url);
    if (other !== undefined && other !== entry.councilCode) {
      issues.push(warning(['offers', index, 'url'], `"url" ${entry.url} is also listed for ${other}; list a joint offer once, with "covers"`));
    }
    urls.set(entry.url, entry.councilCode);
  });
  return issues;
}
