/**
 * Weekly opening hours both ways: ORUK schedules (iCal-like rules: `byday`, `freq`, `interval`, plus 1.0's
 * `weekday`) to our `openingHours` (lists of opens/closes per weekday, never crossing midnight), and back.
 * Rules our format cannot hold (monthly, fortnightly, dated) are kept as words in the note, not guessed at.
 */
import { WEEKDAYS, type OpeningHours, type OpeningInterval, type Weekday } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { dateOf, numberOf, quote, textOf } from './json-reading.js';
import type { JsonObject, OrukSchedule } from './oruk-types.js';
import { htmlToLine } from './html-to-text.js';
import { clip } from './text-limits.js';
import { TIME_STRINGS } from '../i18n/strings/times.js';

const ICAL_DAYS: Readonly<Record<string, Weekday>> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};
const ICAL_BY_DAY: Readonly<Record<Weekday, string>> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};
/** Day names in the report and in ORUK's descriptions: the elements' own English words for them. */
const DAY_LABELS: Readonly<Record<Weekday, string>> = TIME_STRINGS;
const END_OF_DAY = 24 * 60;
const MAX_INTERVALS_PER_DAY = 6;
const MAX_NOTE = 300;

export interface ScheduleSource {
  readonly item: JsonObject;
  /** Where the schedule is in the input, for the report. */
  readonly path: string;
}

