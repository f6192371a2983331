// What the Node tests share: where the repository and the command are, a scratch folder per test file
// (removed afterwards), and the real `local-offer` command run with a time limit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import assert from 'node:assert/strict';

export const root = new URL('../..', import.meta.url).pathname;
export const bin = join(root, 'bin/local-offer.js');
export const TIME_LIMIT = 20_000;

/** A new scratch folder, removed when the test file ends. */
export function scratchFolder(name) {
  const folder = mkdtempSync(join(tmpdir(), `local-offer-${name}-`));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Runs `local-offer` with `args`; a run that does not finish within the time limit fails the test. */
export function runTool(args, options = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: TIME_LIMIT, ...options });
  assert.equal(result.signal, null, `local-offer ${args.join(' ')} did not finish within ${TIME_LIMIT} ms (${result.signal})`);
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Writes `text` to `name` in `folder`, and gives its path. */
export function writeIn(folder, name, text) {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** A file of the repository, as text. */
export const readRepo = (path) => readFileSync(join(root, path), 'utf8');
