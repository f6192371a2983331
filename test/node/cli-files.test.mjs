// The files `local-offer` reads and writes, where things go wrong: links that loop, folders it may not
// list, pipes named .json, names with line breaks, an output that is the input, a write that fails half way.
// Runs the real command, as cli.test.mjs does; anything that could hang runs with a time limit.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { bin, root, runTool, TIME_LIMIT } from './helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'local-offer-cli-files-'));
// Readable by everyone, so the unreadable-folder test can run the tool as another user.
chmodSync(scratch, 0o755);
after(() => {
  // Give back what the tests took away, so the scratch folder can be removed.
  spawnSync('chmod', ['-R', 'u+rwx', scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

const cli = runTool;

/**
 * The command as the user "nobody" (for root, whom permissions do not stop): bundled with esbuild into one
 * file in a folder anyone can read, since nobody may not be able to read this checkout or node_modules.
 */
function toolAsNobody() {
  const folder = mkdtempSync(join(tmpdir(), 'local-offer-as-nobody-'));
  chmodSync(folder, 0o755);
  const entry = join(folder, 'entry.mjs');
  writeFileSync(
    entry,
    `import { main } from ${JSON.stringify(join(root, 'dist/cli/local-offer.js'))};\n` +
      `process.exitCode = await main(process.argv.slice(2), { out: (t) => process.stdout.write(t + '\\n'), err: (t) => process.stderr.write(t + '\\n') });\n`,
  );
  const tool = join(folder, 'local-offer.mjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], outfile: tool, logLevel: 'error' });
  chmodSync(tool, 0o644);
  return (args) => {
    const result = spawnSync(process.execPath, [tool, ...args], { cwd: folder, encoding: 'utf8', timeout: TIME_LIMIT, uid: 65534, gid: 65534 });
    assert.equal(result.error, undefined, `could not run the tool as nobody: ${result.error?.message}`);
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
}

const example = readFileSync(join(root, 'schema/examples/manchester.json'), 'utf8');
let folders = 0;

/** A new folder in the scratch folder holding `files` (name → text). */
function folderWith(files = {}) {
  const folder = join(scratch, `case-${++folders}`);
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function summary(out) {
  return out.trim().split('\n').at(-1);
}

function assertNoStackTrace(result) {
  assert.doesNotMatch(result.out + result.err, /\n\s+at .+:\d+:\d+|internal error/);
}

const POSIX = process.platform !== 'win32';

describe('local-offer validate: walking folders', () => {
  it('checks a file once when a link in its folder points back at the folder', () => {
    const folder = folderWith({ 'good.json': example });
    symlinkSync('.', join(folder, 'loop'));
    const result = cli(['validate', folder]);
    assert.equal(result.code, 0, result.out + result.err);
    assert.equal(summary(result.out), '1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)');
  });

  it('finishes, checking each file once, with two such links (the walk used to double at every level)', () => {
    const folder = folderWith({ 'good.json': example, 'bad.json': '{}' });
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync(folder, join(folder, 'again'));
    mkdirSync(join(folder, 'sub'));
    symlinkSync('..', join(folder, 'sub', 'up'));
    const result = cli(['validate', folder]);
    assert.equal(result.code, 1, result.out + result.err);
    assert.equal(summary(result.out), '2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)');
  });

  it('reports a folder it may not list, and still checks every other file (exit 2)', () => {
    const folder = folderWith({ 'a-good.json': example });
    const locked = join(folder, 'b-locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'hidden.json'), example);
    mkdirSync(join(folder, 'c-later'));
    writeFileSync(join(folder, 'c-later', 'bad.json'), '{}');
    chmodSync(locked, 0o000);
    // chmod does not stop root (as in CI): there the tool runs as the unprivileged user "nobody", from a
    // one-file build in a folder anyone can read, wherever this repository is checked out.
    const run = process.getuid?.() === 0 ? toolAsNobody() : cli;
    const result = run(['validate', folder]);
    assert.equal(result.code, 2, result.out + result.err);
    assertNoStackTrace(result);
    assert.match(result.out, new RegExp(`^${locked}:1:1 {2}\\(root\\) {2}error: Cannot read the folder: permission denied$`, 'm'));
    assert.match(result.out, /c-later\/bad\.json:1:1 {2}\/schemaVersion {2}error: /);
    assert.equal(summary(result.out), '2 files checked: 1 valid, 1 invalid (1 error, 0 warnings); 1 folder could not be read');
    const json = JSON.parse(run(['validate', '--json', folder]).out);
    assert.deepEqual(
      json.files.map((file) => [file.file.slice(folder.length + 1), file.kind]),
      [
        ['b-locked', 'unreadable'],
        ['a-good.json', 'offer'],
        ['c-later/bad.json', 'offer'],
      ],
    );
  });

  it('goes on past a folder that cannot be listed, with a stand-in for the file system', async () => {
    const { findJsonFiles } = await import('../../dist/cli/walk.js');
    const tree = { '/offers': ['a.json', 'locked', 'z.json'], '/offers/locked': null };
    const fs = {
      stat: async (path) => ({ isDirectory: () => path in tree, isFile: () => !(path in tree) }),
      realpath: async (path) => path,
      readdir: async (path) => {
        if (tree[path] === null) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
        return tree[path];
      },
    };
    assert.deepEqual(await findJsonFiles(['/offers'], fs), {
      files: ['/offers/a.json', '/offers/z.json'],
      problems: [{ path: '/offers/locked', what: 'folder', reason: 'permission denied' }],
    });
  });

  it('reports a named pipe called .json instead of waiting for it, in a folder or named', { skip: !POSIX }, () => {
    const folder = folderWith({ 'good.json': example });
    const pipe = join(folder, 'pipe.json');
    execFileSync('mkfifo', [pipe]);
    const walked = cli(['validate', folder]);
    assert.equal(walked.code, 2, walked.out + walked.err);
    assert.match(walked.out, new RegExp(`^${pipe}:1:1 {2}\\(root\\) {2}error: Cannot read the file: it is not a regular file$`, 'm'));
    assert.equal(summary(walked.out), '2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)');
    const named = cli(['validate', pipe]);
    assert.equal(named.code, 2);
    assert.match(named.out, /Cannot read the file: it is not a regular file/);
    const converted = cli(['convert', '--from', 'oruk', pipe]);
    assert.equal(converted.code, 2);
    assert.equal(converted.err.trim(), `local-offer convert: cannot read ${pipe}: it is not a regular file`);
  });

  it('keeps one problem on one line when a file name holds a line break or a control character', () => {
    const folder = folderWith({ 'line\nbreak.json': '{}', 'tab\there.json': '{}', 'plain.json': '{}' });
    const result = cli(['validate', folder]);
    assert.equal(result.code, 1);
    const lines = result.out.trim().split('\n');
    assert.equal(lines.length, 4, result.out);
    const files = lines.slice(0, 3).map((line) => {
      const match = /^("(?:[^"\\]|\\.)*"|[^"]\S*):1:1 {2}\/schemaVersion {2}error: /.exec(line);
      assert.ok(match, line);
      return match[1].startsWith('"') ? JSON.parse(match[1]) : match[1];
    });
    assert.deepEqual(files.sort(), [join(folder, 'line\nbreak.json'), join(folder, 'plain.json'), join(folder, 'tab\there.json')]);
    const missing = cli(['convert', '--to', 'oruk', join(folder, 'not\nthere.json')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.err.trim().split('\n').length, 1, missing.err);
    assert.match(missing.err, /cannot read ".*not\\nthere\.json": no such file or folder/);
  });
});

describe('local-offer convert: writing the output', () => {
  const unchanged = (file, text) => assert.equal(readFileSync(file, 'utf8'), text, `${file} was changed`);

  it('refuses to write over the file being converted, however -o names it (exit 2)', () => {
    const folder = folderWith({ 'offer.json': example });
    const input = join(folder, 'offer.json');
    symlinkSync('offer.json', join(folder, 'link.json'));
    for (const output of [input, join(folder, 'link.json'), join(folder, '..', `case-${folders}`, 'offer.json')]) {
      const result = cli(['convert', '--to', 'oruk', input, '-o', output]);
      assert.equal(result.code, 2, result.err);
      const [first, blank, usage] = result.err.split('\n');
      assert.match(first, /^local-offer convert: -o .+ is the file being converted: write to another file, or add --force to replace it$/);
      assert.equal(blank, '');
      assert.match(usage, /^Usage: local-offer convert/);
      unchanged(input, example);
    }
    assert.equal(cli(['convert', '--from', 'oruk', input, '--output', input]).code, 2);
    unchanged(input, example);
  });

  it('replaces the file being converted with --force, leaving nothing else behind', () => {
    const folder = folderWith({ 'offer.json': example });
    const input = join(folder, 'offer.json');
    const result = cli(['convert', '--to', 'oruk', input, '-o', input, '--force', '--quiet']);
    assert.equal(result.code, 0, result.err);
    assert.ok(Array.isArray(JSON.parse(readFileSync(input, 'utf8')).contents));
    assert.deepEqual(readdirSync(folder), ['offer.json']);
  });

  it('leaves the old output whole, and no temporary file, when the write fails half way', { skip: !POSIX }, () => {
    const folder = folderWith({ 'offer.json': example, 'out.json': 'the last good export\n' });
    // A limit of a few kilobytes on the size of a file this process writes: the export is far larger.
    const result = spawnSync(
      '/bin/sh',
      ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, bin, 'convert', '--to', 'oruk', 'offer.json', '-o', 'out.json'],
      {
        cwd: folder,
        encoding: 'utf8',
        timeout: TIME_LIMIT,
      },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^local-offer convert: cannot write out\.json: the file is too large$/m);
    unchanged(join(folder, 'out.json'), 'the last good export\n');
    assert.deepEqual(readdirSync(folder).sort(), ['offer.json', 'out.json']);
  });

  it('writes through a link to the file it points at, keeps the mode of a file it replaces, and writes /dev/null as it is', () => {
    const folder = folderWith({ 'offer.json': example, 'real.json': 'old\n' });
    chmodSync(join(folder, 'real.json'), 0o640);
    symlinkSync('real.json', join(folder, 'current.json'));
    assert.equal(cli(['convert', '--to', 'oruk', join(folder, 'offer.json'), '-o', join(folder, 'current.json'), '--quiet']).code, 0);
    assert.ok(lstatSync(join(folder, 'current.json')).isSymbolicLink());
    assert.ok(Array.isArray(JSON.parse(readFileSync(join(folder, 'real.json'), 'utf8')).contents));
    assert.equal(statSync(join(folder, 'real.json')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(folder).sort(), ['current.json', 'offer.json', 'real.json']);
    if (POSIX) {
      assert.equal(cli(['convert', '--to', 'oruk', join(folder, 'offer.json'), '-o', '/dev/null', '--quiet']).code, 0);
      assert.ok(statSync('/dev/null').isCharacterDevice());
    }
  });

  it('says "it is a folder" when -o names a folder, and leaves it as it was', () => {
    const folder = folderWith({ 'offer.json': example });
    const result = cli(['convert', '--to', 'oruk', join(folder, 'offer.json'), '-o', folder, '--quiet']);
    assert.equal(result.code, 2);
    assert.equal(result.err.trim(), `local-offer convert: cannot write ${folder}: it is a folder`);
    assert.deepEqual(readdirSync(folder), ['offer.json']);
  });
});
