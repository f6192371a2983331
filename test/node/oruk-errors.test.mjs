// Open Referral UK, bad input: `local-offer convert` refuses files and options it cannot use with one plain
// line (or the usage) and exit 2, never a stack trace. oruk-import.test.mjs and oruk-export.test.mjs test
// the conversions themselves.
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoStackTrace } from './oruk-helpers.mjs';
import { root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('oruk-errors');
const cli = (...args) => runTool(args);
const fixture = (path) => join(root, 'test/fixtures/oruk', path);
const scratchFile = (name) => join(scratch, name);
const write = (name, text) => writeIn(scratch, name, text);

describe('local-offer convert: bad input', () => {
  const good = fixture('uk-profile-3.0/examples/service_full.json');

  /** A file problem: exit 2 and exactly one line, naming the file. */
  function assertOneLine(result, message) {
    assert.equal(result.code, 2, result.err);
    assert.equal(result.out, '');
    const lines = result.err.trim().split('\n');
    assert.equal(lines.length, 1, result.err);
    assert.match(lines[0], message);
    assertNoStackTrace(result);
  }

  /** A usage problem: exit 2, the message on the first line, then the usage. */
  function assertUsageError(result, message) {
    assert.equal(result.code, 2, result.err);
    const [first, blank, usage] = result.err.split('\n');
    assert.match(first, message);
    assert.equal(blank, '');
    assert.match(usage, /^Usage: local-offer convert/);
    assertNoStackTrace(result);
  }

  it('exits 2 with one line for a file that is not JSON, empty or missing', () => {
    for (const direction of ['--from', '--to']) {
      assertOneLine(
        cli('convert', direction, 'oruk', write('words.json', 'hello, world')),
        /^local-offer convert: .*words\.json: The file is not valid JSON: /,
      );
      assertOneLine(cli('convert', direction, 'oruk', write('broken.json', '{"content": [')), /The file is not valid JSON/);
      assertOneLine(cli('convert', direction, 'oruk', write('empty.json', '')), /^local-offer convert: .*empty\.json: The file is empty/);
      assertOneLine(cli('convert', direction, 'oruk', write('blank.json', ' \n\t')), /The file is empty/);
      assertOneLine(
        cli('convert', direction, 'oruk', scratchFile('does-not-exist.json')),
        /^local-offer convert: cannot read .*does-not-exist\.json: no such file or folder$/,
      );
      assertOneLine(cli('convert', direction, 'oruk', scratch), /cannot read .*: it is a folder$/);
    }
  });

  it('exits 2 for JSON that holds no services', () => {
    assertOneLine(cli('convert', '--from', 'oruk', write('number.json', '42')), /it holds number, not Open Referral UK services/);
    assertOneLine(cli('convert', '--from', 'oruk', write('object.json', '{"hello": "world"}')), /it is not an Open Referral UK services response/);
  });

  it('exits 2 for an unknown --from or --to format', () => {
    assertUsageError(cli('convert', '--from', 'hsds', good), /^local-offer convert: unknown format "hsds" for --from: the only format is "oruk"$/);
    assertUsageError(cli('convert', '--to', 'csv', good), /^local-offer convert: unknown format "csv" for --to/);
  });

  it('exits 2 for both or neither of --from and --to', () => {
    assertUsageError(cli('convert', '--from', 'oruk', '--to', 'oruk', good), /^local-offer convert: give --from or --to, not both$/);
    assertUsageError(cli('convert', good), /^local-offer convert: say which way to convert: --from oruk or --to oruk$/);
    assertUsageError(cli('convert'), /say which way to convert/);
  });

  it('exits 2 for other usage errors', () => {
    assertUsageError(cli('convert', '--from', 'oruk'), /name the file to convert/);
    assertUsageError(cli('convert', '--from', 'oruk', good, good), /name one file to convert, not 2/);
    assertUsageError(cli('convert', '--from', 'oruk', good, '--wat'), /unknown option --wat/);
    assertUsageError(cli('convert', '--from', 'oruk', good, '-o'), /-o needs a value/);
    assertUsageError(cli('convert', '--from'), /--from needs a value/);
    assertUsageError(cli('convert', '--to', 'oruk', good, '--care-leavers-only'), /--care-leavers-only only applies with --from/);
  });

  it('exits 2 when the output cannot be written', () => {
    assertOneLine(
      cli('convert', '--from', 'oruk', good, '--quiet', '-o', join(scratch, 'no-such-folder', 'out.json')),
      /^local-offer convert: cannot write .*out\.json: there is no folder .+$/,
    );
  });

  it('prints its own usage for --help, exit 0', () => {
    const result = cli('convert', '--help');
    assert.equal(result.code, 0);
    assert.match(result.out, /^Usage: local-offer convert --from oruk <services\.json>/);
    assert.match(result.out, /--care-leavers-only/);
    assert.match(result.out, /--council-code <code>/);
  });
});
