// Every code block in README.md and docs/ that is not run in a browser (src/docs/doc-snippets.test.ts runs
// the HTML, CSS and page scripts) is run or checked here, against the real tool and library: commands run
// on the example files, JSON is validated, printed output is compared with what the tool prints, framework
// code is compiled, and server settings are checked for the headers the elements need. A block of a kind
// nobody handles fails, so a new snippet cannot go untested.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transformSync } from 'esbuild';
import yaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readSources } from '../../dist/cli/directory/sources.js';
import { docSnippets, testedIn } from '../../scripts/doc-snippets.mjs';
import { readRepo, root, runTool, scratchFolder } from './helpers.mjs';

const scratch = scratchFolder('docs');

const snippets = docSnippets().filter((snippet) => testedIn(snippet) === 'node');
const where = (snippet) => `${snippet.file}:${snippet.line}`;
const read = readRepo;
const example = (name) => JSON.parse(read(`schema/examples/${name}.json`));

const tool = (args, cwd = scratch) => runTool(args, { cwd });

/** The files the documentation's commands name, made from the examples and fixtures. */
const FILES = {
  'my-offer.json': () => JSON.stringify(example('manchester'), null, 2),
  'our-local-offer.json': () => JSON.stringify(example('nottinghamshire'), null, 2),
  'services.json': () => read('test/fixtures/oruk/handmade/oruk-1.0-council-feed.json'),
  'sources.txt': () => '# The offers the directory lists\nmy-offer.json\nour-local-offer.json E10000024\n',
};

/** The minimal offer the publishing guide shows, which its other examples change. */
const minimalOffer = () =>
  JSON.parse(docSnippets().find((s) => s.file === 'docs/publishing.md' && s.lang === 'json' && s.code.includes('"schemaVersion"')).code);

/** The files behind the printed output the documentation shows: each made as the text around it says. */
const OUTPUT_FILES = {
  'my-offer.json': () => {
    const offer = example('manchester');
    offer.entitlements[3].links = [{ title: 'Our page', url: 'ftp://example.org/page' }];
    return offer;
  },
  'broken.json': () => {
    const offer = minimalOffer();
    offer.lastReviewed = '2026-02-30';
    offer.entitlements[0].eligibility = { ...offer.entitlements[0].eligibility, county: 'Nottinghamshire' };
    return offer;
  },
  'broken2.json': () => {
    const offer = minimalOffer();
    offer.entitlements[0].contactId = 'leaving-care';
    return offer;
  },
};

/** A command line as the tool, whichever way the documentation spells it (npx, a tarball, installed). */
function asToolArgs(line) {
  const words = line.match(/"[^"]*"|\S+/g).map((word) => word.replace(/^"|"$/g, ''));
  const at = words.indexOf('local-offer');
  return at >= 0 && (words[0] === 'npx' || at === 0) ? words.slice(at + 1) : undefined;
}

