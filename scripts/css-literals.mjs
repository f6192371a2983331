// Minifies the CSS inside Lit's css`` literals (Lightning CSS, through minify-literals): about a fifth of
// a single element's bytes are its styles, and neither terser nor a site's bundler touches them.
// Only css`` is minified: html`` whitespace can be meaningful between inline elements.
import { minifyHTMLLiterals } from 'minify-literals';

/** The module's code with its css`` literals minified, or undefined when it has none. */
export async function minifyCssLiterals(code, fileName) {
  // tsc writes the tag as `css `, with a space.
  if (!/\bcss\s*`/.test(code)) return undefined;
  const result = await minifyHTMLLiterals(code, { fileName, html: false });
  return result ? { code: result.code, map: result.map } : undefined;
}

/** The same as a Rollup plugin, for the bundles and the benchmark. */
export function cssLiterals() {
  return {
    name: 'css-literals',
    async transform(code, id) {
      if (!/\.[jt]s$/.test(id) || id.includes('node_modules')) return null;
      return (await minifyCssLiterals(code, id)) ?? null;
    },
  };
}
