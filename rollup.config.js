// Browser bundles (Lit, zod/mini and our code inlined, minified):
// - dist/local-offer.js: every element and the public API, for a single <script type="module"> tag, with
//   the files it loads later in dist/chunks/;
// - dist/publisher-tools.js: the validator with line and column locations, for the publisher playground.
// The npm build of separate modules with bare imports is tsc's (scripts/build.mjs).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cssLiterals } from './scripts/css-literals.mjs';

// zod's annotations and import cycles, and the postcode package's top-level `this`, are harmless.
const onwarn = (warning, warn) => {
  if (['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
};

const bundle = (input, output) => ({
  input,
  onwarn,
  // Code shared with the chunks loaded later stays in the entry file, so the page waits for one file only.
  preserveEntrySignatures: 'allow-extension',
  // Small chunks of code shared by the views loaded later (opening hours, say) merged into bigger ones: a
  // view that imported a file of its own would wait for it after itself, one more round trip.
  output: { format: 'es', sourcemap: true, experimentalMinChunkSize: 20000, ...output },
  plugins: [
    resolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-support/**'],
      outDir: 'dist',
      declaration: false,
      declarationMap: false,
      sourceMap: true,
    }),
    cssLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

/** chunks/local-offer-finder-[hash].js, not chunks/define-[hash].js: names a website team can read. */
const chunkName = (chunk) => {
  // A chunk that also shares code with the chunks it loads has no facade module: its own define.ts comes
  // last, after those of the elements it uses (the finder's council picker).
  const defines = [chunk.facadeModuleId, ...chunk.moduleIds.toReversed()].map((id) => id?.match(/components\/([\w-]+)\/define\.ts$/)?.[1]);
  return `chunks/${defines.find(Boolean) ?? '[name]'}-[hash].js`;
};

export default [
  // The reader and the full validator are files of their own beside it, loaded by import() when an offer is
  // (see src/schema/quick-read.ts): the one script tag still loads everything it needs.
  bundle('src/bundle.ts', { dir: 'dist', entryFileNames: 'local-offer.js', chunkFileNames: chunkName }),
  bundle('src/publishing/index.ts', { file: 'dist/publisher-tools.js', inlineDynamicImports: true }),
];
