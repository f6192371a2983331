/**
 * Our ids are lower-case slugs; ORUK ids are UUIDs or whatever a vendor chose. Imported ids are made from
 * names (which read well in URLs and files) and kept unique within their list.
 */
import { fold } from '../text/fold.js';

const MAX_SLUG = 120;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a lower-case slug such as "leaving-care-team", the form of every id in an offer. */
export function isSlug(text: string | undefined): text is string {
  return text !== undefined && SLUG.test(text);
}

/** "Leaving Care Team (North)" → "leaving-care-team-north"; undefined when nothing usable is left. */
export function slugify(text: string, maxLength = 80): string | undefined {
  const words = fold(text).split(' ').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, maxLength);
  return slug || undefined;
}

/** Hands out slugs unique within one list: a second "youth-club" becomes "youth-club-2". */
export class UniqueSlugs {
  private readonly used = new Set<string>();
  /** The next number to try for each base, so a directory with 10,000 "Youth club"s stays fast. */
  private readonly next = new Map<string, number>();

  has(slug: string): boolean {
    return this.used.has(slug);
  }

  take(wanted: string): string {
    const base = wanted.slice(0, MAX_SLUG - 8).replace(/-+$/, '') || 'item';
    let slug = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(slug)) slug = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(slug);
    return slug;
  }
}
