/**
 * When and where an item can be used, in words: "Monday to Friday: 9am to 5pm", "Until 31 March 2027",
 * "In Ashfield". Pure: no DOM.
 */
import { formatClock, formatDate } from '../i18n/format.js';
import type { Localizer } from '../i18n/localize.js';
import type { OfferItemKey } from '../i18n/strings/offer-items.js';
import type { TimeKey } from '../i18n/strings/times.js';
import type { Availability, OpeningHours, OpeningInterval } from '../schema/offer-schema.js';
import { WEEKDAYS } from '../schema/vocabularies.js';
import { joinList } from './value.js';

type Words = Localizer<OfferItemKey | TimeKey>;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

function intervals(list: readonly OpeningInterval[], words: Words): string {
  return joinList(
    list.map((interval) =>
      // Midnight to midnight is the whole day, not "midnight to midnight".
      minutes(interval.opens) === 0 && minutes(interval.closes) === 1440
        ? words.t('wholeDay')
        : words.t('timeRange', { opens: formatClock(minutes(interval.opens), words), closes: formatClock(minutes(interval.closes), words) }),
    ),
    words,
  );
}

/**
 * The week in as few lines as it takes: days with the same hours run together ("Monday to Friday"), and
 * days not given are closed, so they are not listed.
 */
export function describeWeeklyHours(hours: OpeningHours, words: Words, today?: string): string[] {
  const { t, locale } = words;
  const dayName = (index: number) => t(WEEKDAYS[index]!);
  if (hours.alwaysOpen) return [t('anyDay')];
  const lines: string[] = [];
  const keyOf = (index: number) => JSON.stringify(hours[WEEKDAYS[index]!] ?? []);
  for (let start = 0; start < 7;) {
    let end = start;
    while (end + 1 < 7 && keyOf(end + 1) === keyOf(start)) end++;
    const day = hours[WEEKDAYS[start]!];
    if (day?.length) {
      const days =
        start === end
          ? dayName(start)
          : end === start + 1
            ? joinList([dayName(start), dayName(end)], words)
            : t('dayRange', { first: dayName(start), last: dayName(end) });
      lines.push(t('dayHours', { days, hours: intervals(day, words) }));
    }
    start = end + 1;
  }
  if (hours.bankHolidays)
    lines.push(hours.bankHolidays.length ? t('bankHolidaysHours', { hours: intervals(hours.bankHolidays, words) }) : t('bankHolidaysClosed'));
  const closed = (hours.closedDates ?? []).filter((date) => !today || date >= today);
  if (closed.length)
    lines.push(
      t('closedOn', {
        dates: joinList(
          closed.map((date) => formatDate(date, locale)),
          words,
        ),
      }),
    );
  if (hours.note) lines.push(hours.note);
  return lines;
}

/** The "When" lines of an item: its last day, its hours and its note. The first day is said as "Starts on". */
export function describeWhen(available: Availability, words: Words, today?: string): string[] {
  const lines: string[] = [];
  if (available.until) lines.push(words.t('availableUntil', { date: formatDate(available.until, words.locale) }));
  if (available.hours) lines.push(...describeWeeklyHours(available.hours, words, today));
  if (available.note) lines.push(available.note);
  return lines;
}

/** "In Ashfield and Mansfield", or nothing. */
export function describeWhere(available: Availability | undefined, words: Words, councilName: (code: string) => string): string | undefined {
  return available?.in ? words.t('availableIn', { places: joinList(available.in.map(councilName), words) }) : undefined;
}
