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

export function formatDate(isoDate: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarDay(isoDate));
}

/** "Friday 2 January", for a day within the year ahead. */
export function formatDayAndDate(isoDate: string, locale = 'en-GB'): string {
  const text = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarDay(isoDate));
  // GOV.UK style has no comma after the weekday; WebKit's en-GB data puts one there ("Friday, 2 January").
  return text.replace(/,/g, '');
}

export function formatPence(pence: number, locale = 'en-GB'): string {
  const whole = pence % 100 === 0;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(
    pence / 100,
  );
}
