/**
 * "Did you mean": for a property the library does not know, the known property at that place the publisher
 * most likely meant. The known properties come from the schema (schema-walk.ts); this file only decides
 * which of them is close enough to name.
 */

export interface KeySuggestion {
  readonly key: string;
  /** A sentence to add, where the likely mistake is more than spelling. */
  readonly note?: string;
}

/** Case, underscores, hyphens and spaces differ between formats but never change the meaning. */
const normal = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

const PENCE = 'Amounts are in pence: £3,000 is 300000';

/**
 * Names publishers really write, from other formats and spreadsheets, that no edit distance would find,
 * keyed by their normal form (see `normal`). Each applies only where its target is a known property, so
 * "url" stays right in a link.
 */
const ALIASES: Readonly<Record<string, KeySuggestion>> = {
  amount: { key: 'amountPence', note: PENCE },
  amountpence: { key: 'amountPence', note: PENCE },
  amountgbp: { key: 'amountPence', note: PENCE },
  value: { key: 'amountPence', note: PENCE },
  openingtimes: { key: 'openingHours' },
  hours: { key: 'openingHours' },
  telephone: { key: 'phone' },
  tel: { key: 'phone' },
  url: { key: 'website' },
};

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours, the commonest typing slip. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * How far `written` is from `known`, lower is closer; undefined when too far to suggest. Short names get
 * one slip only, or "id" would be suggested for every two-letter typo.
 */
function closeness(written: string, known: string): number | undefined {
  const a = normal(written);
  const b = normal(known);
  if (a === b) return 0;
  const distance = editDistance(a, b);
  if (distance <= (Math.min(a.length, b.length) <= 4 ? 1 : 2)) return distance;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return 3;
  return undefined;
}

/**
 * The known property `written` most likely meant, leaving out those the object already has (it would
 * not help to suggest "phone" beside a "phone").
 */
export function suggestKey(written: string, known: readonly string[], present: readonly string[] = []): KeySuggestion | undefined {
  const candidates = known.filter((key) => !present.includes(key));
  const alias = Object.hasOwn(ALIASES, normal(written)) ? ALIASES[normal(written)] : undefined;
  if (alias && candidates.includes(alias.key)) return alias;
  let best: { key: string; score: number } | undefined;
  for (const key of candidates) {
    const score = closeness(written, key);
    if (score !== undefined && (!best || score < best.score)) best = { key, score };
  }
  return best && { key: best.key };
}

/** The sentence added to an unknown-property warning. */
export function didYouMean(suggestion: KeySuggestion): string {
  return `: did you mean "${suggestion.key}"?${suggestion.note ? ` ${suggestion.note}` : ''}`;
}
