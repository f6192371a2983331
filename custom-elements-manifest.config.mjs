// Settings for @custom-elements-manifest/analyzer, run by scripts/manifest.mjs. It must not rewrite
// package.json: "customElements" there points at the committed custom-elements.json.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
};
