// Runs the real `local-offer` command on real files, as a publisher would.
import { mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('cli');
const cli = (...args) => runTool(args);
const write = (name, text) => writeIn(scratch, name, text);

const example = readFileSync(join(root, 'schema/examples/manchester.json'), 'utf8');

/** Writes the Manchester example with one change, formatted as publishers format files. */
function variant(name, change) {
  const offer = JSON.parse(example);
  change(offer);
  return write(name, JSON.stringify(offer, null, 2));
}

function lineOf(text, needle) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} not in file`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function assertNoStackTrace(result) {
  assert.doesNotMatch(result.out + result.err, /\n\s+at .+:\d+:\d+/);
}

describe('local-offer validate', () => {
  it('passes the example offers and directory, exit 0', () => {
    const result = cli('validate', 'schema/examples');
    assert.equal(result.code, 0, result.out + result.err);
    assert.match(result.out, /^7 files checked: 7 valid, 0 invalid \(0 errors, 0 warnings\)$/m);
  });

  const cases = [
    [
      'a javascript: link',
      (o) => {
        o.entitlements[0].links = [{ title: 'Click', url: 'javascript:alert(1)' }];
      },
      '/entitlements/0/links/0/url',
      '"javascript:alert(1)"',
    ],
    [
      'a missing title',
      (o) => {
        o.entitlements[2].title = undefined;
      },
      '/entitlements/2/title',
      null,
    ],
    [
      'a dangling provider id',
      (o) => {
        o.entitlements[1].providerId = 'nobody-at-all';
      },
      '/entitlements/1/providerId',
      '"nobody-at-all"',
    ],
    [
      'an impossible date',
      (o) => {
        o.lastReviewed = '2026-02-30';
      },
      '/lastReviewed',
      '"2026-02-30"',
    ],
  ];
  for (const [label, change, pointer, needle] of cases) {
    it(`fails ${label} with file:line:col and the pointer, exit 1`, () => {
      const file = variant(`${label.replace(/\W+/g, '-')}.json`, change);
      const result = cli('validate', file);
      assert.equal(result.code, 1, result.out + result.err);
      const line = result.out.split('\n').find((l) => l.includes(`  ${pointer}  `));
      assert.ok(line, `no line for ${pointer} in:\n${result.out}`);
      const text = readFileSync(file, 'utf8');
      const expected = needle ? lineOf(text, needle) : undefined;
      const match = /^(.+):(\d+):(\d+) {2}(\S+) {2}error: (.+)$/.exec(line);
      assert.ok(match, line);
      assert.equal(match[1], file);
      if (expected) assert.deepEqual({ line: Number(match[2]), column: Number(match[3]) }, expected);
      assert.match(result.out, /1 invalid \(1 error/);
      assertNoStackTrace(result);
    });
  }

  it('points a missing property at the object that lacks it', () => {
    const file = variant('no-title.json', (o) => {
      delete o.entitlements[2].title;
    });
    const result = cli('validate', file);
    const text = readFileSync(file, 'utf8');
    const objectStart = lineOf(text, `"id": "${JSON.parse(text).entitlements[2].id}"`);
    assert.match(result.out, new RegExp(`:${objectStart.line - 1}:\\d+  /entitlements/2/title  error: "title" is required`));
  });

  it('fails a body that is not JSON, locating the syntax error', () => {
    const file = write('broken.json', '{\n  "schemaVersion": "1.0",\n  "id": ,\n}');
    const result = cli('validate', file);
    assert.equal(result.code, 1);
    assert.match(result.out, new RegExp(`^${file}:3:9  \\(root\\)  error: The file is not valid JSON: expected a value$`, 'm'));
    assertNoStackTrace(result);
  });

  it('explains an empty file, a lone byte order mark and plain text', () => {
    for (const [name, body, message] of [
      ['empty.json', '', 'The file is empty'],
      ['bom-only.json', '\ufeff', 'The file is empty'],
      ['words.json', 'hello', 'not valid JSON'],
    ]) {
      const result = cli('validate', write(name, body));
      assert.equal(result.code, 1, name);
      assert.match(result.out, new RegExp(message));
      assertNoStackTrace(result);
    }
  });

  it('reads a file with a UTF-8 byte order mark', () => {
    const result = cli('validate', write('bom.json', '\ufeff' + example));
    assert.equal(result.code, 0, result.out);
  });

  it('reports unknown properties as warnings, still exit 0', () => {
    const file = variant('future.json', (o) => {
      o.entitlements[0].futureField = 1;
    });
    const result = cli('validate', file);
    assert.equal(result.code, 0);
    assert.match(result.out, /\/entitlements\/0\/futureField {2}warning: /);
  });

  it('handles a very large file', () => {
    const file = variant('large.json', (o) => {
      const item = o.entitlements[0];
      o.entitlements = Array.from({ length: 20_000 }, (_, i) => ({ ...item, id: `item-${i}` }));
      o.entitlements[19_999].area = 'nowhere';
    });
    const result = cli('validate', file);
    assert.equal(result.code, 1);
    assert.match(result.out, /\/entitlements\/19999\/area {2}error/);
  });

  it('handles deeply nested input without a stack trace', () => {
    const depth = 200_000;
    const file = write('deep.json', '{"schemaVersion":"1.0","x":' + '['.repeat(depth) + ']'.repeat(depth) + '}');
    const result = cli('validate', file);
    assert.equal(result.code, 1);
    assertNoStackTrace(result);
    assert.match(result.out, /1 invalid/);
  });

  it('walks folders, and gives machine-readable output with --json', () => {
    const folder = join(scratch, 'folder');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'good.json'), example);
    writeFileSync(join(folder, 'nested', 'bad.json'), '{}');
    writeFileSync(join(folder, 'notes.txt'), 'not checked');
    const result = cli('validate', '--json', folder);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files.map((f) => [f.file.slice(folder.length + 1), f.valid]),
      [
        ['good.json', true],
        ['nested/bad.json', false],
      ],
    );
    assert.deepEqual(Object.keys(report.files[1].issues[0]).sort(), ['column', 'line', 'message', 'path', 'severity']);
  });

  it('exits 2 for usage errors and unreadable files', () => {
    assert.equal(cli().code, 2);
    assert.equal(cli('frobnicate').code, 2);
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('validate', '--wat', 'x.json').code, 2);
    const missing = cli('validate', join(scratch, 'does-not-exist.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.out, /Cannot read the file: no such file or folder/);
    if (process.getuid?.() !== 0) {
      const locked = write('locked.json', example);
      chmodSync(locked, 0o000);
      assert.equal(cli('validate', locked).code, 2);
    }
    const empty = join(scratch, 'empty-folder');
    mkdirSync(empty);
    assert.equal(cli('validate', empty).code, 2);
    assert.equal(cli('--help').code, 0);
    assert.equal(cli('validate', '--help').code, 0);
    assert.match(cli('--help').out, /Usage: local-offer validate/);
  });

  it('warns about a property written twice in one object, where the later copy is', () => {
    const text = example.replace(
      '"title": "Manchester Local Offer for Care Leavers",',
      '"title": "An old title",\n  "title": "Manchester Local Offer for Care Leavers",',
    );
    assert.notEqual(text, example);
    const result = cli('validate', write('twice.json', text));
    assert.equal(result.code, 0, 'a warning, not an error');
    assert.match(result.out, /twice\.json:\d+:3 {2}\/title {2}warning: "title" is written twice in the same object: only the last one is read/);
  });

  it('reads a file that is not all UTF-8, and says so instead of losing characters in silence', () => {
    const bytes = Buffer.from(example.replace('"title": "Manchester', '"title": "Caf\u00e9 Manchester'), 'utf8');
    const at = bytes.indexOf(Buffer.from('Caf\u00e9', 'utf8'));
    const latin1 = Buffer.concat([bytes.subarray(0, at + 3), Buffer.from([0xe9]), bytes.subarray(at + 5)]);
    const file = join(scratch, 'latin1.json');
    writeFileSync(file, latin1);
    const result = cli('validate', file);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /latin1\.json:1:1 {2}\(root\) {2}warning: The file is not all UTF-8/);
  });
});