/** Setup commands the documentation shows that other tests run: said here so that none goes unnoticed. */
const RUN_ELSEWHERE = [
  [/^npm install && npm start$/, 'the demo server: checked below by starting it'],
  [/^npm test$/, 'CI runs it, and this test is part of it'],
  [/^npm install && npm pack$/, 'test/node/pack.test.mjs packs the library the same way'],
  [/^npm install --save-dev \.\/local-offer-elements-[\d.]+\.tgz$/, 'test/node/pack.test.mjs installs the tarball into a new project'],
  [
    /^tar -xzf local-offer-elements-[\d.]+\.tgz package\/dist\/local-offer\.js package\/dist\/local-offer\.js\.map package\/dist\/chunks$/,
    'test/node/pack.test.mjs extracts these files',
  ],
  [
    /^cp -r package\/dist\/local-offer\.js package\/dist\/local-offer\.js\.map package\/dist\/chunks \/path\/to\/your\/site\/js\/$/,
    'a copy into the reader’s own site',
  ],
  [/^curl -sI -H "Origin: https:\/\/example\.org" https:\/\/www\.example-council\.gov\.uk\//, 'a check of the reader’s own server'],
  [/^npx local-offer convert --from oruk https:\/\/directory\.example-council\.gov\.uk\//, 'test/node/oruk-live.test.mjs reads live feeds served on 127.0.0.1'],
];

function commandLines(code) {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('the documentation, outside the browser', () => {
  it('has a test for every code block', () => {
    const handled = new Set(['sh', 'text', 'json', 'js', 'jsx', 'ts', 'vue', 'yaml', 'twig', 'nginx', 'apache']);
    for (const snippet of snippets) assert.ok(handled.has(snippet.lang), `${where(snippet)}: no test runs a "${snippet.lang}" block`);
  });

  for (const snippet of snippets.filter((s) => s.lang === 'sh')) {
    it(`${where(snippet)}: the commands run`, () => {
      const folder = mkdtempSync(join(scratch, 'sh-'));
      for (const [name, make] of Object.entries(FILES)) writeFileSync(join(folder, name), make());
      for (const line of commandLines(snippet.code)) {
        // A command that needs the internet is run by another test, against a local server.
        if (RUN_ELSEWHERE.some(([pattern]) => pattern.test(line))) continue;
        const args = asToolArgs(line.replace(/\s*&&.*$/, ''));
        if (args) {
          const result = tool(args, folder);
          assert.equal(result.code, 0, `${where(snippet)}: "${line}" exited ${result.code}\n${result.out}${result.err}`);
          continue;
        }
        assert.ok(
          RUN_ELSEWHERE.some(([pattern]) => pattern.test(line)),
          `${where(snippet)}: no test runs "${line}"`,
        );
      }
    });
  }

  for (const snippet of snippets.filter((s) => s.lang === 'json')) {
    it(`${where(snippet)}: the JSON is valid, and an offer or directory passes the validator`, () => {
      const trimmed = snippet.code.trim();
      const value = JSON.parse(trimmed.startsWith('"') ? `{${trimmed}}` : trimmed);
      if (value && typeof value === 'object' && 'total_items' in value) {
        // The page `convert --to oruk` writes: the same keys, and the offer's details where the guide says.
        const folder = mkdtempSync(join(scratch, 'to-oruk-'));
        writeFileSync(join(folder, 'southwark.json'), read('schema/examples/southwark.json'));
        assert.equal(tool(['convert', '--to', 'oruk', 'southwark.json', '-o', 'out.json', '--quiet'], folder).code, 0);
        const written = JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8'));
        assert.deepEqual(Object.keys(written), Object.keys(value), where(snippet));
        assert.equal(written.total_items, value.total_items, `${where(snippet)}: the number of items`);
        for (const key of Object.keys(value.local_offer_elements.offer))
          assert.ok(key in written.local_offer_elements.offer, `${where(snippet)}: offer.${key}`);
        return;
      }
      const coverage = JSON.parse(read('schema/coverage-report.schema.json'));
      // A council or a source of the coverage report, checked against its part of the published schema.
      for (const [keys, part] of [
        [['publishes', 'coveredBy'], coverage.properties.councils.items],
        [['source', 'kind', 'status'], coverage.properties.sources.items],
      ]) {
        if (!(value && typeof value === 'object' && keys.every((key) => key in value))) continue;
        const ajv = new Ajv2020({ strict: true });
        addFormats(ajv);
        const validate = ajv.compile(part);
        assert.equal(validate(value), true, `${where(snippet)}: ${JSON.stringify(validate.errors)}`);
        return;
      }
      if (value && typeof value === 'object' && 'schemaVersion' in value) {
        const file = join(scratch, `snippet-${snippet.line}.json`);
        writeFileSync(file, trimmed);
        const result = tool(['validate', file]);
        assert.equal(result.code, 0, `${where(snippet)}:\n${result.out}`);
      }
    });
  }

  for (const snippet of snippets.filter((s) => s.lang === 'text')) {
    it(`${where(snippet)}: the printed text is what the tool and the library print`, () => {
      const first = snippet.code.split('\n')[0];
      const output = /^([\w-]+\.json):\d+:\d+ {2}/.exec(first);
      if (output) {
        const name = output[1];
        assert.ok(OUTPUT_FILES[name], `${where(snippet)}: no recipe for the file ${name} the output names`);
        const folder = mkdtempSync(join(scratch, 'out-'));
        writeFileSync(join(folder, name), JSON.stringify(OUTPUT_FILES[name](), null, 2));
        const lines = tool(['validate', name], folder).out.trim().split('\n');
        const withoutPlace = (line) => line.replace(/^([\w-]+\.json):\d+:\d+/, '$1');
        for (const line of snippet.code.trim().split('\n'))
          assert.ok(
            lines.map(withoutPlace).includes(withoutPlace(line)),
            `${where(snippet)}: the tool does not print\n  ${line}\nIt prints:\n  ${lines.join('\n  ')}`,
          );
        return;
      }
      if (/^\s+(dropped|assumed|mapped|note)\s/.test(first)) {
        const folder = mkdtempSync(join(scratch, 'oruk-'));
        writeFileSync(join(folder, 'services.json'), FILES['services.json']());
        const result = tool(['convert', '--from', 'oruk', 'services.json', '-o', 'bristol.json'], folder);
        assert.equal(result.code, 0, result.err);
        const printed = result.err.split('\n');
        for (const line of snippet.code.split('\n').filter(Boolean))
          assert.ok(printed.includes(line), `${where(snippet)}: the converter does not print\n${line}`);
        return;
      }
      if (/^Content-Security-Policy: /.test(first)) {
        const directives = first
          .slice('Content-Security-Policy: '.length)
          .split(';')
          .map((directive) => directive.trim().split(/\s+/)[0]);
        const known = ['default-src', 'script-src', 'style-src', 'connect-src', 'img-src', 'require-trusted-types-for', 'trusted-types'];
        for (const directive of directives) assert.ok(known.includes(directive), `${where(snippet)}: ${directive}`);
        assert.match(first, /script-src 'self'/);
        return;
      }
      if (first === 'Access-Control-Allow-Origin: *') return;
      if (/^\/\S*$/.test(first)) {
        // A Netlify _headers file: a path, then its headers indented under it.
        const headers = snippet.code.split('\n').slice(1).filter(Boolean);
        for (const header of headers) assert.match(header, /^ {2}[\w-]+: \S/, `${where(snippet)}: ${header}`);
        assert.ok(headers.includes('  Access-Control-Allow-Origin: *'), `${where(snippet)}: the CORS header`);
        return;
      }
      if (first.startsWith('# The offers')) {
        const listed = readSources(snippet.code, scratch);
        assert.equal(listed.ok, true, `${where(snippet)}: ${JSON.stringify(listed.problems)}`);
        assert.ok(listed.sources.length >= 2, where(snippet));
        return;
      }
      if (/is already registered, probably by another copy/.test(first)) {
        const template = /console\.warn\(`([^`]+)`\)/.exec(read('src/components/shared/define-element.ts'))[1];
        assert.equal(first, template.replace('${tag}', 'local-offer'));
        return;
      }
      assert.fail(`${where(snippet)}: no check for this printed text: ${first}`);
    });
  }

  for (const snippet of snippets.filter((s) => ['js', 'jsx', 'ts', 'vue'].includes(s.lang))) {
    it(`${where(snippet)}: the ${snippet.lang} compiles`, () => {
      const code = snippet.lang === 'vue' ? /<script[^>]*>([\s\S]*?)<\/script>/.exec(snippet.code)[1] : snippet.code;
      const loader = snippet.lang === 'vue' ? 'js' : snippet.lang;
      assert.doesNotThrow(() => transformSync(code, { loader, format: 'esm', jsx: 'automatic' }), where(snippet));
      if (snippet.lang === 'vue') assert.match(snippet.code, /<template>[\s\S]*<local-offer/, `${where(snippet)}: the template uses the elements`);
    });
  }

  for (const snippet of snippets.filter((s) => s.lang === 'yaml')) {
    it(`${where(snippet)}: the YAML parses, and a library loads the script as a module`, () => {
      const value = yaml.load(snippet.code);
      assert.ok(value && typeof value === 'object', where(snippet));
      const text = JSON.stringify(value);
      if (text.includes('local-offer.js')) assert.match(text, /"type":"module"/, `${where(snippet)}: without type: module the browser will not run the file`);
    });
  }

  for (const snippet of snippets.filter((s) => ['nginx', 'apache', 'twig'].includes(s.lang))) {
    it(`${where(snippet)}: the ${snippet.lang} setting does what the elements need`, () => {
      if (snippet.lang === 'twig') return assert.match(snippet.code, /attach_library\('[\w/-]+\/local-offer'\)/);
      assert.match(snippet.code, /Access-Control-Allow-Origin"? "\*"/, `${where(snippet)}: the CORS header`);
      if (snippet.lang === 'apache') assert.match(snippet.code, /AddType application\/json \.json/);
    });
  }

  it('`npm install && npm start` serves the demo on the embedded example data', async () => {
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    const server = spawn(process.execPath, [join(root, 'scripts/serve-demo.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    try {
      let page;
      for (let attempt = 0; attempt < 50 && !page; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        page = await fetch(`http://127.0.0.1:${port}/demo/`).catch(() => undefined);
      }
      assert.equal(page?.status, 200);
      assert.match(await page.text(), /local-offer/);
      assert.equal((await fetch(`http://127.0.0.1:${port}/dist/local-offer.js`)).status, 200);
      assert.equal((await fetch(`http://127.0.0.1:${port}/schema/examples/nottinghamshire.json`)).status, 200);
    } finally {
      server.kill();
    }
  });
});
