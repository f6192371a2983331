/**
 * The councils being compared, in the address bar ("lo-compare=E10000024,E08000003"), so a link shows the
 * same comparison and Back and Forward move between them. Prefixed "lo-" like the finder's parameters.
 */
import { COUNCIL_CODE_PATTERN } from '../../schema/patterns.js';

export const MAX_COUNCILS = 4;
const KEY = 'lo-compare';

/** Council codes from a list ("E10000024 E08000003" or with commas), well-formed and each once, at most four. */
export function parseCouncilList(text: string | null | undefined): string[] {
  const codes = (text ?? '')
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNCIL_CODE_PATTERN.test(code));
  return [...new Set(codes)].slice(0, MAX_COUNCILS);
}

/** The codes in a query string, or undefined when it names none (the page's own choice then stands). */
export function readCompareState(search: string): string[] | undefined {
  const value = new URLSearchParams(search).get(KEY);
  return value === null ? undefined : parseCouncilList(value);
}

/** The page's URL with the comparison replaced; other parameters and the hash are kept. */
export function writeCompareState(codes: readonly string[], href: string): string {
  const url = new URL(href);
  if (codes.length) url.searchParams.set(KEY, codes.join(','));
  else url.searchParams.delete(KEY);
  return url.href;
}
