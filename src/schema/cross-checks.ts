/**
 * Rules a schema cannot express: references between parts of the document, unique ids, ordered ages and
 * times. They run only on a document that already passed the schema, so they can trust its types.
 */
import { error, warning, type PathSegment, type ValidationIssue } from './issues.js';
import type { OpeningHours, Offer } from './offer-schema.js';
import { WEEKDAYS } from './vocabularies.js';
import { looksLikeHtml } from '../text/looks-like-html.js';

const TIER_BY_PREFIX: Record<string, string> = { E06: 'unitary', E07: 'district', E08: 'metropolitan', E09: 'london-borough', E10: 'county' };

function checkUniqueIds(items: readonly { id: string }[], list: string, issues: ValidationIssue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push(error([list, index, 'id'], `"id" "${item.id}" is used twice in "${list}" (first at item ${first + 1}); ids must be unique`));
    } else {
      seen.set(item.id, index);
    }
  });
  return new Set(seen.keys());
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number) as [number, number];
  return hours * 60 + mins;
}

function checkOpeningHours(hours: OpeningHours, path: PathSegment[], issues: ValidationIssue[]): void {
  if (hours.alwaysOpen && (hours.bankHolidays || hours.closedDates)) {
    issues.push(
      warning([...path, 'alwaysOpen'], `"alwaysOpen" is true, so "bankHolidays" and "closedDates" are ignored; leave "alwaysOpen" out if the line does close`),
    );
  }
  for (const day of [...WEEKDAYS, 'bankHolidays'] as const) {
    let previousClose = -1;
    hours[day]?.forEach((interval, index) => {
      const opens = minutes(interval.opens);
      const closes = minutes(interval.closes);
      if (opens >= closes) {
        issues.push(
          error(
            [...path, day, index, 'closes'],
            `"closes" (${interval.closes}) must be after "opens" (${interval.opens}); split an overnight line into two days`,
          ),
        );
      } else if (opens < previousClose) {
        issues.push(error([...path, day, index, 'opens'], `"opens" (${interval.opens}) overlaps the interval before it; list intervals in order`));
      }
      previousClose = Math.max(previousClose, closes);
    });
  }
}

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
      if (key === '$schema') continue;
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

export function crossCheckOffer(offer: Offer, options: OfferCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const providerIds = checkUniqueIds(offer.providers, 'providers', issues);
  const contactIds = checkUniqueIds(offer.contacts, 'contacts', issues);
  checkUniqueIds(offer.entitlements, 'entitlements', issues);

  if (offer.nextReviewDue !== undefined && offer.nextReviewDue < offer.lastReviewed) {
    issues.push(warning(['nextReviewDue'], `"nextReviewDue" (${offer.nextReviewDue}) is before "lastReviewed" (${offer.lastReviewed})`));
  }

  offer.providers.forEach((provider, index) => {
    if (provider.councilCode && provider.tier) {
      const expected = TIER_BY_PREFIX[provider.councilCode.slice(0, 3)];
      if (expected !== provider.tier)
        issues.push(warning(['providers', index, 'tier'], `"tier" is "${provider.tier}" but council code ${provider.councilCode} is a ${expected} code`));
    }
    if (provider.kind === 'council' && !provider.councilCode) {
      issues.push(warning(['providers', index, 'councilCode'], `"councilCode" is missing: a council provider needs its GSS code so finders can place it`));
    }
  });

  offer.contacts.forEach((contact, index) => {
    if (contact.providerId !== undefined && !providerIds.has(contact.providerId)) {
      issues.push(error(['contacts', index, 'providerId'], `"providerId" "${contact.providerId}" does not match the id of any provider in "providers"`));
    }
    if (!contact.phone && !contact.sms && !contact.email && !contact.website && !contact.address) {
      issues.push(
        error(['contacts', index], `Item ${index + 1} of "contacts" gives no way to get in touch: add a phone, text number, email, website or address`),
      );
    }
    if (contact.openingHours) checkOpeningHours(contact.openingHours, ['contacts', index, 'openingHours'], issues);
  });

  offer.entitlements.forEach((item, index) => {
    const path = ['entitlements', index];
    if (!providerIds.has(item.providerId)) {
      issues.push(error([...path, 'providerId'], `"providerId" "${item.providerId}" does not match the id of any provider in "providers"`));
    }
    if (item.contactId !== undefined && !contactIds.has(item.contactId)) {
      issues.push(error([...path, 'contactId'], `"contactId" "${item.contactId}" does not match the id of any contact in "contacts"`));
    }
    const { minAge, maxAge } = item.eligibility ?? {};
    if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
      issues.push(error([...path, 'eligibility', 'maxAge'], `"maxAge" (${maxAge}) must not be less than "minAge" (${minAge})`));
    }
    if (item.value && item.value.amountPence === undefined && item.value.description === undefined) {
      issues.push(error([...path, 'value'], `"value" needs "amountPence", "description" or both`));
    }
    if (item.nationalEntitlement !== undefined && options.nationalEntitlementIds && !options.nationalEntitlementIds.has(item.nationalEntitlement)) {
      issues.push(warning([...path, 'nationalEntitlement'], `"nationalEntitlement" "${item.nationalEntitlement}" is not in this library's national catalogue`));
    }
  });

  checkPlainText(offer, [], issues);
  return issues;
}
