/**
 * The coverage view in the address bar: what the map is coloured by, the table's search, "Show" choice and
 * sort ("lo-map-sort=-reviewed" for newest first). Prefixed "lo-map-" so they clash neither with the host
 * page's parameters nor with a finder on the same page.
 */
import { MEASURES, SHOW_OPTIONS, SORT_KEYS, type Measure, type Show, type Sort, type SortKey } from './coverage-options.js';

export interface CoverageUrlState {
  readonly measure?: Measure;
  readonly show?: Show;
  readonly query?: string;
  readonly sort?: Sort;
}

const KEYS = { measure: 'lo-map-measure', show: 'lo-map-show', query: 'lo-map-q', sort: 'lo-map-sort' } as const;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;

/** The view a query string names, ignoring anything malformed; undefined when it names none of it. */
export function readCoverageState(search: string): CoverageUrlState | undefined {
  const params = new URLSearchParams(search);
  if (!Object.values(KEYS).some((key) => params.has(key))) return undefined;
  const sort = params.get(KEYS.sort);
  const sortKey = oneOf<SortKey>(SORT_KEYS, sort?.replace(/^-/, '') ?? null);
  const measure = oneOf<Measure>(MEASURES, params.get(KEYS.measure));
  const show = oneOf<Show>(SHOW_OPTIONS, params.get(KEYS.show));
  const query = (params.get(KEYS.query) ?? '').slice(0, 100);
  return {
    ...(measure ? { measure } : {}),
    ...(show ? { show } : {}),
    ...(query ? { query } : {}),
    ...(sortKey ? { sort: { key: sortKey, descending: sort!.startsWith('-') } } : {}),
  };
}

/** The page's URL with the view written in; what is as it starts (the first measure, all, by name) is left out. */
export function writeCoverageState(state: CoverageUrlState, href: string): string {
  const url = new URL(href);
  for (const key of Object.values(KEYS)) url.searchParams.delete(key);
  if (state.measure && state.measure !== MEASURES[0]) url.searchParams.set(KEYS.measure, state.measure);
  if (state.show && state.show !== 'all') url.searchParams.set(KEYS.show, state.show);
  if (state.query) url.searchParams.set(KEYS.query, state.query);
  if (state.sort && (state.sort.key !== 'name' || state.sort.descending))
    url.searchParams.set(KEYS.sort, `${state.sort.descending ? '-' : ''}${state.sort.key}`);
  return url.href;
}
