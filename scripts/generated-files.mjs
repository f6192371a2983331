// Files generated from the code and committed beside it: written by `npm run build`, and compared by
// `--check` (run by `npm test`), which fails, naming each stale file, when the committed copy differs.
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url);

/**
 * Writes `files` ({ path from the repository root: text }), or with `--check` on the command line compares
 * them. `source` says what they are made from ("src/schema"); `fix` how to bring them up to date.
 */
export async function writeOrCheck(files, { source, fix = 'run "npm run build" and commit it' }) {
  const paths = Object.keys(files);
  if (!process.argv.includes('--check')) {
    for (const path of paths) await writeFile(new URL(path, root), files[path]);
    return;
  }
  const stale = [];
  for (const path of paths) {
    const committed = await readFile(new URL(path, root), 'utf8').catch(() => '');
    if (committed !== files[path]) stale.push(path);
  }
  if (stale.length) {
    for (const path of stale) console.error(`${path} is out of date with ${source}: ${fix}`);
    process.exit(1);
  }
  console.log(`${paths.join(' and ')} ${paths.length > 1 ? 'match' : 'matches'} ${source}`);
}
