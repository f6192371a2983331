/**
 * The one place the commands read input files and write output files, and the one wording for what went
 * wrong with them. Outputs are written through a temporary file in the same folder and renamed over the
 * target, so a failed run never leaves half a file, and never the temporary file either.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdir, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where a command's output goes: the converted file or results (out) and messages (err), one line each call. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: anything that could break
 * a `file:line:col  pointer  message` line in a terminal or an editor's problem matcher.
 */
function unprintable(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * A file name as printed: as it is, or, when it holds a line break or another control character, quoted and
 * escaped as a JSON string, so that one problem is always one line.
 */
export function displayPath(path: string): string {
  if (![...path].some((char) => unprintable(char.charCodeAt(0)))) return path;
  return JSON.stringify(path).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const IS_A_FOLDER = 'it is a folder';
/** Said of a named pipe, a device or a socket: the tools read regular files only. */
export const NOT_A_REGULAR_FILE = 'it is not a regular file';

/** Why a file could not be read or written, in a few plain words (never a stack trace or a syscall name). */
export function reasonOf(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return IS_A_FOLDER;
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'the file is too large';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n')[0]!;
}

/** The one wording for a file that cannot be read: `cannot read <file>: <reason>`. */
export function cannotRead(file: string, reason: string): string {
  return `cannot read ${displayPath(file)}: ${reason}`;
}

/** The one wording for a file that cannot be written: `cannot write <file>: <reason>`. */
export function cannotWrite(file: string, reason: string): string {
  return `cannot write ${displayPath(file)}: ${reason}`;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string; /** Some bytes were not UTF-8 and read as "�". */ readonly notUtf8?: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a regular file as UTF-8. Anything else (a folder, a named pipe, a device) is refused without being
 * read, so a FIFO named `offer.json` cannot make the tool wait for ever. Opened without blocking and checked
 * on the open handle, so the file cannot be swapped between the check and the read.
 */
export async function readTextFile(file: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    return { ok: false, reason: reasonOf(cause) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: IS_A_FOLDER };
    if (!info.isFile()) return { ok: false, reason: NOT_A_REGULAR_FILE };
    const bytes = await handle.readFile();
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Read it anyway, with "�" for what is not UTF-8, and say so: a publisher should not lose text silently.
      return { ok: true, text: new TextDecoder('utf-8').decode(bytes), notUtf8: true };
    }
  } catch (cause) {
    return { ok: false, reason: reasonOf(cause) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Whether two paths name the same existing file (through links, `..` or another spelling). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return !!first && !!second && first.dev === second.dev && first.ino === second.ino;
}

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file next to the target, which is then
 * renamed over it (following a symbolic link, so the link stays a link; keeping the mode of a file it
 * replaces). A target that exists and is not a regular file or a folder, such as /dev/null or a named pipe,
 * is written directly: renaming over it would replace the device.
 */
export async function writeFileAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const target = await realpath(file).catch(() => file);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  if (existing && !existing.isFile()) {
    await writeFile(target, text);
    return;
  }
  const temporary = temporaryName(target);
  try {
    await writeFile(temporary, text, { flag: 'wx', mode: 0o666 });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
  } catch (cause) {
    await unlink(temporary).catch(() => undefined);
    throw cause;
  }
}

/**
 * Writes a command's result to a file, or to standard output for no file or "-". Returns why it could not
 * be written, in one line, or undefined when it was.
 */
export async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<string | undefined> {
  if (output === undefined || output === '-') {
    io.out(text);
    return undefined;
  }
  try {
    await writeFileAtomically(output, `${text}\n`);
    return undefined;
  } catch (cause) {
    return cannotWrite(output, await whyNotWritten(output, cause));
  }
}

/** A missing folder said as such: "no such file or folder" reads as if the file itself were wanted. */
async function whyNotWritten(file: string, cause: unknown): Promise<string> {
  if ((cause as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return reasonOf(cause);
  const folder = await stat(dirname(file)).catch(() => undefined);
  return folder ? reasonOf(cause) : `there is no folder ${displayPath(dirname(file))}`;
}

/**
 * Why `file` could not be written, found before any work is done (its folder is missing or read-only, or
 * it is a folder), or undefined when it can be. Standard output ("-" or no file) can always be written.
 */
export async function cannotWriteYet(file: string | undefined): Promise<string | undefined> {
  if (file === undefined || file === '-') return undefined;
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) return cannotWrite(file, IS_A_FOLDER);
  try {
    await access(dirname(file), constants.W_OK);
    return undefined;
  } catch (cause) {
    return cannotWrite(file, await whyNotWritten(file, cause));
  }
}

/**
 * Why a folder cannot be used to keep files in (made if it is missing), or undefined: checked before a
 * long run, which would otherwise quietly keep nothing.
 */
export async function cannotUseFolder(folder: string, use: string): Promise<string | undefined> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) return `cannot use ${displayPath(folder)} as ${use}: it is a file, not a folder`;
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
    return undefined;
  } catch (cause) {
    return `cannot use ${displayPath(folder)} as ${use}: ${reasonOf(cause)}`;
  }
}
