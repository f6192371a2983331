// `npm run bench`: measures every budget in DESIGN.md §7 in one run, prints a table with a verdict for
// each, and writes the figures to bench/results.json. Sizes come from rollup + terser + gzip -9, the same
// pipeline as the published bundle; timings from headless Chromium on this machine.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { generateOffer } from '../bench/generate.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './find-browser.mjs';
import { bundleSize } from './size.mjs';

const KB = 1024;
const root = new URL('..', import.meta.url);
const gzipFile = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;

// BENCH_SKIP_SIZES=1 skips the slow size step while working on timings.
const skipSizes = process.env.BENCH_SKIP_SIZES === '1';
console.log(skipSizes ? 'Skipping bundle sizes (BENCH_SKIP_SIZES=1)…' : 'Measuring bundle sizes…');
const zero = { min: 0, gzip: 0 };
const sizes = skipSizes
  ? {
      all: zero,
      allSix: zero,
      script: zero,
      provider: zero,
      contact: zero,
      checklist: zero,
      finder: zero,
      compare: zero,
      coverage: zero,
      schema: zero,
      litAlone: zero,
      govukJs: zero,
      govukCss: zero,
    }
  : {
      all: await bundleSize('bench/design-everything.ts'),
      allSix: await bundleSize('src/define.ts'),
      script: await bundleSize('src/bundle.ts'),
      provider: await bundleSize('src/components/local-offer/define.ts'),
      contact: await bundleSize('src/components/local-offer-contact/define.ts'),
      checklist: await bundleSize('src/components/local-offer-checklist/define.ts'),
      finder: await bundleSize('src/components/local-offer-finder/define.ts'),
      compare: await bundleSize('src/components/local-offer-compare/define.ts'),
      coverage: await bundleSize('src/components/local-offer-coverage/define.ts'),
      schema: await bundleSize('bench/schema-module.ts'),
      litAlone: await bundleSize('bench/lit-only.ts'),
      govukJs: { gzip: gzipFile('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js') },
      govukCss: { gzip: gzipFile('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css') },
    };

console.log('Building the in-browser benchmark…');
const bundle = await build({
  entryPoints: [new URL('bench/browser-bench.ts', root).pathname],
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  conditions: ['production'],
  loader: { '.json': 'json' },
  charset: 'utf8',
  target: 'es2022', // the tsconfig's (legacy, experimentalDecorators) decorators are compiled by esbuild
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;

// The finder's place: Ashfield, in Nottinghamshire (5,000 items), looked after by Manchester (5,000 items).
const files = {
  'directory.json': {
    schemaVersion: '1.0',
    id: 'bench',
    title: 'Benchmark directory',
    isExample: true,
    lastUpdated: '2026-10-01',
    offers: [
      { councilCode: 'E10000024', name: 'Nottinghamshire', url: 'notts.json', covers: ['E07000170'] },
      { councilCode: 'E08000003', name: 'Manchester', url: 'manchester.json' },
    ],
  },
  'notts.json': generateOffer('E10000024', 'Nottinghamshire County Council', 5000, 11),
  'manchester.json': generateOffer('E08000003', 'Manchester City Council', 5000, 22),
};
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench.js"></script></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  if (path === '/bench.js') return response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
  const name = path.replace(/^\/bench\//, '');
  if (files[name]) return response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(files[name]));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

console.log('Running in headless Chromium…');
const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS],
});
let timings;
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(`http://127.0.0.1:${port}/?lo-place=E07000170&lo-cared-for-by=E08000003&lo-age=20`);
  await tab.waitForFunction(() => typeof window.runBench === 'function', { timeout: 30_000 });
  timings = await tab.evaluate(() => window.runBench());
} finally {
  await browser.close();
  server.close();
}

