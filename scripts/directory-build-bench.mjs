// How long `local-offer directory build` takes over a national list, and how much memory it needs: 317
// offers of realistic size (generated from the examples, one per council in England) served on 127.0.0.1
// with ETags, built twice: a first run that downloads everything, and a daily run that gets 304s.
// Not part of `npm test`; run it after `npm run build`: node scripts/directory-build-bench.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CODES, offerFor } from './generate-offers.mjs';

const bin = new URL('../bin/local-offer.js', import.meta.url).pathname;
// Prints the child's peak resident set size as it exits: Node's child_process does not report it.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

const bodies = new Map(ALL_CODES.map((code, index) => [`/offers/${code}.json`, JSON.stringify(offerFor(code, { variant: index }), null, 2)]));
const bytes = [...bodies.values()].reduce((sum, body) => sum + Buffer.byteLength(body), 0);

let served = { full: 0, notModified: 0 };
const server = createServer((request, response) => {
  const body = bodies.get(request.url);
  if (!body) return response.writeHead(404).end();
  const etag = `"${request.url.length}-${body.length}"`;
  if (request.headers['if-none-match'] === etag) {
    served.notModified++;
    return response.writeHead(304, { etag }).end();
  }
  served.full++;
  response.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const folder = mkdtempSync(join(tmpdir(), 'local-offer-bench-'));
const list = join(folder, 'sources.txt');
writeFileSync(list, ALL_CODES.map((code) => `${base}/offers/${code}.json`).join('\n'));

function build() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const args = ['--import', PEAK_RSS, bin, 'directory', 'build', list, '-o', join(folder, 'directory.json'), '--report', join(folder, 'coverage.json')];
    const child = spawn(process.execPath, [...args, '--cache', join(folder, 'cache'), '--quiet'], { cwd: folder });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = Number(/peak-rss-kb (\d+)/.exec(err)?.[1] ?? NaN);
      if (code !== 0) return reject(new Error(`the build exited ${code}\n${err}`));
      resolve({ ms, rssMb: rss / 1024 });
    });
  });
}

try {
  console.log(`317 offers, ${(bytes / 1024 / 1024).toFixed(1)} MB in all (${Math.round(bytes / 317 / 1024)} KB each on average), served on 127.0.0.1`);
  const first = await build();
  console.log(`first run: ${(first.ms / 1000).toFixed(2)} s, peak RSS ${first.rssMb.toFixed(0)} MB (${served.full} downloaded)`);
  served = { full: 0, notModified: 0 };
  const second = await build();
  console.log(
    `second run: ${(second.ms / 1000).toFixed(2)} s, peak RSS ${second.rssMb.toFixed(0)} MB (${served.notModified} not modified, ${served.full} downloaded)`,
  );
} finally {
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
