// What the ORUK test files share: reading JSON, checking that the tool never shows a stack trace, that an
// offer it wrote is valid, and converting an ORUK file to an offer in a scratch folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { root, runTool } from './helpers.mjs';

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
export const orukFixture = (path) => join(root, 'test/fixtures/oruk', path);

export function assertNoStackTrace(result) {
  assert.doesNotMatch(result.out + result.err, /\n\s+at .+:\d+:\d+/);
}

export function assertValidOffer(file) {
  const result = runTool(['validate', file]);
  assert.equal(result.code, 0, result.out + result.err);
  assert.match(result.out, /1 valid, 0 invalid \(0 errors, 0 warnings\)/);
}

/** Converts an ORUK file to an offer named `name` in `scratch`, checks the command succeeded, and reads it. */
export function importOruk(scratch, file, name, ...options) {
  const output = join(scratch, name);
  const result = runTool(['convert', '--from', 'oruk', file, '-o', output, ...options]);
  assert.equal(result.code, 0, result.err);
  assertNoStackTrace(result);
  return { offer: readJson(output), output, report: result.err };
}
