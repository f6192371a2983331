/**
 * The choices the coverage element offers — what the map is coloured by, how the table sorts, which rows it
 * shows — apart from the code that measures, so the element's first render (and its address-bar state)
 * needs nothing else.
 */
export const MEASURES = ['publishes', 'reviewed', 'setting-up-home', 'council-tax'] as const;
export type Measure = (typeof MEASURES)[number];

export const SORT_KEYS = ['name', 'kind', 'offer', 'reviewed', 'setting-up-home', 'council-tax'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export const SHOW_OPTIONS = ['all', 'own', 'joint', 'none', 'stale'] as const;
export type Show = (typeof SHOW_OPTIONS)[number];
