// The build: compile TypeScript to dist/ (ES modules with bare imports and .d.ts types, for npm), bundle
// dist/local-offer.js for one-tag embedding, then regenerate the JSON Schema files, the Custom Elements
// Manifest and docs/elements.md, and docs/entitlements.md from the code.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyCssLiterals } from './css-literals.mjs';
import { run } from './run.mjs';

// tsc never deletes what it no longer writes: clear the compiled folders so a moved module cannot ship twice.
await rm('dist/src', { recursive: true, force: true });
await rm('dist/cli', { recursive: true, force: true });
// Nor does rollup: a chunk renamed or no longer split would ship beside its successor.
await rm('dist/chunks', { recursive: true, force: true });
await run('tsc', ['-p', 'tsconfig.build.json']);
// The browser's quick check is generated from the compiled schema and compiled with it: when the schema
// changed, compile once more so dist/ holds the new check.
const quickCheck = 'src/schema/generated/quick-check-schemas.ts';
const before = await readFile(quickCheck, 'utf8').catch(() => '');
await run('node', ['scripts/quick-check.mjs']);
if ((await readFile(quickCheck, 'utf8')) !== before) await run('tsc', ['-p', 'tsconfig.build.json']);
// The npm modules' styles minified as the bundles' are (a site's bundler leaves css`` alone). Only the
// *.styles.js files and src/styles hold CSS: their source maps, for CSS alone, are left as tsc wrote them.
for (const entry of await readdir('dist/src', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const minified = await minifyCssLiterals(await readFile(file, 'utf8'), file);
  if (minified) await writeFile(file, minified.code);
}
await run('rollup', ['-c', '--silent']);
await run('node', ['scripts/json-schema.mjs']);
await run('node', ['scripts/manifest.mjs']);
await run('node', ['scripts/generated-docs.mjs']);
