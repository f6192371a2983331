/**
 * The answers the tools fetched, kept on disk with their ETag and Last-Modified, so a daily run asks each
 * server "has it changed?" and downloads only what did. One JSON file of validators and one body file per
 * address, named by a hash of the address; each is written whole or not at all, so a run stopped half-way
 * never leaves a body that does not match its validators.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../io.js';

export interface CachedAnswer {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentType?: string;
  readonly body: Uint8Array;
}

interface Validators {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentType?: string;
  /** The body's hash, so a body file from another run (or edited by hand) is never served. */
  readonly sha256: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export class HttpCache {
  constructor(readonly folder: string) {}

  private files(url: string) {
    const name = sha256(url).slice(0, 40);
    return { meta: join(this.folder, `${name}.json`), body: join(this.folder, `${name}.body`) };
  }

  /** The answer saved for `url`, or undefined when there is none or it no longer matches its validators. */
  async get(url: string): Promise<CachedAnswer | undefined> {
    const files = this.files(url);
    try {
      const meta = JSON.parse(await readFile(files.meta, 'utf8')) as Validators;
      if (meta.url !== url || (!meta.etag && !meta.lastModified)) return undefined;
      const body = await readFile(files.body);
      if (sha256(body) !== meta.sha256) return undefined;
      return { ...meta, body };
    } catch {
      return undefined;
    }
  }

  /** Saves an answer that can be asked about again; one with neither validator is not worth keeping. */
  async put(answer: CachedAnswer): Promise<void> {
    if (!answer.etag && !answer.lastModified) return;
    const files = this.files(answer.url);
    await mkdir(this.folder, { recursive: true });
    const { body, ...rest } = answer;
    // The body first: validators that point at a body not yet written would be read as a miss anyway.
    await writeFileAtomically(files.body, body);
    await writeFileAtomically(files.meta, `${JSON.stringify({ ...rest, sha256: sha256(body) } satisfies Validators)}\n`);
  }
}
