/**
 * The coverage report for the element: read from a report file, or worked out here from a directory by
 * loading every offer it lists (a few at a time, so a national directory does not open 150 requests at
 * once). An offer that fails does not stop the others: it is reported as invalid or unreadable.
 */
import { OfferLoadError, toLoadError } from '../../context/offer-load-error.js';
import { loadDirectory, loadOffer } from '../../context/offer-loader.js';
import { fetchWithTimeout } from '../../net/fetch-with-timeout.js';
import { londonTime } from '../../model/london-time.js';
import { countyOf } from '../../places/council-registry.js';
import { deriveCoverage, readCoverageReport, type CoverageReport, type ListedOffer } from './coverage-report.js';
import { isBuildReport, readBuildReport } from './read-build-report.js';

const AT_ONCE = 6;

export interface CoverageSources {
  readonly report: string | undefined;
  readonly directory: string | undefined;
  readonly timeoutMs: number;
  readonly now: Date;
  readonly staleAfterMonths: number;
}

/**
 * A report from the command-line tool (`local-offer directory build --report`), or one in the element's own
 * shape (made here from a directory, or by a script); undefined when it is neither.
 */
export function readAnyReport(value: unknown): CoverageReport | undefined {
  return isBuildReport(value) ? readBuildReport(value) : readCoverageReport(value);
}

async function readReport(url: string, timeoutMs: number, signal: AbortSignal): Promise<CoverageReport> {
  const json = await fetchWithTimeout(url, { timeoutMs, signal }, async (response) => {
    if (!response.ok) throw new OfferLoadError('http', `${url} answered ${response.status}`, { status: response.status, url });
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new OfferLoadError('not-json', `${url} is not JSON`, { url });
    }
  });
  const report = readAnyReport(json);
  if (!report) throw new OfferLoadError('invalid', `${url} is not a coverage report`, { url });
  return report;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function inTurn<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function loadCoverage(sources: CoverageSources, signal: AbortSignal): Promise<CoverageReport> {
  const { report, directory, timeoutMs, now, staleAfterMonths } = sources;
  if (report) return readReport(report, timeoutMs, signal);
  if (!directory) throw new OfferLoadError('no-source', 'No coverage report or directory');
  const loaded = await loadDirectory(directory, { signal, timeoutMs });
  const base = new URL(loaded.source);
  const listed = await inTurn(loaded.value.offers, AT_ONCE, async (entry): Promise<ListedOffer> => {
    const url = new URL(entry.url, base).href;
    const about = { councilCode: entry.councilCode, covers: entry.covers ?? [], url };
    try {
      return { ...about, offer: (await loadOffer(url, { signal, timeoutMs })).offer };
    } catch (cause) {
      if (signal.aborted) throw cause;
      const error = toLoadError(cause);
      return error.kind === 'invalid' ? { ...about, invalid: true } : { ...about, loadError: error.kind };
    }
  });
  return deriveCoverage(listed, {
    now,
    staleAfterMonths,
    countyOf: (code) => countyOf(code)?.code,
    generated: londonTime(now).date,
    directory: { title: loaded.value.title, url: loaded.source },
    ...(loaded.value.isExample ? { isExample: true } : {}),
  });
}
