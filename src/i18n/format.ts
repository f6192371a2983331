/** Times, dates and money the GOV.UK way: "5pm", "9:30am", "1 September 2026", "£3,000". */
import type { Localizer } from './localize.js';

export function formatClock(minutes: number, localizer: Localizer<'midnight' | 'midday'>): string {
  const inDay = minutes % 1440;
  if (inDay === 0) return localizer.t('midnight');
  if (inDay === 720) return localizer.t('midday');
  const hours = Math.floor(inDay / 60);
  const mins = inDay % 60;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${mins ? `:${String(mins).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

/** A "YYYY-MM-DD" calendar date as a timestamp, formatted in UTC so no time zone can move it a day. */
function calendarDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * Making an Intl formatter costs far more than using one, and a long list asks for the same few for every
 * item: one of each kind per locale is kept (the locales are a handful, so the cache stays small).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    if (formatters.size > 64) formatters.clear();
    formatters.set(key, (found = make()));
  }
  return found;
}

export function formatDate(isoDate: string, locale = 'en-GB'): string {
  return formatter(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    calendarDay(isoDate),
  );
}

/** "Friday 2 January", for a day within the year ahead. */
export function formatDayAndDate(isoDate: string, locale = 'en-GB'): string {
  const text = formatter(`day ${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })).format(
    calendarDay(isoDate),
  );
  // GOV.UK style has no comma after the weekday; WebKit's en-GB data puts one there ("Friday, 2 January").
  return text.replace(/,/g, '');
}

export function formatPence(pence: number, locale = 'en-GB'): string {
  const whole = pence % 100 === 0;
  const make = () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 });
  return formatter(`${whole ? 'pounds' : 'pence'} ${locale}`, make).format(pence / 100);
}
