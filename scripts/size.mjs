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
import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

/** The modules an entry file itself imports by import(): in the one script, the elements loaded when their tags appear. */
function tagTriggeredModules(input) {
  const path = resolvePath(input);
  const specifiers = [...readFileSync(path, 'utf8').matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((match) => match[1]);
  return new Set(specifiers.map((specifier) => resolvePath(dirname(path), specifier.replace(/\.js$/, '.ts'))));
}

/**
 * { min, gzip, brotli } of the bytes needed before first render (as before: `min` and `gzip` at the top
 * level), with `lazy` for the chunks loaded by import(), and `toShowAnOffer` for the first render's and
 * those loaded alongside every offer (files are gzipped alone, so each is a little more than its share).
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
  const reach = (from, follow) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const next of follow(chunks.get(name))) visit(next);
    };
    visit(from);
    return seen;
  };
  const eager = reach(entry.fileName, (chunk) => chunk.imports);
  // What an element loads by import() on every page, alongside its offer (the reader, its view), as
  // against what only some pages load: the full validator for a bad file, a postcode lookup's code, and
  // what the entry itself asks for by import(): the one script's elements and their chunks, loaded when
  // their tags appear.
  const sometimes = /src\/schema\/read-in-slices\.ts$|src\/net\/postcode-lookup\.ts$/;
  const whenTagsAppear = tagTriggeredModules(input);
  const onlySometimes = (id) => sometimes.test(id) || whenTagsAppear.has(id);
  const toShowAnOffer = reach(entry.fileName, (chunk) => [
    ...chunk.imports,
    ...chunk.dynamicImports.filter((name) => !chunks.get(name).moduleIds.some(onlySometimes)),
  ]);
  let before = ZERO;
  let lazy = ZERO;
  let shown = ZERO;
  for (const [name, chunk] of chunks) {
    const size = measure(chunk.code);
    if (eager.has(name)) before = add(before, size);
    else lazy = add(lazy, size);
    if (toShowAnOffer.has(name)) shown = add(shown, size);
  }
  return { ...before, lazy, toShowAnOffer: shown, files: chunks.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const entry of process.argv.slice(2)) {
    const size = await bundleSize(entry);
    console.log(
      `${entry}\tbefore first render: ${kb(size.min)} min, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli\tto show an offer: ${kb(size.toShowAnOffer.gzip)} gzip\tlater: ${kb(size.lazy.gzip)} gzip (${size.files} files)`,
    );
  }
}
