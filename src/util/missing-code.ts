/**
 * A file of this library that it loads by import() when it needs it (dist/chunks/ beside the one script)
 * could not be loaded: most often the script was copied to a website without its chunks/ folder, but a
 * phone may also have lost its connection.
 */
export class MissingCodeError extends Error {
  override readonly name = 'MissingCodeError';

  /** The file's address, where the browser's message gives it (Chromium and Firefox do, WebKit does not). */
  readonly url: string | undefined;

  /**
   * Why, as far as the page can tell: `missing` (the website answered without the file, or nothing tells
   * otherwise), `offline` (the device says so) or `network` (the website did not answer, or has the file
   * now): the last two are worth trying again.
   */
  readonly failure: 'missing' | 'offline' | 'network';

  constructor(cause: unknown, failure: 'missing' | 'offline' | 'network' = 'missing') {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message, { cause });
    this.url = fileOf(message);
    this.failure = failure;
  }
}

const fileOf = (message: string) => /\b(https?:\/\/\S+?\.js)\b/.exec(message)?.[1];

/**
 * A browser's message does not tell a missing file from a lost connection. Where it names the file, the
 * file is asked for once more, plainly (HEAD, the library's own file on the website that serves it): no
 * answer at all is the connection, an error status a missing file.
 */
async function failureOf(cause: unknown): Promise<MissingCodeError['failure']> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  const url = fileOf(cause instanceof Error ? cause.message : String(cause));
  if (!url || typeof fetch !== 'function') return 'missing';
  try {
    return (await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok ? 'network' : 'missing';
  } catch {
    return 'network';
  }
}

/** import() with its failure said as a MissingCodeError, so the website team is told what to copy. */
export function loadCode<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(async (cause: unknown) => {
    throw new MissingCodeError(cause, await failureOf(cause));
  });
}