function minutesOf(value: unknown): number | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const clock = /^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (clock) {
    const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
    if (hours === 24 && minutes === 0) return END_OF_DAY;
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
  }
  const twelveHour = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i.exec(text);
  if (twelveHour) {
    const hours = Number(twelveHour[1]);
    const minutes = Number(twelveHour[2] ?? 0);
    if (hours < 1 || hours > 12 || minutes >= 60) return undefined;
    return ((hours % 12) + (twelveHour[3]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + minutes;
  }
  return undefined;
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ORUK 1.0 `weekday`: a number (1 is Monday, as in ISO 8601; 0 or 7 is Sunday) or a day's name. */
function weekdayOf(value: unknown): Weekday | undefined {
  const number = numberOf(value);
  if (number !== undefined && Number.isInteger(number)) return number >= 1 && number <= 7 ? WEEKDAYS[number - 1] : number === 0 ? 'sunday' : undefined;
  const text = textOf(value)?.toLowerCase();
  if (!text) return undefined;
  return WEEKDAYS.find((day) => day === text || (text.length >= 2 && day.startsWith(text))) ?? ICAL_DAYS[text.toUpperCase()];
}

type DaysResult = { readonly days: Weekday[] } | { readonly problem: string };

function daysOf(item: JsonObject, path: string, report: ConversionReport): DaysResult {
  const byday = textOf(item.byday);
  if (byday) {
    const days: Weekday[] = [];
    for (const token of byday.split(/[\s,]+/).filter(Boolean)) {
      const match = /^([+-]?\d+)?([A-Za-z]{2})$/.exec(token);
      const day = match ? ICAL_DAYS[match[2]!.toUpperCase()] : undefined;
      if (!match || !day) return { problem: `byday ${quote(byday)} is not a list of days such as "MO,TU"` };
      if (match[1]) return { problem: `byday ${quote(byday)} names a day of the month ("${token}"), not a weekly day` };
      if (!days.includes(day)) days.push(day);
    }
    return { days };
  }
  if (item.weekday !== undefined && item.weekday !== '' && item.weekday !== null) {
    const day = weekdayOf(item.weekday);
    if (!day) return { problem: `weekday ${JSON.stringify(item.weekday)} is not a day of the week` };
    if (typeof item.weekday === 'number' || numberOf(item.weekday) !== undefined) {
      report.assumed(`${path}.weekday`, `read weekday ${JSON.stringify(item.weekday)} as ${DAY_LABELS[day]} (1 is Monday, as in ISO 8601)`);
    }
    return { days: [day] };
  }
  return { problem: 'it names no day (no byday or weekday)' };
}

/** Why a schedule is not a plain weekly one, or undefined when it is. */
function notWeekly(item: JsonObject, today: string): string | undefined {
  const freq = textOf(item.freq);
  if (freq && freq.toUpperCase() !== 'WEEKLY') return `freq is ${quote(freq)}, not WEEKLY`;
  const interval = numberOf(item.interval);
  if (interval !== undefined && interval > 1) return `interval ${interval} repeats every ${interval} weeks, not every week`;
  const validTo = dateOf(item.valid_to);
  if (validTo && validTo < today) return `valid_to ${validTo} is in the past`;
  const validFrom = dateOf(item.valid_from);
  if (validFrom && validFrom > today) return `valid_from ${validFrom} is in the future`;
  return undefined;
}

function addInterval(days: Map<Weekday, [number, number][]>, day: Weekday, opens: number, closes: number): void {
  const list = days.get(day) ?? [];
  list.push([opens, closes]);
  days.set(day, list);
}

/** Sorted, with overlapping or touching intervals merged, as our cross-checks require. */
function tidyIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [opens, closes] of sorted) {
    const last = merged[merged.length - 1];
    if (last && opens <= last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}

function textsOf(item: JsonObject, fields: readonly string[]): string[] {
  return fields
    .map((field) => textOf(item[field]))
    .filter((text): text is string => !!text)
    .map(htmlToLine)
    .filter(Boolean);
}

/**
 * Our opening hours from a service's schedules, or undefined when none could be read. Every schedule that
 * could not be used is reported with the reason; its words go into the note so nothing is silently lost.
 */
export function openingHoursFromSchedules(
  schedules: readonly ScheduleSource[],
  today: string,
  report: ConversionReport,
  options: { readonly writtenByUs?: boolean } = {},
): OpeningHours | undefined {
  const days = new Map<Weekday, [number, number][]>();
  const notes: string[] = [];
  // Each note in lower case, so a note is looked up once rather than compared with every note before it.
  const noted = new Set<string>();
  const addNote = (text: string) => {
    const key = text.toLowerCase();
    if (noted.has(key)) return;
    noted.add(key);
    notes.push(text);
  };

  for (const { item, path } of schedules) {
    const problem = notWeekly(item, today);
    const found = problem ? { problem } : daysOf(item, path, report);
    if ('problem' in found) {
      const words = textsOf(item, ['description', 'notes']);
      if (found.problem.includes('in the past')) {
        report.dropped(path, `${found.problem}, so it was left out`);
        continue;
      }
      if (words.length > 0) {
        words.forEach(addNote);
        report.assumed(path, `${found.problem}: kept its description as the opening hours note`);
      } else {
        report.dropped(path, `${found.problem}, and it has no description to keep`);
      }
      continue;
    }
    const opens = minutesOf(item.opens_at);
    let closes = minutesOf(item.closes_at);
    if (opens === undefined || closes === undefined) {
      const words = textsOf(item, ['description', 'notes']);
      const missing = opens === undefined ? `opens_at ${JSON.stringify(item.opens_at ?? null)}` : `closes_at ${JSON.stringify(item.closes_at ?? null)}`;
      if (words.length > 0) {
        words.forEach(addNote);
        report.assumed(path, `${missing} is not a time: kept its description as the opening hours note`);
      } else {
        report.dropped(path, `${missing} is not a time`);
      }
      continue;
    }
    // "Until 23:59" and "until 00:00" both mean until midnight in feeds.
    if (closes >= 23 * 60 + 59) closes = END_OF_DAY;
    if (closes === 0 && opens > 0) closes = END_OF_DAY;
    if (opens === closes) {
      report.dropped(path, `opens_at and closes_at are both ${clockOf(opens)}`);
      continue;
    }
    for (const day of found.days) {
      if (opens < closes) {
        addInterval(days, day, opens, closes);
      } else {
        // Our intervals never cross midnight: an overnight session becomes two, one on each day.
        const nextDay = WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]!;
        addInterval(days, day, opens, END_OF_DAY);
        if (closes > 0) addInterval(days, nextDay, 0, closes);
      }
    }
    if (opens > closes) report.assumed(path, `${clockOf(opens)} to ${clockOf(closes)} crosses midnight: split it at midnight`);
    for (const text of textsOf(item, ['notes'])) addNote(text);
    // Our own export writes a description that only restates the times; a directory's may say more.
    if (textOf(item.description) && !options.writtenByUs)
      report.dropped(`${path}.description`, 'a weekly schedule is shown from its days and times; its description is not kept');
  }

  if (days.size === 0 && notes.length === 0) return undefined;
  const hours: { -readonly [K in keyof OpeningHours]: OpeningHours[K] } = {};
  const everyDayAllDay = WEEKDAYS.every((day) => {
    const list = tidyIntervals(days.get(day) ?? []);
    return list.length === 1 && list[0]![0] === 0 && list[0]![1] === END_OF_DAY;
  });
  if (everyDayAllDay) {
    hours.alwaysOpen = true;
  } else {
    for (const day of WEEKDAYS) {
      const list = tidyIntervals(days.get(day) ?? []);
      if (list.length === 0) continue;
      if (list.length > MAX_INTERVALS_PER_DAY)
        report.dropped(
          `schedules (${DAY_LABELS[day]})`,
          `${list.length - MAX_INTERVALS_PER_DAY} opening times after the first ${MAX_INTERVALS_PER_DAY}: a day holds at most ${MAX_INTERVALS_PER_DAY}`,
        );
      hours[day] = list.slice(0, MAX_INTERVALS_PER_DAY).map(([opens, closes]): OpeningInterval => ({ opens: clockOf(opens), closes: clockOf(closes) }));
    }
  }
  if (notes.length > 0) {
    const note = notes.join(' ');
    if (note.length > MAX_NOTE) report.assumed('schedules', `the opening hours note was cut to ${MAX_NOTE} characters`);
    hours.note = clip(note, MAX_NOTE);
  }
  return hours;
}

function describeDays(days: readonly Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day));
  const consecutive = indexes.every((index, i) => i === 0 || index === indexes[i - 1]! + 1);
  if (days.length >= 3 && consecutive) return `${DAY_LABELS[days[0]!]} to ${DAY_LABELS[days[days.length - 1]!]}`;
  const labels = days.map((day) => DAY_LABELS[day]);
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** ORUK times are RFC 3339 times with seconds; midnight at the end of a day is written 23:59:59. */
function orukTime(time: string): string {
  return time === '24:00' ? '23:59:59' : `${time}:00`;
}

