/**
 * The words for whether a line is open now ("Open now, closes at 5pm", "Closed, opens tomorrow at 9am"),
 * from the pure opening-hours model: for the contact card and for who to call. Tested with an injected clock.
 */
import type { Localizer } from '../i18n/localize.js';
import type { TimeKey } from '../i18n/strings/times.js';
import { formatClock, formatDayAndDate } from '../i18n/format.js';
import { assertNever } from '../util/assert-never.js';
import { addDays } from '../model/bank-holidays.js';
import { nextWeekday } from '../model/london-time.js';
import type { Moment, OpenStatus } from '../model/opening-hours.js';

function when(at: Moment, localizer: Localizer<TimeKey>, closing: boolean): string {
  // Closing at 00:00 on a day is closing at midnight at the end of the day before: "at midnight" tonight,
  // "Thursday at midnight" for a line that shuts for Christmas Day.
  const moment =
    closing && at.minutes === 0 && at.daysAhead > 0
      ? { weekday: nextWeekday(at.weekday, 6), date: addDays(at.date, -1), minutes: 1440, daysAhead: at.daysAhead - 1 }
      : at;
  const time = formatClock(moment.minutes, localizer);
  if (moment.daysAhead === 0) return closing ? localizer.t('atTime', { time }) : localizer.t('todayAt', { time });
  if (moment.daysAhead === 1) return localizer.t('tomorrowAt', { time });
  // A week or more away (the same weekday next week, or after a holiday closure), a weekday alone is ambiguous.
  if (moment.daysAhead >= 7) return localizer.t('dateAt', { date: formatDayAndDate(moment.date, localizer.locale), time });
  return localizer.t('dayAt', { day: localizer.t(moment.weekday), time });
}

export function describeStatus(status: OpenStatus, localizer: Localizer<TimeKey>): string {
  switch (status.state) {
    case 'always-open':
      return localizer.t('openAlways');
    case 'open':
      return localizer.t('openNow', { when: when(status.closes, localizer, true) });
    case 'closed':
      return localizer.t('closedNow', { when: when(status.opens, localizer, false) });
    case 'never-open':
      return localizer.t('closedNoHours');
    default:
      return assertNever(status, 'opening status');
  }
}
