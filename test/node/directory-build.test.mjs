// `local-offer directory build` against a server on 127.0.0.1 that does what real councils' servers do:
// valid offers, a joint offer, a missing file, a server error that passes, one that does not, a server that
// never answers, an invalid offer, an HTML page, a redirect loop and a file too large; then a second run
// that the server answers with 304s from the cache.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { COUNCILS } from '../../dist/src/places/council-registry.js';
import { offerFor } from '../../scripts/generate-offers.mjs';
import { readRepo, root, scratchFolder, writeIn } from './helpers.mjs';
import { assertNoStackTrace, runToolAsync, sendJson, startServer } from './local-server.mjs';

const scratch = scratchFolder('directory');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const example = (name) => JSON.parse(readRepo(`schema/examples/${name}.json`));

const manchester = JSON.stringify(example('manchester'));
const nottinghamshire = JSON.stringify(example('nottinghamshire'));
const NOTTS_MODIFIED = 'Tue, 01 Sep 2026 09:00:00 GMT';
const invalidOffer = { ...offerFor('E06000005'), lastReviewed: '2026-02-30' };
const statuses = [];

const server = await startServer({
  // An ETag, and a 304 when the client already has it.
  '/offers/manchester.json': (request, response) => {
    const notModified = request.headers['if-none-match'] === '"m-1"';
    statuses.push(['manchester', notModified ? 304 : 200]);
    if (notModified) response.writeHead(304, { etag: '"m-1"' }).end();
    else sendJson(response, manchester, { etag: '"m-1"' });
  },
  // Last-Modified only, as many static hosts send.
  '/offers/nottinghamshire.json': (request, response) => {
    const notModified = request.headers['if-modified-since'] === NOTTS_MODIFIED;
    statuses.push(['nottinghamshire', notModified ? 304 : 200]);
    if (notModified) response.writeHead(304).end();
    else sendJson(response, nottinghamshire, { 'last-modified': NOTTS_MODIFIED });
  },
  '/offers/flaky.json': (_request, response, { count }) => {
    if (count === 1) response.writeHead(500).end('try again');
    else sendJson(response, offerFor('E06000002'), { etag: '"f-1"' });
  },
  '/offers/down.json': (_request, response) => response.writeHead(503).end('down for maintenance'),
  '/offers/slow.json': () => {
    // Never answers: the tool's time limit has to end it.
  },
  '/offers/invalid.json': (_request, response) => sendJson(response, JSON.stringify(invalidOffer, null, 2)),
  '/offers/page.html': (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><h1>Local offer</h1>'),
  '/loop/a': (_request, response) => response.writeHead(302, { location: '/loop/b' }).end(),
  '/loop/b': (_request, response) => response.writeHead(301, { location: `${server.base}/loop/a` }).end(),
  '/moved.json': (_request, response) => response.writeHead(308, { location: '/offers/manchester.json' }).end(),
  // Streamed without a Content-Length, so only counting the bytes as they come can stop it.
  '/offers/huge.json': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const more = () => {
      if (response.destroyed || sent >= 64) return response.end();
      sent++;
      response.write(chunk, more);
    };
    more();
  },
});

const TOOL_LIMITS = ['--timeout', '400', '--retries', '2', '--retry-delay', '20', '--max-bytes', '1000000'];

writeIn(scratch, 'southwark.json', readRepo('schema/examples/southwark.json'));
const sources = writeIn(
  scratch,
  'sources.txt',
  `# Offers for the directory: address or file, then the council's GSS code where the file does not say
${server.base}/offers/manchester.json
${server.base}/offers/nottinghamshire.json
${server.base}/offers/missing.json  E06000001
${server.base}/offers/flaky.json
${server.base}/offers/down.json  E06000006
${server.base}/offers/slow.json  E06000003
${server.base}/offers/invalid.json
${server.base}/offers/page.html  E06000004
${server.base}/loop/a  E06000007
${server.base}/offers/huge.json  E06000008
southwark.json
`,
);

