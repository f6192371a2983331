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
  return { checked, entries: checked.flatMap((item) => (item.entry ? [item.entry] : [])) };
}
