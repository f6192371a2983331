// The code in the documentation: every fenced block of README.md and docs/*.md, with where it is and how
// it is tested. Browser tests (src/docs/doc-snippets.test.ts) render the HTML, apply the CSS and run the
// page scripts; Node tests (test/node/doc-snippets.test.mjs) run the commands and check everything else.
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);

/** Where a snippet's page script may import the library from; anything else cannot run in a page. */
export const LIBRARY_SPECIFIERS = /^(\/js\/local-offer\.js|local-offer-elements(\/define\.js|\/elements\/[\w-]+\.js)?)$/;

/** Files a snippet's HTML may load, and the local file each stands for in tests. */
export const SNIPPET_URLS = {
  '/data/our-local-offer.json': '/schema/examples/nottinghamshire.json',
  '/sites/default/files/local-offer/our-local-offer.json': '/schema/examples/nottinghamshire.json',
  '/data/local-offer/directory.json': '/schema/examples/directory.json',
  'https://api.postcodes.io/postcodes/{postcode}': '/postcodes/{postcode}',
  'https://your-host/postcodes/{postcode}': '/postcodes/{postcode}',
};

/** The library's script, however a snippet names it: left out in tests, where the library is loaded already. */
export const SCRIPT_URLS = ['/js/local-offer.js', '/js/local-offer-words.js', 'https://cdn.example.org/local-offer-elements@0.1.0/dist/local-offer.js'];

export function docFiles() {
  return [
    'README.md',
    ...readdirSync(new URL('docs/', root))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
}

/** Every fenced code block, as { file, line, lang, code }; `line` is the fence's line number. */
export function docSnippets() {
  const snippets = [];
  for (const file of docFiles()) {
    const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
    let open;
    lines.forEach((text, index) => {
      const fence = /^(\s*)```(\w*)\s*$/.exec(text);
      if (!fence) {
        open?.body.push(text);
        return;
      }
      if (!open) open = { line: index + 1, lang: fence[2] || 'text', indent: fence[1].length, body: [] };
      else {
        const code = open.body.map((line) => line.slice(Math.min(open.indent, line.length - line.trimStart().length))).join('\n');
        snippets.push({ file, line: open.line, lang: open.lang, code });
        open = undefined;
      }
    });
  }
  return snippets;
}

/** The import specifiers of a script. */
export function importsOf(code) {
  return [...code.matchAll(/(?:^|\s)import\s*(?:[^'"();]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2]);
}

/** A script a page could run as it is: it imports nothing but the library, and refers to no framework. */
export function isPageScript(snippet) {
  if (snippet.lang !== 'js') return false;
  const imports = importsOf(snippet.code);
  return imports.every((specifier) => LIBRARY_SPECIFIERS.test(specifier)) && !/\bapp\.config\b|defineConfig/.test(snippet.code);
}

/** Where a snippet is tested: in a browser (rendered or run), or in Node. */
export function testedIn(snippet) {
  if (snippet.lang === 'html' || snippet.lang === 'css' || isPageScript(snippet)) return 'browser';
  return 'node';
}
