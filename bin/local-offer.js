#!/usr/bin/env node
// Runs the compiled CLI. `npm run build` compiles it (and runs before `npm pack`); say so plainly if it has not been.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/local-offer.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('local-offer: the tool is not built yet; run "npm run build" in the local-offer-elements folder\n');
  process.exit(2);
}
// A reader that stops early (`… | head -1`) closes the pipe: that is not an error of the tool's, and
// whatever files it writes are written by then.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
process.exitCode = code;
