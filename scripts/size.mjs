// Measures bundles built from given entry modules (used by the benchmark and in notes), split as a browser
// loads them: the bytes needed before the first render (the entry file and every file it imports
// statically) and the bytes loaded later, by import(), only when needed (the full validator for a bad
// file). Each file is minified and compressed alone, as a server sends it: min, gzip -9 and brotli -11.
// Usage: node scripts/size.mjs src/define.ts [more entries…]
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cssLiterals } from './css-literals.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

/**
 * { min, gzip, brotli } of the bytes needed before first render (as before: `min` and `gzip` at the top
 * level), with `lazy` for the chunks loaded by import() and `whole` for one file with everything inlined.
 */
export async function bundleSize(input) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension', // as rollup.config.js
    logLevel: 'warn', // not the chunk-merging report
    // zod's annotations and import cycles, and the postcode package's top-level `this`, are harmless.
    onwarn: (warning, warn) => (['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code) ? undefined : warn(warning)),
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts', 'bench/**/*.ts'],
        exclude: ['src/**/*.test.ts'],
        outDir: 'dist/.size',
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        noEmitOnError: false,
      }),
      cssLiterals(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', dir: 'dist/.size', experimentalMinChunkSize: 20000 }); // as rollup.config.js
  await bundle.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(entry.fileName);
  let before = ZERO;
  let lazy = ZERO;
  for (const [name, chunk] of chunks) {
    if (eager.has(name)) before = add(before, measure(chunk.code));
    else lazy = add(lazy, measure(chunk.code));
  }
  return { ...before, lazy, files: chunks.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const entry of process.argv.slice(2)) {
    const size = await bundleSize(entry);
    console.log(
      `${entry}\tbefore first render: ${kb(size.min)} min, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli\tlater: ${kb(size.lazy.gzip)} gzip (${size.files} files)`,
    );
  }
}
