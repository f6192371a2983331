// The build: compile TypeScript to dist/ (ES modules and types), then regenerate the JSON Schema files.
import { run } from './run.mjs';

await run('tsc', ['-p', 'tsconfig.build.json']);
await run('node', ['scripts/json-schema.mjs']);
