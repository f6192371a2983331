/**
 * Free-text search over joined items: case- and accent-insensitive, matching the start of words ("hous"
 * finds "housing"), with a small list of the words young people actually type ("ctax", "uni", "flat").
 * Items are indexed once; each keystroke only scans prepared strings.
 */
import { AREA_LABELS, type Area } from '../schema/vocabularies.js';
import { fold } from '../text/fold.js';

/** What people type, and what offers say. Every listed alternative is searched for too. */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  ctax: ['council tax'],
  counciltax: ['council tax'],
  uni: ['university', 'higher education'],
  university: ['higher education'],
  flat: ['housing', 'accommodation', 'home'],
  house: ['housing', 'accommodation', 'home'],
  home: ['housing', 'accommodation'],
  rent: ['housing', 'accommodation'],
  money: ['grant', 'bursary', 'allowance', 'payment'],
  cash: ['grant', 'bursary', 'allowance', 'payment'],
  job: ['employment', 'work', 'apprenticeship'],
  work: ['employment', 'job', 'apprenticeship'],
  college: ['education', 'bursary'],
  doctor: ['health', 'gp', 'nhs'],
  dentist: ['dental', 'health'],
  gym: ['leisure', 'sport', 'swimming'],
  bus: ['transport', 'travel'],
  travel: ['transport', 'bus'],
  id: ['passport', 'identity', 'birth certificate'],
  bank: ['account', 'money', 'budgeting'],
  lawyer: ['legal', 'advice', 'advocacy'],
});

export interface Searchable {
  readonly title: string;
  readonly summary: string;
  readonly area: Area;
  readonly tags: readonly string[];
  /** Anything else worth finding the item by, such as who provides it. */
  readonly extra?: readonly string[];
}

export interface SearchIndex<T> {
  readonly items: readonly T[];
  /** " word word … " per item: leading space so " hous" matches a word start. */
  readonly text: readonly string[];
}

export function buildIndex<T extends Searchable>(items: readonly T[]): SearchIndex<T> {
  return {
    items,
    // The area by its plain label ("Housing") and by the guidance's name ("accommodation"), which offers use.
    text: items.map(
      (item) => ` ${fold([item.title, item.summary, AREA_LABELS[item.area], item.area.replace(/-/g, ' '), ...item.tags, ...(item.extra ?? [])].join(' '))} `,
    ),
  };
}

/** For each query word, the phrases any of which must appear at a word start. */
function queryTerms(query: string): string[][] {
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => [word, ...(SYNONYMS[word] ?? []).map(fold)].map((phrase) => ` ${phrase}`));
}

/** Items matching every word of the query (each word or one of its synonyms), in index order. */
export function search<T>(index: SearchIndex<T>, query: string): T[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...index.items];
  const found: T[] = [];
  for (let i = 0; i < index.items.length; i++) {
    const text = index.text[i]!;
    if (terms.every((alternatives) => alternatives.some((phrase) => text.includes(phrase)))) found.push(index.items[i]!);
  }
  return found;
}
