// Settings for @custom-elements-manifest/analyzer, run by scripts/manifest.mjs. It must not rewrite
// package.json: "customElements" there points at the committed custom-elements.json.
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
  // The analyzer reads files in the order its glob library finds them, which varies with disk and CPU
  // load, and so did the manifest; the sync check in npm test then failed now and again. Sorted, the
  // same source always gives the same manifest.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
