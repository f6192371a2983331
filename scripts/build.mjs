// The build: compile TypeScript to dist/ (ES modules and types for npm), bundle dist/local-offer.js for
// one-tag embedding, then regenerate the JSON Schema files from the zod schema.
import { run } from './run.mjs';

await run('tsc', ['-p', 'tsconfig.build.json']);
await run('rollup', ['-c', '--silent']);
await run('node', ['scripts/json-schema.mjs']);
