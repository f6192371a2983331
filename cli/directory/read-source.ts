/**
 * Reads one source of the list, over the network or from disk, and checks it. A source that cannot be
 * read is "unreachable" with the reason; nothing a server or a file does makes this reject.
 */
import { stat } from 'node:fs/promises';
import { readTextFile } from '../io.js';
import { fetchSafely, type FetchLimits } from '../net/fetch-safely.js';
import type { HttpCache } from '../net/http-cache.js';
import { checkOffer, type CheckContext, type CheckedSource } from './check-offer.js';
import type { Source } from './sources.js';

function unreachable(source: Source, reason: string, more: { httpStatus?: number; attempts?: number } = {}): CheckedSource {
  return {
    result: {
      source: source.name,
      kind: source.kind,
      status: 'unreachable',
      ...(source.councilCode ? { councilCode: source.councilCode } : {}),
      reason,
      ...more,
    },
  };
}

export interface ReadContext extends CheckContext {
  readonly limits: FetchLimits;
  readonly cache?: HttpCache | undefined;
}

export async function readSource(source: Source, context: ReadContext): Promise<CheckedSource> {
  if (source.kind === 'url') {
    const fetched = await fetchSafely(source.location, context.limits, context.cache);
    if (!fetched.ok)
      return unreachable(source, fetched.reason, { ...(fetched.status !== undefined ? { httpStatus: fetched.status } : {}), attempts: fetched.attempts });
    const text = new TextDecoder('utf-8').decode(fetched.body);
    return checkOffer(
      source,
      text,
      { bytes: fetched.body.byteLength, contentType: fetched.contentType, attempts: fetched.attempts, notModified: fetched.notModified },
      context,
    );
  }
  // The size limit holds for files too: a list that names a huge file must not exhaust the memory.
  const size = (await stat(source.location).catch(() => undefined))?.size;
  if (size !== undefined && size > context.limits.maxBytes) return unreachable(source, `the file is larger than the limit of ${context.limits.maxBytes} bytes`);
  const read = await readTextFile(source.location);
  if (!read.ok) return unreachable(source, `cannot read the file: ${read.reason}`);
  return checkOffer(source, read.text, { bytes: Buffer.byteLength(read.text) }, context);
}
