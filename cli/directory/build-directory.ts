/**
 * Reads every source of the list, a few at a time, and says how far it has got: a national run reads 317
 * sources, and a person (or a CI log) watching it should see it move and see what failed as it happens.
 */
import type { DirectoryEntry } from '../../src/schema/index.js';
import { runLimited } from '../net/run-limited.js';
import type { CheckedSource } from './check-offer.js';
import { readSource, type ReadContext } from './read-source.js';
import type { Source } from './sources.js';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  /** The source just read. */
  readonly last: CheckedSource;
}

export interface BuildRun {
  readonly checked: readonly CheckedSource[];
  /** The valid offers' entries, in the order of the list. */
  readonly entries: readonly DirectoryEntry[];
}

export async function buildDirectory(
  sources: readonly Source[],
  context: ReadContext,
  concurrency: number,
  onProgress: (progress: Progress) => void,
): Promise<BuildRun> {
  let done = 0;
  let failed = 0;
  const checked = await runLimited(sources, concurrency, async (source) => {
    const result = await readSource(source, context);
    done++;
    if (result.result.status !== 'valid') failed++;
    onProgress({ done, total: sources.length, failed, last: result });
    return result;
  });
  const once = listedOnce(checked);
  return { checked: once, entries: once.flatMap((item) => (item.entry ? [item.entry] : [])) };
}

/**
 * The same offer (council and id) read from two addresses, or from an address and a redirect to it, is
 * listed once, from the first source in the list: twice, the finder would show every item twice.
 */
function listedOnce(checked: readonly CheckedSource[]): CheckedSource[] {
  const first = new Map<string, string>();
  return checked.map((item) => {
    const { result } = item;
    if (result.status !== 'valid' || !result.offerId) return item;
    const key = `${result.councilCode ?? ''} ${result.offerId}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, result.source);
      return item;
    }
    return { result: { ...result, status: 'duplicate', reason: `the same offer ("${result.offerId}") as ${earlier}, listed once` } };
  });
}
