/**
 * Times of day, for opening hours and for when an item can be used.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const TIME_STRINGS = Object.freeze({
  midnight: 'midnight',
  midday: 'midday',
  timeRange: '{opens} to {closes}',
}) satisfies Messages;

export type TimeKey = keyof typeof TIME_STRINGS;
