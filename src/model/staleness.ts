/**
 * Stale information is the main complaint about today's offers, so every element says when an offer was
 * last reviewed and warns once that is longer ago than the embedder allows (12 months by default).
 */
import { londonTime } from './london-time.js';

export const DEFAULT_STALE_AFTER_MONTHS = 12;

/** Whole calendar months from one ISO date to another (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function isStale(lastReviewed: string, now: Date, staleAfterMonths = DEFAULT_STALE_AFTER_MONTHS): boolean {
  return monthsBetween(lastReviewed, londonTime(now).date) >= staleAfterMonths;
}
