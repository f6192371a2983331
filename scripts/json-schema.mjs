// Generates schema/offer.schema.json and schema/directory.schema.json from the zod schema with zod's own
// toJSONSchema, at build time so the browser bundle never carries the converter. `--check` fails when the
// committed files differ from what the code generates (run by `npm test`).
import { readFile, writeFile } from 'node:fs/promises';
import { toJSONSchema } from 'zod/mini';
import { OfferSchema, DirectorySchema } from '../dist/src/schema/index.js';

const BASE = 'https://unpkg.com/local-offer-elements/schema/';

// Unknown properties are warnings for our validator so that newer files still load; an editor schema
// that forbade them would call those same files invalid.
function allowUnknownProperties(node) {
  if (Array.isArray(node)) return node.forEach(allowUnknownProperties);
  if (!node || typeof node !== 'object') return;
  if (node.additionalProperties === false) delete node.additionalProperties;
  Object.values(node).forEach(allowUnknownProperties);
}

export function generate() {
  const files = {};
  for (const [name, schema] of [['offer', OfferSchema], ['directory', DirectorySchema]]) {
    const json = toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
    allowUnknownProperties(json);
    const { $schema, ...rest } = json;
    const ordered = { $schema, $id: `${BASE}${name}.schema.json`, ...rest };
    files[`schema/${name}.schema.json`] = JSON.stringify(ordered, null, 2) + '\n';
  }
  return files;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(generate())) {
  const url = new URL(`../${path}`, import.meta.url);
  if (check) {
    const committed = await readFile(url, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${path} is out of date with src/schema: run "npm run build" and commit it`);
      stale++;
    }
  } else {
    await writeFile(url, text);
  }
}
if (stale) process.exit(1);
if (check) console.log('JSON Schema files match src/schema');
