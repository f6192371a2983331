/**
 * Wall-clock time in Europe/London, where every offer's opening hours are written. Intl does the daylight
 * saving arithmetic, so BST, GMT and both change-over days come out right without a time-zone library.
 */
import { WEEKDAYS, type Weekday } from '../schema/vocabularies.js';

export interface LondonTime {
  /** ISO date in London, such as "2026-03-29". */
  readonly date: string;
  readonly weekday: Weekday;
  /** Minutes since local midnight, 0–1439. */
  readonly minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'long',
});

export function londonTime(instant: Date): LondonTime {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  const weekday = parts.weekday!.toLowerCase() as Weekday;
  // Some engines print midnight as "24" even with h23.
  const hour = Number(parts.hour) % 24;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: hour * 60 + Number(parts.minute) };
}

export function nextWeekday(day: Weekday, offset = 1): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + offset) % 7]!;
}
