/**
 * Finds the .json files in the files and folders named on the command line. Each folder and each file is
 * visited once, by its real path, so a symbolic link back up the tree neither repeats files nor loops; a
 * folder that cannot be listed and a named file that is not a regular file (a pipe or a device) become
 * problems for that path, and the walk goes on.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NOT_A_REGULAR_FILE, reasonOf } from './io.js';

/** The file system calls the walk makes, so a test can stand in for them. */
export interface WalkFileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
}

const nodeFileSystem: WalkFileSystem = { stat, realpath, readdir: (path) => readdir(path) };

export interface WalkProblem {
  readonly path: string;
  /** "folder" when the folder could not be listed; "file" otherwise. */
  readonly what: 'file' | 'folder';
  readonly reason: string;
}

export interface WalkResult {
  /** The .json files to check (and every file named on the command line), in a stable order. */
  readonly files: readonly string[];
  readonly problems: readonly WalkProblem[];
}

/** Hidden files and folders, and installed packages, are not part of a publisher's offers. */
function skipped(entry: string): boolean {
  return entry.startsWith('.') || entry === 'node_modules';
}

/** Expands folders (recursively) into the .json files inside them, in a stable order. */
export async function findJsonFiles(paths: readonly string[], fs: WalkFileSystem = nodeFileSystem): Promise<WalkResult> {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const visited = new Set<string>();

  const walk = async (path: string, named: boolean): Promise<void> => {
    let info;
    let real;
    try {
      info = await fs.stat(path);
      real = await fs.realpath(path);
    } catch (cause) {
      problems.push({ path, what: 'file', reason: reasonOf(cause) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    if (info.isDirectory()) {
      let entries;
      try {
        entries = (await fs.readdir(path)).sort();
      } catch (cause) {
        problems.push({ path, what: 'folder', reason: reasonOf(cause) });
        return;
      }
      for (const entry of entries) {
        if (skipped(entry)) continue;
        const child = join(path, entry);
        if (entry.endsWith('.json')) await walk(child, false);
        else if ((await fs.stat(child).catch(() => undefined))?.isDirectory()) await walk(child, false);
      }
    } else if (!info.isFile()) {
      problems.push({ path, what: 'file', reason: NOT_A_REGULAR_FILE });
    } else if (named || path.endsWith('.json')) {
      files.push(path);
    }
  };

  for (const path of paths) await walk(path, true);
  return { files, problems };
}
