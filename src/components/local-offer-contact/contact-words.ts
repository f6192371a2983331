/**
 * The contact card's words: only its own, so that it carries no other element's when bundled alone; and
 * the same words in the shape describeWeeklyHours (written for offer items) asks for.
 */
import type { Localizer } from '../../i18n/localize.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { CONTACT_STRINGS } from '../../i18n/strings/contact.js';
import type { OfferItemKey } from '../../i18n/strings/offer-items.js';
import { TIME_STRINGS, type TimeKey } from '../../i18n/strings/times.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import { CONTACT_ROLE_STRINGS } from '../../i18n/strings/vocabulary.js';

export const CONTACT_CARD_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...CONTACT_STRINGS, ...TIME_STRINGS, ...CONTACT_ROLE_STRINGS };

export type ContactCardKey = keyof typeof CONTACT_CARD_STRINGS;

export type HoursWords = Localizer<OfferItemKey | TimeKey>;

/** The offer-item keys describeWeeklyHours uses, and the card's own key for each. */
const HOURS_KEYS: Partial<Record<OfferItemKey | TimeKey, ContactCardKey>> = {
  anyDay: 'openAlways',
  wholeDay: 'allDay',
  dayRange: 'hoursDayRange',
  dayHours: 'hoursDayHours',
  bankHolidaysClosed: 'hoursBankHolidaysClosed',
  bankHolidaysHours: 'hoursBankHolidays',
  closedOn: 'hoursClosedOn',
  listJoin: 'rangeJoin',
};

/**
 * The card's words under the keys describeWeeklyHours uses, so a council rewords the card with the card's
 * keys (docs/i18n.md) and not the checklist's.
 */
export function hoursWords(card: Localizer<ContactCardKey>): HoursWords {
  const t = (key: OfferItemKey | TimeKey, params: Readonly<Record<string, string | number>> = {}): string =>
    card.t(HOURS_KEYS[key] ?? (key as TimeKey), params);
  // The card's localizer underneath, for its locale.
  return Object.assign(Object.create(card) as object, { t }) as HoursWords;
}
