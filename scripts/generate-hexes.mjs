// Generates src/components/local-offer-coverage/hexes.data.ts from the HexJSON of the UK's local authority
// districts (data/hexmaps/, MIT, Open Innovations): England's 296 district-level councils as "code q r"
// lines, about 2 KB gzipped, imported by <local-offer-coverage> only when it draws its map, so no other
// element carries it. Usage: node scripts/generate-hexes.mjs (run by `npm run generate`).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url);
const source = 'data/hexmaps/uk-local-authority-districts-2023.hexjson';
const hexjson = JSON.parse(readFileSync(new URL(source, root), 'utf8'));
if (hexjson.layout !== 'odd-r') throw new Error(`${source}: expected the odd-r layout, found ${hexjson.layout}`);
const lines = Object.entries(hexjson.hexes)
  .filter(([code]) => /^E0[6-9]/.test(code))
  .map(([code, hex]) => `${code} ${hex.q} ${hex.r}`)
  .sort();
const out = 'src/components/local-offer-coverage/hexes.data.ts';
writeFileSync(
  new URL(out, root),
  `// Generated from ${source} by scripts/generate-hexes.mjs: do not edit by hand.
// Hex map of UK local authority districts, © 2017- Open Innovations, MIT licence (data/hexmaps/LICENSE).

/** The layout of the rows: odd rows (r) are pushed right by half a hexagon; r grows northwards. */
export const HEX_LAYOUT = 'odd-r';

/** England's district-level councils, one "GSS-code q r" per line. */
export const HEX_LINES = \`${lines.join('\n')}\`;
`,
);
execFileSync(new URL('node_modules/.bin/prettier', root).pathname, ['--write', out], { cwd: root.pathname, stdio: 'ignore' });
console.log(`${out}: ${lines.length} hexes`);
