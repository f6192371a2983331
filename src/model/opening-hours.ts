/**
 * "Open now, closes at 5pm" / "Closed, opens Monday at 9am": whether a contact is open at an instant,
 * from weekly hours in UK wall-clock time. Pure: the clock is passed in, so tests can stand anywhere in time.
 */
import type { OpeningHours } from '../schema/offer-schema.js';
import { WEEKDAYS, type Weekday } from '../schema/vocabularies.js';
import { londonTime, nextWeekday } from './london-time.js';

export interface Moment {
  readonly weekday: Weekday;
  /** Minutes after midnight; 1440 is midnight at the end of the day. */
  readonly minutes: number;
  /** Days from today: 0 today, 1 tomorrow, up to 7. */
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

function intervalsOn(hours: OpeningHours, day: Weekday): Interval[] {
  return (hours[day] ?? []).map((interval) => ({ opens: toMinutes(interval.opens), closes: toMinutes(interval.closes) }));
}

/** A day is open all day when its intervals run unbroken from 00:00 to 24:00. */
function isOpenAllDay(intervals: readonly Interval[]): boolean {
  let reached = 0;
  for (const interval of intervals) {
    if (interval.opens > reached) return false;
    reached = Math.max(reached, interval.closes);
  }
  return reached >= 1440;
}

export function isAlwaysOpen(hours: OpeningHours): boolean {
  return hours.alwaysOpen === true || WEEKDAYS.every((day) => isOpenAllDay(intervalsOn(hours, day)));
}

/**
 * When an open stretch that includes `minutes` on `day` ends, following it across midnight into the next
 * days (an out-of-hours line open 17:00–24:00 and 00:00–08:30 closes at 8:30 the next morning).
 */
function closingMoment(hours: OpeningHours, day: Weekday, minutes: number): Moment {
  let current = day;
  let at = minutes;
  let daysAhead = 0;
  // Each step moves to the end of an interval, so this ends within a week's worth of intervals.
  for (let step = 0; step < 7 * 8; step++) {
    const containing = intervalsOn(hours, current).find((interval) => interval.opens <= at && at < interval.closes);
    if (!containing) break;
    at = containing.closes;
    if (at >= 1440 && daysAhead < 7) {
      current = nextWeekday(current);
      at = 0;
      daysAhead++;
    }
  }
  return { weekday: current, minutes: at, daysAhead };
}

export function openStatus(hours: OpeningHours, now: Date): OpenStatus {
  if (isAlwaysOpen(hours)) return { state: 'always-open' };
  const { weekday, minutes } = londonTime(now);
  if (intervalsOn(hours, weekday).some((interval) => interval.opens <= minutes && minutes < interval.closes)) {
    return { state: 'open', closes: closingMoment(hours, weekday, minutes) };
  }
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = nextWeekday(weekday, daysAhead);
    const later = intervalsOn(hours, day)
      .filter((interval) => daysAhead > 0 || interval.opens > minutes)
      .sort((a, b) => a.opens - b.opens)[0];
    if (later) return { state: 'closed', opens: { weekday: day, minutes: later.opens, daysAhead } };
  }
  return { state: 'never-open' };
}

/** The day's hours in order, for a readable table. */
export function hoursOn(hours: OpeningHours, day: Weekday): readonly { opens: number; closes: number }[] {
  return intervalsOn(hours, day).sort((a, b) => a.opens - b.opens);
}
