// The build: compile TypeScript to dist/ (ES modules with bare imports and .d.ts types, for npm), bundle
// dist/local-offer.js for one-tag embedding, then regenerate the JSON Schema files, the Custom Elements
// Manifest and docs/elements.md, and docs/entitlements.md from the code.
import { rm } from 'node:fs/promises';
import { run } from './run.mjs';

// tsc never deletes what it no longer writes: clear the compiled folders so a moved module cannot ship twice.
await rm('dist/src', { recursive: true, force: true });
await rm('dist/cli', { recursive: true, force: true });
await run('tsc', ['-p', 'tsconfig.build.json']);
await run('rollup', ['-c', '--silent']);
await run('node', ['scripts/json-schema.mjs']);
await run('node', ['scripts/manifest.mjs']);
await run('node', ['scripts/generated-docs.mjs']);