// Sizes are min+gzip of the bytes needed before the first render (each file compressed alone, as served);
// what loads later by import() is reported apart, below.
const rows = [
  ['Everything: provider, contact, checklist, finder, one bundle, before first render', sizes.all.gzip / KB, 'KB', 32, 26],
  // dist/local-offer.js: the same, with the public API a page's script can import, for one script tag.
  ['The one script tag (dist/local-offer.js)', sizes.script.gzip / KB, 'KB', 32, 26],
  ['<local-offer> alone', sizes.provider.gzip / KB, 'KB', 14, 12],
  ['<local-offer-contact> alone', sizes.contact.gzip / KB, 'KB', 18, 15],
  ['<local-offer-checklist> alone', sizes.checklist.gzip / KB, 'KB', 22, 18],
  ['<local-offer-finder> alone', sizes.finder.gzip / KB, 'KB', 22, 18],
  ['<local-offer-compare> alone', sizes.compare.gzip / KB, 'KB', 22, 18],
  ['<local-offer-coverage> alone', sizes.coverage.gzip / KB, 'KB', 22, 18],
  // Issue 15: the reader the elements load with an offer, zod left to a chunk loaded for a bad file only.
  ['Reading an offer: quick check and cross-checks', sizes.schema.gzip / KB, 'KB', 7, 4],
  [`Check ${timings.validation.offers} offers × 40 items`, timings.validation.oursMs, 'ms', 150, 60],
  ['… compared with ajv on the same JSON Schema', timings.validation.oursMs / timings.validation.ajvMs, '×', 2, 1],
  [`Finder keystroke to results, ${timings.search.items} items (median)`, timings.finder.medianMs, 'ms', 16, 4],
  ['Contact card first render (median)', timings.contact.medianMs, 'ms', 50, 15],
  // Issue 16: the map and table of all 317 councils, once the coverage data are there.
  ['Coverage map and table, 317 councils, first render (median)', timings.coverage.medianMs, 'ms', 50, 25],
];
const verdict = (value, budget, aim) => (value <= aim ? 'meets aim' : value <= budget ? 'within budget' : 'OVER BUDGET');
const table = rows.map(([what, value, unit, budget, aim]) => ({
  what,
  value: `${value.toFixed(1)} ${unit}`,
  budget: `≤ ${budget} ${unit}`,
  aim: `≤ ${aim} ${unit}`,
  verdict: verdict(value, budget, aim),
}));
const comparisons = [
  ['Lit alone, one trivial element', `${(sizes.litAlone.gzip / KB).toFixed(1)} KB`],
  [
    'GOV.UK Frontend JS + CSS',
    `${(sizes.govukJs.gzip / KB).toFixed(1)} + ${(sizes.govukCss.gzip / KB).toFixed(1)} = ${((sizes.govukJs.gzip + sizes.govukCss.gzip) / KB).toFixed(1)} KB`,
  ],
  ['ajv on offer.schema.json, same directory', `${timings.validation.ajvMs.toFixed(1)} ms`],
  ['zod (the full reader, for a file the quick check refuses), same directory', `${timings.validation.zodMs.toFixed(1)} ms`],
  [`Our search alone, ${timings.search.items} items (median)`, `${timings.search.oursMs.toFixed(2)} ms`],
  [`Fuse.js search, same items and queries (median)`, `${timings.search.fuseMs.toFixed(2)} ms`],
  ['Finder keystroke, slowest', `${timings.finder.maxMs.toFixed(1)} ms over ${timings.finder.keystrokes} keystrokes`],
  ['Coverage first render, slowest', `${timings.coverage.maxMs.toFixed(1)} ms over ${timings.coverage.runs} runs`],
  ['Coverage first render with style and layout (median)', `${timings.coverage.withLayoutMs.toFixed(1)} ms`],
];

console.log('\nBudgets (DESIGN.md §7)');
console.table(table);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const bundles = [
  ['Provider, contact, checklist, finder', sizes.all],
  ['define.js, all six elements', sizes.allSix],
  ['dist/local-offer.js', sizes.script],
  ['<local-offer>', sizes.provider],
  ['<local-offer-contact>', sizes.contact],
  ['<local-offer-checklist>', sizes.checklist],
  ['<local-offer-finder>', sizes.finder],
  ['<local-offer-compare>', sizes.compare],
  ['<local-offer-coverage>', sizes.coverage],
];
console.log('Bundles: before first render; with what loads alongside every offer (reader, view); and all loaded later by import()');
console.table(
  bundles.map(([what, size]) => ({
    what,
    min: kb(size.min),
    gzip: kb(size.gzip),
    brotli: kb(size.brotli ?? 0),
    'to show an offer, gzip': kb(size.toShowAnOffer?.gzip ?? 0),
    'later, gzip': kb(size.lazy?.gzip ?? 0),
    'later, brotli': kb(size.lazy?.brotli ?? 0),
  })),
);
console.log('For comparison');
console.table(comparisons.map(([what, value]) => ({ what, value })));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / KB ** 3)} GiB, Node ${process.version}`;
const results = { date: new Date().toISOString(), machine, sizes, timings, table, comparisons: Object.fromEntries(comparisons) };
writeFileSync(new URL('bench/results.json', root), JSON.stringify(results, null, 2) + '\n');
console.log(`\nMachine: ${machine}\nWrote bench/results.json`);
const over = table.filter((row) => row.verdict === 'OVER BUDGET');
if (over.length) {
  console.error(`Over budget: ${over.map((row) => row.what).join('; ')}`);
  process.exitCode = 1;
}
