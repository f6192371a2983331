/**
 * A file of this library that it loads by import() when it needs it (dist/chunks/ beside the one script)
 * could not be loaded: most often the script was copied to a website without its chunks/ folder.
 */
export class MissingCodeError extends Error {
  override readonly name = 'MissingCodeError';

  /** The file's address, where the browser's message gives it (Chromium and Firefox do, WebKit does not). */
  readonly url: string | undefined;
  /** The device was offline when the file was asked for: most likely the cause, and worth trying again. */
  readonly offline: boolean;

  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message, { cause });
    this.url = /\b(https?:\/\/\S+?\.js)\b/.exec(message)?.[1];
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  }
}

/** import() with its failure said as a MissingCodeError, so the website team is told what to copy. */
export function loadCode<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    throw new MissingCodeError(cause);
  });
}
