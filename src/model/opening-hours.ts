/**
 * "Open now, closes at 5pm" / "Closed, opens Monday at 9am": whether a contact is open at an instant,
 * from weekly hours in UK wall-clock time, with England's bank holidays and the offer's closed dates.
 * Pure: the clock is passed in, so tests can stand anywhere in time.
 */
import type { OpeningHours, OpeningInterval } from '../schema/offer-schema.js';
import { WEEKDAYS, type Weekday } from '../schema/vocabularies.js';
import { addDays, isBankHoliday } from './bank-holidays.js';
import { londonTime, nextWeekday } from './london-time.js';

export interface Moment {
  readonly weekday: Weekday;
  /** The date in UK time, "YYYY-MM-DD". */
  readonly date: string;
  /** Minutes after midnight; 1440 is midnight at the end of the day. */
  readonly minutes: number;
  /** Days from today: 0 today, 1 tomorrow, and more across closures. */
  readonly daysAhead: number;
}

export type OpenStatus =
  | { readonly state: 'always-open' }
  | { readonly state: 'open'; readonly closes: Moment }
  | { readonly state: 'closed'; readonly opens: Moment }
  | { readonly state: 'never-open' };

interface Interval {
  readonly opens: number;
  readonly closes: number;
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

function toIntervals(list: readonly OpeningInterval[] | undefined): Interval[] {
  return (list ?? []).map((interval) => ({ opens: toMinutes(interval.opens), closes: toMinutes(interval.closes) }));
}

function intervalsOn(hours: OpeningHours, day: Weekday): Interval[] {
  return toIntervals(hours[day]);
}

/** A calendar day in UK time. */
interface Day {
  readonly date: string;
  readonly weekday: Weekday;
}

function dayAfter(day: Day, offset = 1): Day {
  return { date: addDays(day.date, offset), weekday: nextWeekday(day.weekday, offset) };
}

/**
 * Whether a date takes the offer's bank-holiday hours: England's bank holidays, and also Christmas Day,
 * Boxing Day and New Year's Day themselves when they fall at a weekend and the holiday moves to a Monday,
 * since an office that opens on Saturdays does not open on Boxing Day.
 */
export function isHoliday(date: string): boolean {
  return isBankHoliday(date) || ['12-25', '12-26', '01-01'].includes(date.slice(5));
}

/** The hours on a date if it is not a closed date: the bank-holiday hours on a holiday, else the weekday's. */
function usualIntervalsOnDate(hours: OpeningHours, day: Day): Interval[] {
  if (hours.bankHolidays && isHoliday(day.date)) return toIntervals(hours.bankHolidays);
  return intervalsOn(hours, day.weekday);
}

/** The hours on one date: none on a closed date, else its usual hours. */
function intervalsOnDate(hours: OpeningHours, day: Day): Interval[] {
  return hours.closedDates?.includes(day.date) ? [] : usualIntervalsOnDate(hours, day);
}

/** How far ahead to look for the next opening: past any closure a council could list. */
const SEARCH_DAYS = 366;

/** A day is open all day when its intervals run unbroken from 00:00 to 24:00. */
function isOpenAllDay(intervals: readonly Interval[]): boolean {
  let reached = 0;
  for (const interval of intervals) {
    if (interval.opens > reached) return false;
    reached = Math.max(reached, interval.closes);
  }
  return reached >= 1440;
}

/**
 * Open round the clock: `alwaysOpen`, or every day all day with no bank-holiday or date closures. Given
 * `now`, closed dates already past do not count.
 */
export function isAlwaysOpen(hours: OpeningHours, now?: Date): boolean {
  if (hours.alwaysOpen === true) return true;
  const closures = now ? upcomingClosedDates(hours, now) : (hours.closedDates ?? []);
  if (closures.length > 0 || (hours.bankHolidays && !isOpenAllDay(toIntervals(hours.bankHolidays)))) return false;
  return WEEKDAYS.every((day) => isOpenAllDay(intervalsOn(hours, day)));
}

/**
 * When an open stretch that includes `minutes` on `day` ends, following it across midnight into the next
 * days (an out-of-hours line open 17:00–24:00 and 00:00–08:30 closes at 8:30 the next morning). Undefined
 * when it does not close within the year ahead.
 */
function closingMoment(hours: OpeningHours, today: Day, minutes: number): Moment | undefined {
  let day = today;
  let at = minutes;
  let daysAhead = 0;
  // Each step moves to the end of an interval or to the next day, so this ends.
  while (daysAhead < SEARCH_DAYS) {
    const containing = intervalsOnDate(hours, day).find((interval) => interval.opens <= at && at < interval.closes);
    if (!containing) return { ...day, minutes: at, daysAhead };
    at = containing.closes;
    if (at >= 1440) {
      day = dayAfter(day);
      at = 0;
      daysAhead++;
    }
  }
  return undefined;
}

export function openStatus(hours: OpeningHours, now: Date): OpenStatus {
  if (isAlwaysOpen(hours, now)) return { state: 'always-open' };
  const { date, weekday, minutes } = londonTime(now);
  const today: Day = { date, weekday };
  if (intervalsOnDate(hours, today).some((interval) => interval.opens <= minutes && minutes < interval.closes)) {
    const closes = closingMoment(hours, today, minutes);
    return closes ? { state: 'open', closes } : { state: 'always-open' };
  }
  // With no weekly hours at all, no closure can be what keeps it shut.
  if (WEEKDAYS.every((day) => intervalsOn(hours, day).length === 0) && !hours.bankHolidays?.length) return { state: 'never-open' };
  for (let daysAhead = 0; daysAhead <= SEARCH_DAYS; daysAhead++) {
    const day = dayAfter(today, daysAhead);
    const later = intervalsOnDate(hours, day)
      .filter((interval) => daysAhead > 0 || interval.opens > minutes)
      .sort((a, b) => a.opens - b.opens)[0];
    if (later) return { state: 'closed', opens: { ...day, minutes: later.opens, daysAhead } };
  }
  return { state: 'never-open' };
}

/** The day's hours in order, for a readable table. */
export function hoursOn(hours: OpeningHours, day: Weekday): readonly { opens: number; closes: number }[] {
  return intervalsOn(hours, day).sort((a, b) => a.opens - b.opens);
}

/** The bank-holiday hours in order, for the table (empty when closed on bank holidays). */
export function bankHolidayHours(hours: OpeningHours): readonly { opens: number; closes: number }[] {
  return toIntervals(hours.bankHolidays).sort((a, b) => a.opens - b.opens);
}

/** The closed dates from today on, in order and once each. */
export function upcomingClosedDates(hours: OpeningHours, now: Date): string[] {
  const today = londonTime(now).date;
  return [...new Set(hours.closedDates ?? [])].filter((date) => date >= today).sort();
}

/**
 * For "Also closed on…": the closed dates in the year ahead on which the contact would otherwise be open
 * (a closed Sunday need not be said), in order.
 */
export function closuresToMention(hours: OpeningHours, now: Date): string[] {
  const { date: today, weekday } = londonTime(now);
  const yearAhead = addDays(today, 365);
  return upcomingClosedDates(hours, now).filter((date) => {
    if (date >= yearAhead) return false;
    const offset = Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
    return usualIntervalsOnDate(hours, dayAfter({ date: today, weekday }, offset)).length > 0;
  });
}
