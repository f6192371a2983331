// Time to first render (and, for the finder, to its questions) and to the first useful paint with one script tag, on a throttled network (150 ms
// latency, 1.6 Mbit/s down, Chrome's "Fast 3G"), files gzipped as a server sends them, headless Chromium,
// median of 7 runs taken in turn. Compares two builds of dist/ (say, one from an older commit):
//   node bench/first-render.mjs <before-dist> [<after-dist>, default dist]      a contact card
//   FINDER=1 node bench/first-render.mjs <before-dist> [<after-dist>]             a finder, Ashfield
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/find-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!process.argv[2]) {
  console.error('Usage: node bench/first-render.mjs <before-dist> [<after-dist>]');
  process.exit(2);
}
const builds = { before: resolve(process.argv[2]), after: resolve(process.argv[3] ?? join(root, 'dist')) };
const finder = process.env.FINDER === '1';
const element = finder
  ? '<local-offer-finder directory="/examples/directory.json"></local-offer-finder>'
  : '<local-offer src="/examples/nottinghamshire.json"><local-offer-contact area="E07000170"></local-offer-contact></local-offer>';
const page = (build) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>first render</title>
<script type="module" src="/${build}/local-offer.js"></script></head><body>${element}
<script>
(function poll() {
  const host = document.querySelector('local-offer-contact, local-offer-finder');
  const shadow = host && host.shadowRoot;
  if (shadow && !window.firstAt && shadow.childElementCount > 0) window.firstAt = performance.now();
  if (shadow && !window.questionsAt && shadow.querySelector('[part="form"]')) window.questionsAt = performance.now();
  if (shadow && shadow.querySelector('[part="contact-name"], [part="item-title"]')) return (window.usefulAt = performance.now());
  requestAnimationFrame(poll);
})();
</script></body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const [, first, ...rest] = path.split('/');
  let body;
  try {
    if (first === 'before.html' || first === 'after.html') body = Buffer.from(page(first.replace('.html', '')));
    else if (first === 'examples') body = readFileSync(join(root, 'schema/examples', ...rest));
    else body = readFileSync(join(builds[first], ...rest));
  } catch {
    return response.writeHead(404).end();
  }
  const type = types[extname(path)] ?? 'text/html; charset=utf-8';
  response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(gzipSync(body, { level: 6 }));
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_ARGS] });
const times = { before: [], after: [] };
try {
  for (let run = 0; run < 7; run++) {
    for (const build of ['before', 'after']) {
      const tab = await browser.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await tab.goto(`http://127.0.0.1:${server.address().port}/${build}.html?lo-place=E07000170`);
      await tab.waitForFunction(() => window.usefulAt, { timeout: 60_000 });
      times[build].push(await tab.evaluate(() => ({ first: window.firstAt, questions: window.questionsAt, useful: window.usefulAt })));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const build of ['before', 'after']) {
  const first = median(times[build].map((time) => time.first));
  const useful = median(times[build].map((time) => time.useful));
  // The finder's questions come with the council list, which may arrive after its first render.
  const questions = finder ? `, questions shown ${median(times[build].map((time) => time.questions)).toFixed(0)} ms` : '';
  console.log(`${build}: first render ${first.toFixed(0)} ms${questions}, ${finder ? 'first result' : 'team shown'} ${useful.toFixed(0)} ms`);
}
