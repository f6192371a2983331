// The coverage report the browser tests read (test/fixtures/coverage-report/examples-report.json) is what
// `local-offer directory build --report` writes for the example directory: it is checked against the
// published JSON Schema, and against a fresh build of the same directory, apart from when it was made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readRepo, root, scratchFolder } from './helpers.mjs';
import { runToolAsync } from './local-server.mjs';

const fixture = JSON.parse(readRepo('test/fixtures/coverage-report/examples-report.json'));

describe('the coverage report the browser tests read', () => {
  it('has the published shape', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readRepo('schema/coverage-report.schema.json')));
    assert.equal(validate(fixture), true, JSON.stringify(validate.errors));
  });

  it('is what the tool writes for the example directory today, apart from the date and what depends on it', async () => {
    const scratch = scratchFolder('coverage-fixture');
    const report = join(scratch, 'report.json');
    const result = await runToolAsync([
      'directory',
      'build',
      join(root, 'schema/examples/directory.json'),
      '-o',
      join(scratch, 'd.json'),
      '--report',
      report,
      '--no-cache',
      '--quiet',
    ]);
    assert.equal(result.code, 0, result.err);
    // Staleness is counted from the day of the build: left out on both sides.
    const comparable = (value) => JSON.parse(JSON.stringify(value, (key, inner) => (key === 'generatedAt' || key === 'stale' ? undefined : inner)));
    assert.deepEqual(comparable(JSON.parse(readFileSync(report, 'utf8'))), comparable(fixture));
  });
});
