/**
 * Days, times of day and whether a line is open now: for the contact card, and for who to call and when an
 * item can be used in the checklist and the finder.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const TIME_STRINGS = Object.freeze({
  midnight: 'midnight',
  midday: 'midday',
  timeRange: '{opens} to {closes}',
  wholeDay: 'all day',
  openAlways: 'Open 24 hours, every day',
  openNow: 'Open now, closes {when}',
  closedNow: 'Closed, opens {when}',
  closedNoHours: 'Closed',
  atTime: 'at {time}',
  todayAt: 'today at {time}',
  tomorrowAt: 'tomorrow at {time}',
  dayAt: '{day} at {time}',
  dateAt: 'on {date} at {time}',
  call: 'Call {number}',
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
}) satisfies Messages;

export type TimeKey = keyof typeof TIME_STRINGS;