/**
 * ORUK 3.0 weekly schedules from our opening hours: one schedule per opening time, shared by the days that
 * have the same times, so "Monday to Friday 09:00 to 17:00" is one record as a directory would write it.
 */
export function schedulesFromOpeningHours(hours: OpeningHours, serviceId: string, idFor: (key: string) => string): OrukSchedule[] {
  const notes = hours.note ? { notes: hours.note } : {};
  if (hours.alwaysOpen) {
    return [
      {
        id: idFor('always-open'),
        service_id: serviceId,
        freq: 'WEEKLY',
        interval: 1,
        byday: WEEKDAYS.map((day) => ICAL_BY_DAY[day]).join(','),
        opens_at: '00:00:00',
        closes_at: '23:59:59',
        description: 'Open 24 hours a day, every day',
        ...notes,
      },
    ];
  }
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const intervals = hours[day];
    if (!intervals || intervals.length === 0) continue;
    const key = intervals.map((interval) => `${interval.opens}-${interval.closes}`).join(',');
    const group = groups.get(key);
    if (group) group.push(day);
    else groups.set(key, [day]);
  }
  const schedules: OrukSchedule[] = [];
  for (const [key, days] of groups) {
    for (const span of key.split(',')) {
      const [opens, closes] = span.split('-') as [string, string];
      schedules.push({
        id: idFor(`${days.join(',')} ${span}`),
        service_id: serviceId,
        freq: 'WEEKLY',
        interval: 1,
        byday: days.map((day) => ICAL_BY_DAY[day]).join(','),
        opens_at: orukTime(opens),
        closes_at: orukTime(closes),
        description: `${describeDays(days)}, ${opens} to ${closes === '24:00' ? 'midnight' : closes}`,
        ...notes,
      });
    }
  }
  if (schedules.length === 0 && hours.note) schedules.push({ id: idFor('note'), service_id: serviceId, description: hours.note });
  return schedules;
}
