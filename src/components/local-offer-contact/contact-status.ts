/**
 * The words for a contact's open/closed status, from the pure opening-hours model. Kept apart from the
 * element so the wording can be tested with an injected clock.
 */
import type { Localizer } from '../../i18n/localize.js';
import type { ContactKey } from '../../i18n/strings/contact.js';
import { formatClock } from '../../i18n/format.js';
import type { Moment, OpenStatus } from '../../model/opening-hours.js';

function when(moment: Moment, localizer: Localizer<ContactKey>, closing: boolean): string {
  const time = formatClock(moment.minutes, localizer);
  // Closing at 00:00 tomorrow is closing at midnight tonight.
  if (closing && moment.minutes === 0 && moment.daysAhead === 1) return localizer.t('atTime', { time });
  if (moment.daysAhead === 0) return closing ? localizer.t('atTime', { time }) : localizer.t('todayAt', { time });
  if (moment.daysAhead === 1) return localizer.t('tomorrowAt', { time });
  return localizer.t('dayAt', { day: localizer.t(moment.weekday), time });
}

export function describeStatus(status: OpenStatus, localizer: Localizer<ContactKey>): string {
  switch (status.state) {
    case 'always-open':
      return localizer.t('openAlways');
    case 'open':
      return localizer.t('openNow', { when: when(status.closes, localizer, true) });
    case 'closed':
      return localizer.t('closedNow', { when: when(status.opens, localizer, false) });
    default:
      return localizer.t('closedNoHours');
  }
}