const build = (name, ...more) =>
  runToolAsync(
    [
      'directory',
      'build',
      sources,
      '-o',
      join(scratch, `${name}-directory.json`),
      '--report',
      join(scratch, `${name}-coverage.json`),
      '--cache',
      join(scratch, 'cache'),
      ...TOOL_LIMITS,
      ...more,
    ],
    { cwd: scratch },
  );

const first = await build('first');
const firstRequests = server.requests.length;
const second = await build('second');
const sourceOf = (report, suffix) => report.sources.find((source) => source.source.endsWith(suffix));
const councilOf = (report, code) => report.councils.find((council) => council.code === code);

describe('local-offer directory build', () => {
  it('exits 1 when some sources fail, lists the valid offers with what they cover, and shows its progress', () => {
    assert.equal(first.code, 1, first.err);
    assertNoStackTrace(first);
    const directory = readJson(join(scratch, 'first-directory.json'));
    assert.deepEqual(
      directory.offers.map((entry) => [entry.councilCode, entry.url]),
      [
        ['E08000003', `${server.base}/offers/manchester.json`],
        ['E10000024', `${server.base}/offers/nottinghamshire.json`],
        ['E06000002', `${server.base}/offers/flaky.json`],
        ['E09000028', 'southwark.json'],
      ],
    );
    assert.deepEqual(directory.offers[1].covers, ['E07000170', 'E07000171', 'E07000172', 'E07000173', 'E07000174', 'E07000175', 'E07000176']);
    assert.equal(directory.offers[0].covers, undefined, "an offer covering only its own council lists no other council's");
    assert.match(first.err, /^11\/11, 7 failed$/m);
    assert.match(first.out, /^11 sources: 4 valid, 2 invalid, 5 unreachable; 0 stale\.$/m);
    assert.match(first.out, /^Wrote 4 offers to .*first-directory\.json and the coverage report to .*first-coverage\.json\.$/m);
  });

  it('writes a directory the validator accepts', async () => {
    const result = await runToolAsync(['validate', join(scratch, 'first-directory.json')]);
    assert.equal(result.code, 0, result.out);
  });

  it('says why each source failed: status, time limit, retries, HTML, redirect loop, size limit, validation', () => {
    const report = readJson(join(scratch, 'first-coverage.json'));
    const expect = (suffix, status, reason, more = {}) => {
      const source = sourceOf(report, suffix);
      assert.equal(source.status, status, `${suffix}: ${JSON.stringify(source)}`);
      assert.match(source.reason ?? '', reason, suffix);
      for (const [key, value] of Object.entries(more)) assert.deepEqual(source[key], value, `${suffix}.${key}`);
    };
    expect('missing.json', 'unreachable', /^HTTP 404/, { httpStatus: 404, attempts: 1 });
    expect('down.json', 'unreachable', /^HTTP 503/, { httpStatus: 503, attempts: 3 });
    expect('slow.json', 'unreachable', /no complete answer within 400 ms/, { attempts: 3 });
    expect('page.html', 'invalid', /an HTML page \(text\/html\), not an offer's JSON/);
    expect('/loop/a', 'unreachable', /a redirect loop/);
    expect('huge.json', 'unreachable', /larger than the limit of 1000000 bytes/);
    expect('invalid.json', 'invalid', /^\/lastReviewed: /, { errorCount: 1 });
    assert.equal(sourceOf(report, 'invalid.json').errors[0].path, '/lastReviewed');
    assert.ok(sourceOf(report, 'invalid.json').errors[0].line > 1, 'the error has its line in the file');
    expect('flaky.json', 'valid', /^$/, { attempts: 2, councilCode: 'E06000002' });
    // The server error was asked again; the missing file was not.
    assert.equal(server.requests.slice(0, firstRequests).filter((request) => request.path === '/offers/missing.json').length, 1);
  });

  it('reports every council: who publishes, who is covered by whose joint offer, and the key amounts', () => {
    const report = readJson(join(scratch, 'first-coverage.json'));
    assert.equal(report.councils.length, 317);
    assert.deepEqual(report.totals, {
      councils: 317,
      upperTierCouncils: 153,
      sources: 11,
      valid: 4,
      invalid: 2,
      unreachable: 5,
      duplicate: 0,
      notModified: 0,
      publishing: 4,
      covered: 11,
      upperTierCovered: 4,
      stale: 0,
    });
    const mansfield = councilOf(report, 'E07000174');
    assert.equal(mansfield.publishes, 'none');
    assert.equal(mansfield.covered, true);
    assert.equal(mansfield.upperTierCode, 'E10000024');
    assert.deepEqual(mansfield.coveredBy, [{ councilCode: 'E10000024', offerId: 'nottinghamshire', source: `${server.base}/offers/nottinghamshire.json` }]);
    assert.equal(councilOf(report, 'E06000001').publishes, 'unreachable');
    assert.match(councilOf(report, 'E06000001').reason, /HTTP 404/);
    assert.equal(councilOf(report, 'E06000005').publishes, 'invalid');
    assert.equal(councilOf(report, 'E06000005').errors[0].path, '/lastReviewed');
    assert.equal(councilOf(report, 'E06000009').publishes, 'none');
    assert.equal(councilOf(report, 'E06000009').covered, false);
    const manchesterCouncil = councilOf(report, 'E08000003');
    assert.equal(manchesterCouncil.lastReviewed, '2026-09-01');
    assert.equal(manchesterCouncil.keyAmounts.settingUpHomeAllowance.amountPence, 300000);
    assert.equal(manchesterCouncil.keyAmounts.councilTax.description, '100% off your council tax');
    assert.equal(councilOf(report, 'E10000024').keyAmounts.settingUpHomeAllowance.amountPence, 350000);
    const eastMidlands = COUNCILS.filter((council) => council.region === 'East Midlands').length;
    assert.deepEqual(report.byRegion['East Midlands'], { councils: eastMidlands, publishing: 1, covered: 8 }, 'Nottinghamshire and its seven districts');
    assert.equal(report.itemsByArea.accommodation > 0, true);
  });

  it('writes a report that the published JSON Schema accepts', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readRepo('schema/coverage-report.schema.json')));
    const report = readJson(join(scratch, 'first-coverage.json'));
    assert.equal(validate(report), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...report, totals: { ...report.totals, councils: -1 } }), false, 'the schema is not an empty one');
  });

  it('asks again with If-None-Match and If-Modified-Since on the next run, and reuses the copy the server did not change', () => {
    assert.equal(second.code, 1, second.err);
    const later = server.requests.slice(firstRequests);
    assert.equal(later.find((request) => request.path === '/offers/manchester.json').headers['if-none-match'], '"m-1"');
    assert.equal(later.find((request) => request.path === '/offers/nottinghamshire.json').headers['if-modified-since'], NOTTS_MODIFIED);
    assert.deepEqual(statuses.slice(-2).sort(), [
      ['manchester', 304],
      ['nottinghamshire', 304],
    ]);
    assert.equal(
      readFileSync(join(scratch, 'second-directory.json'), 'utf8'),
      readFileSync(join(scratch, 'first-directory.json'), 'utf8'),
      'the same directory',
    );
    const comparable = (name) => {
      const report = readJson(join(scratch, `${name}-coverage.json`));
      delete report.generatedAt;
      report.totals.notModified = 0;
      for (const source of report.sources) {
        delete source.notModified;
        delete source.attempts;
      }
      return report;
    };
    assert.deepEqual(comparable('second'), comparable('first'), 'the same report, apart from when and how it was fetched');
    const report = readJson(join(scratch, 'second-coverage.json'));
    assert.equal(sourceOf(report, 'manchester.json').notModified, true);
    assert.equal(report.totals.notModified, 2, 'Manchester and Nottinghamshire; the server of the offer that failed once always sends it whole');
    assert.match(second.out, /\(2 not modified since the last run\)/);
  });

  it('follows a redirect to the offer, and exits 0 with --json when every source is valid', async () => {
    const list = writeIn(scratch, 'good.json', JSON.stringify([`${server.base}/moved.json`, { file: 'southwark.json', councilCode: 'E09000028' }]));
    const result = await runToolAsync(['directory', 'build', list, '-o', join(scratch, 'good-directory.json'), '--json', '--no-cache', '--quiet'], {
      cwd: scratch,
    });
    assert.equal(result.code, 0, result.err);
    assert.equal(result.err, '', '--quiet prints no progress');
    const report = JSON.parse(result.out);
    assert.deepEqual(
      report.sources.map((source) => [source.source, source.status, source.councilCode]),
      [
        [`${server.base}/moved.json`, 'valid', 'E08000003'],
        ['southwark.json', 'valid', 'E09000028'],
      ],
    );
    assert.equal(readJson(join(scratch, 'good-directory.json')).offers[0].url, `${server.base}/moved.json`, 'the address in the list, which the council keeps');
  });

  it('does not follow a redirect from https to http', async () => {
    // A self-signed certificate for 127.0.0.1 (test/fixtures/tls), trusted by the tool in this test only.
    const tls = { key: readRepo('test/fixtures/tls/key.pem'), cert: readRepo('test/fixtures/tls/cert.pem') };
    const secure = createHttpsServer(tls, (_request, response) => response.writeHead(301, { location: `${server.base}/offers/manchester.json` }).end());
    await new Promise((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const list = writeIn(scratch, 'downgrade.txt', `https://127.0.0.1:${secure.address().port}/offer.json E08000003\n`);
      const result = await runToolAsync(['directory', 'build', list, '-o', join(scratch, 'downgrade.json'), '--no-cache', '--json'], {
        cwd: scratch,
        env: { NODE_EXTRA_CA_CERTS: join(root, 'test/fixtures/tls/cert.pem') },
      });
      assert.equal(result.code, 1, result.err);
      const [source] = JSON.parse(result.out).sources;
      assert.equal(source.status, 'unreachable');
      assert.match(source.reason, /redirect from https to http \(not followed\): http:\/\/127\.0\.0\.1:\d+\/offers\/manchester\.json/);
    } finally {
      secure.closeAllConnections();
      await new Promise((resolve) => secure.close(resolve));
    }
  });

  it('lists the same offer once when two addresses give it, and says so without failing', async () => {
    const list = writeIn(scratch, 'two-addresses.txt', `${server.base}/offers/manchester.json\n${server.base}/moved.json\n`);
    const result = await runToolAsync(['directory', 'build', list, '-o', join(scratch, 'two-addresses.json'), '--no-cache', '--json'], { cwd: scratch });
    assert.equal(result.code, 0, result.err);
    const report = JSON.parse(result.out);
    assert.deepEqual(
      report.sources.map((source) => [source.source, source.status]),
      [
        [`${server.base}/offers/manchester.json`, 'valid'],
        [`${server.base}/moved.json`, 'duplicate'],
      ],
    );
    assert.match(report.sources[1].reason, /the same offer \("manchester"\) as .*offers\/manchester\.json, listed once/);
    assert.deepEqual([report.totals.valid, report.totals.duplicate], [1, 1]);
    assert.equal(readJson(join(scratch, 'two-addresses.json')).offers.length, 1);
    const sum = (byArea) => Object.values(byArea).reduce((total, count) => total + count, 0);
    assert.equal(sum(report.itemsByArea), sum(report.sources[0].itemsByArea), "the duplicate's items are not counted twice");
  });

  it('refuses a list whose council does not match the offer, reads an offer listed twice once, and reads a directory as a list', async () => {
    const wrong = writeIn(scratch, 'wrong.txt', `${server.base}/offers/manchester.json E09000028\n`);
    const result = await runToolAsync(['directory', 'build', wrong, '-o', join(scratch, 'wrong-directory.json'), '--no-cache'], { cwd: scratch });
    assert.equal(result.code, 1);
    assert.match(result.out, /the list says it is the offer of E09000028, but its publisher\.councilCode is E08000003/);

    const twice = writeIn(scratch, 'twice.txt', 'southwark.json\n./southwark.json E09000028\n');
    const once = await runToolAsync(['directory', 'build', twice, '-o', join(scratch, 'twice.json'), '--no-cache', '--json'], { cwd: scratch });
    assert.equal(once.code, 0, once.err);
    assert.match(once.err, /twice\.txt: 1 offer listed more than once, read once/);
    assert.equal(JSON.parse(once.out).sources.length, 1);

    const copy = writeIn(
      scratch,
      'list-directory.json',
      JSON.stringify({ ...example('directory'), offers: [{ councilCode: 'E09000028', name: 'Southwark', url: 'southwark.json' }] }),
    );
    const again = await runToolAsync(['directory', 'build', copy, '-o', join(scratch, 'again.json'), '--no-cache'], { cwd: scratch });
    assert.equal(again.code, 0, again.out + again.err);
  });

  it('exits 2 for usage errors and for a list it cannot use, writing nothing', async () => {
    const cases = [
      [['directory', 'build', sources], /say where to write the directory: -o <directory\.json>/],
      [['directory', sources, '-o', 'x.json'], /unknown action/],
      [['directory', 'build', sources, '-o', 'x.json', '--timeout', 'soon'], /--timeout "soon" must be a whole number from 1 to 600000/],
      [['directory', 'build', sources, '-o', 'x.json', '--concurrency', '0'], /--concurrency "0" must be a whole number from 1 to 16/],
      [['directory', 'build', writeIn(scratch, 'bad.txt', 'offer.json E99999999\n'), '-o', 'x.json'], /bad\.txt: line 1: "E99999999" is not the GSS code/],
      [
        ['directory', 'build', writeIn(scratch, 'ftp.txt', 'ftp://example.org/offer.json\n'), '-o', 'x.json'],
        /neither an http:\/\/ or https:\/\/ address nor a file/,
      ],
      [['directory', 'build', writeIn(scratch, 'empty.txt', '# nothing yet\n'), '-o', 'x.json'], /empty\.txt lists no offers/],
      [['directory', 'build', join(scratch, 'no-such-list.txt'), '-o', 'x.json'], /cannot read .*no-such-list\.txt: no such file or folder/],
      // Standard output carries the summary or the report: the directory would be mixed with it.
      [['directory', 'build', sources, '-o', '-'], /-o and --report name files/],
      [['directory', 'build', sources, '-o', 'x.json', '--report', '-', '--json'], /-o and --report name files/],
      // A cache that cannot be kept would make every daily run download everything, without a word.
      [
        ['directory', 'build', sources, '-o', 'x.json', '--cache', writeIn(scratch, 'not-a-folder', 'a file')],
        /cannot use .*not-a-folder as the cache: it is a file, not a folder/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runToolAsync(args, { cwd: scratch });
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, message);
      assertNoStackTrace(result);
    }
    assert.throws(() => readFileSync(join(scratch, 'x.json')), /ENOENT/);
  });

  it('checks that it can write both files before it fetches anything', async () => {
    const target = writeIn(scratch, 'kept-directory.json', '{"kept": true}\n');
    const list = writeIn(scratch, 'one.txt', `${server.base}/offers/manchester.json\n`);
    const before = server.requests.length;
    const result = await runToolAsync(['directory', 'build', list, '-o', target, '--report', join(scratch, 'no-folder', 'coverage.json'), '--no-cache'], {
      cwd: scratch,
    });
    assert.equal(result.code, 2);
    assert.match(result.err, /cannot write .*coverage\.json: there is no folder .+/);
    assert.equal(readFileSync(target, 'utf8'), '{"kept": true}\n');
    assert.equal(server.requests.length, before, 'nothing was fetched');
  });
});
