/**
 * `local-offer validate`: checks offer and directory files with the same schema code the elements use,
 * and reports each issue where an editor can jump to it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { validateSource, type LocatedIssue } from '../src/publishing/validate-source.js';

export interface FileReport {
  readonly file: string;
  /** What the file was read as; "unreadable" when it could not be opened. */
  readonly kind: 'offer' | 'directory' | 'unreadable';
  readonly valid: boolean;
  readonly issues: readonly LocatedIssue[];
}

export function validateText(file: string, raw: string): FileReport {
  const { kind, valid, issues } = validateSource(raw);
  return { file, kind, valid, issues };
}

/** Expands folders (recursively) into the .json files inside them, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; unreadable: FileReport[] }> {
  const files: string[] = [];
  const unreadable: FileReport[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (cause) {
      unreadable.push(unreadableReport(path, cause));
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) {
        if (entry.startsWith('.') || entry === 'node_modules') continue;
        const child = join(path, entry);
        const childInfo = await stat(child).catch(() => undefined);
        if (childInfo?.isDirectory() || entry.endsWith('.json')) await walk(child, false);
      }
    } else if (explicit || path.endsWith('.json')) {
      files.push(path);
    }
  };
  for (const path of paths) await walk(path, true);
  return { files, unreadable };
}

function unreadableReport(file: string, cause: unknown): FileReport {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or folder'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder'
          : cause instanceof Error
            ? cause.message
            : String(cause);
  return { file, kind: 'unreadable', valid: false, issues: [{ path: '', message: `Cannot read the file: ${reason}`, severity: 'error', line: 1, column: 1 }] };
}

export async function validateFile(file: string): Promise<FileReport> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (cause) {
    return unreadableReport(file, cause);
  }
  return validateText(file, raw);
}
