// Measures min+gzip of bundles built from given entry modules (used by the benchmark and in notes).
// Usage: node scripts/size.mjs src/define.ts [more entries…]
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { gzipSync } from 'node:zlib';

export async function bundleSize(input) {
  const bundle = await rollup({
    input,
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
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const entry of process.argv.slice(2)) {
    const { min, gzip } = await bundleSize(entry);
    console.log(`${entry}\t${(min / 1024).toFixed(1)} KB min\t${(gzip / 1024).toFixed(1)} KB min+gzip`);
  }
}
