/**
 * Reads a live Open Referral UK `/services` endpoint, page after page, into one list of services for the
 * converter. ORUK 1.0 pages say where they are with `totalPages`, `number` and `last`; 3.0 pages with
 * `total_pages`, `page_number` and `last_page`. Pages are asked for with `?page=`, from the page the
 * address names (1 by default). A feed whose pages never end stops at --max-pages, and one that answers
 * every page with the same page is caught, so the tool always finishes with all the services or an error.
 */
import { parseJsonText } from '../../src/schema/parse.js';
import { fetchSafely, type FetchLimits } from '../net/fetch-safely.js';

export const DEFAULT_MAX_PAGES = 100;

export type PagesRead =
  | {
      readonly ok: true;
      /** What the converter reads: one page holding every page's services, or the answer as it was. */
      readonly input: unknown;
      readonly pages: number;
      readonly services: number;
    }
  | { readonly ok: false; readonly message: string };

type JsonObject = Record<string, unknown>;

interface Paging {
  readonly total?: number;
  readonly number?: number;
  readonly last?: boolean;
}

const isObject = (value: unknown): value is JsonObject => !!value && typeof value === 'object' && !Array.isArray(value);
const wholeNumber = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

function pagingOf(page: JsonObject): Paging {
  const total = wholeNumber(page.total_pages) ?? wholeNumber(page.totalPages);
  const number = wholeNumber(page.page_number) ?? wholeNumber(page.number);
  const last = typeof page.last_page === 'boolean' ? page.last_page : typeof page.last === 'boolean' ? page.last : undefined;
  return { ...(total !== undefined ? { total } : {}), ...(number !== undefined ? { number } : {}), ...(last !== undefined ? { last } : {}) };
}

/** Whether this is the last page. `zeroBased` is true when the first page called itself page 0. */
function isLastPage(paging: Paging, servicesOnPage: number, pagesRead: number, zeroBased: boolean): boolean {
  if (paging.last === true || servicesOnPage === 0) return true;
  if (paging.total !== undefined) return paging.number !== undefined ? paging.number + (zeroBased ? 1 : 0) >= paging.total : pagesRead >= paging.total;
  // No count and no "last": nothing says there is another page.
  return paging.last === undefined;
}

/** What a page holds, to tell the same page sent again: its services' ids, or the services themselves. */
const fingerprint = (list: readonly unknown[]) =>
  JSON.stringify(list.map((service) => (isObject(service) && (typeof service.id === 'string' || typeof service.id === 'number') ? service.id : service)));

function pageAddress(url: URL, page: number): string {
  const next = new URL(url.href);
  next.searchParams.set('page', String(page));
  return next.href;
}

async function readPage(address: string, label: string, limits: FetchLimits): Promise<{ value: unknown } | { problem: string }> {
  const fetched = await fetchSafely(address, limits);
  if (!fetched.ok) return { problem: `${label} (${address}): ${fetched.reason}${fetched.attempts > 1 ? ` (after ${fetched.attempts} tries)` : ''}` };
  const json = parseJsonText(new TextDecoder('utf-8').decode(fetched.body));
  if (!json.ok) {
    const html = /\bhtml\b/i.test(fetched.contentType ?? '') ? ': it is an HTML page' : '';
    return { problem: `${label} (${address}) is not JSON${html || `: ${json.issues[0]!.message.replace(/\s*\n\s*/g, ' ')}`}` };
  }
  return { value: json.value };
}

export async function readOrukPages(address: string, limits: FetchLimits, maxPages: number): Promise<PagesRead> {
  const url = new URL(address);
  const first = await readPage(url.href, 'page 1', limits);
  if ('problem' in first) return { ok: false, message: first.problem };
  const page = first.value;
  const field = isObject(page) ? (Array.isArray(page.contents) ? 'contents' : Array.isArray(page.content) ? 'content' : undefined) : undefined;
  // One service, an organization, a bare list: not paged, so the converter reads it as it is.
  if (!isObject(page) || !field) return { ok: true, input: page, pages: 1, services: Array.isArray(page) ? page.length : 1 };

  const services: unknown[] = [...(page[field] as unknown[])];
  let paging = pagingOf(page);
  const zeroBased = paging.number === 0;
  const startAt = Number(url.searchParams.get('page'));
  let requested = Number.isInteger(startAt) && url.searchParams.has('page') ? startAt : zeroBased ? 0 : 1;
  let pagesRead = 1;
  let servicesOnPage = services.length;
  let lastPage = fingerprint(services);
  while (!isLastPage(paging, servicesOnPage, pagesRead, zeroBased)) {
    if (pagesRead >= maxPages) {
      const where =
        paging.number !== undefined
          ? `it says this is page ${paging.number}${paging.total !== undefined ? ` of ${paging.total}` : ''}`
          : `${pagesRead} read, and no last page in sight`;
      return {
        ok: false,
        message: `the feed has more than ${maxPages} pages (${where}): stopped, and nothing was written; raise --max-pages, or ask for more services a page (such as ?per_page=500) if the feed allows it`,
      };
    }
    requested++;
    const label = `page ${pagesRead + 1}${paging.total !== undefined ? ` of ${paging.total}` : ''}`;
    const next = await readPage(pageAddress(url, requested), label, limits);
    if ('problem' in next) return { ok: false, message: `${next.problem}; nothing was written` };
    const value = next.value;
    if (!isObject(value) || !Array.isArray(value[field]))
      return {
        ok: false,
        message: `${label} (${pageAddress(url, requested)}) is not a /services page like the first one (no "${field}" list); nothing was written`,
      };
    const before = paging.number;
    paging = pagingOf(value);
    // A server that ignores ?page= sends page 1 again for ever: the page number must move on.
    if (before !== undefined && paging.number !== undefined && paging.number <= before)
      return {
        ok: false,
        message: `${label} (${pageAddress(url, requested)}) says it is page ${paging.number} again: the feed does not follow ?page=, so its pages cannot be read in turn; nothing was written`,
      };
    const list = value[field] as unknown[];
    // Without page numbers, the same services again are the sign of a feed that ignores ?page=.
    if (list.length > 0 && fingerprint(list) === lastPage)
      return {
        ok: false,
        message: `${label} (${pageAddress(url, requested)}) holds the same services as the page before: the feed does not follow ?page=, so its pages cannot be read in turn; nothing was written`,
      };
    lastPage = fingerprint(list);
    for (const service of list) services.push(service);
    servicesOnPage = list.length;
    pagesRead++;
  }
  const { [field]: _pageServices, ...rest } = page;
  const extension = isObject(rest.local_offer_elements) ? { local_offer_elements: rest.local_offer_elements } : {};
  return { ok: true, input: { [field]: services, ...extension }, pages: pagesRead, services: services.length };
}
