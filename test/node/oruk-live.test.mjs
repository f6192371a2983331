// `local-offer convert --from oruk <address>` against ORUK endpoints served on 127.0.0.1: a 1.0 feed and a
// 3.0 feed split into pages, a feed whose pages never end, a page that fails half-way, and a server that
// ignores ?page=. The services are the fixtures' own (test/fixtures/oruk).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scratchFolder, writeIn } from './helpers.mjs';
import { assertNoStackTrace, runToolAsync, sendJson, startServer } from './local-server.mjs';
import { orukFixture, readJson } from './oruk-helpers.mjs';

const scratch = scratchFolder('oruk-live');
const feed10 = readJson(orukFixture('handmade/oruk-1.0-council-feed.json'));
const service30 = readJson(orukFixture('uk-profile-3.0/examples/service_full.json'));
const services30 = ['Community Counselling', 'Care Leavers Drop-in', 'Housing Advice', 'Money Skills'].map((name, index) => ({
  ...service30,
  id: `${service30.id.slice(0, -2)}${String(index).padStart(2, '0')}`,
  name,
}));

const pageParam = (request) => Number(new URL(request.url, 'http://127.0.0.1').searchParams.get('page') ?? 1);

/** ORUK 1.0 pages, numbered from 1 as the 1.0 API says: totalElements, totalPages, number, first, last, content. */
function page10(number, size = 3) {
  const content = feed10.content.slice((number - 1) * size, number * size);
  const totalPages = Math.ceil(feed10.content.length / size);
  return {
    totalElements: feed10.content.length,
    totalPages,
    number,
    size,
    first: number === 1,
    last: number >= totalPages,
    empty: content.length === 0,
    content,
  };
}

/** HSDS / ORUK 3.0 pages: total_items, total_pages, page_number, first_page, last_page, contents. */
function page30(number, list = services30, size = 2) {
  const contents = list.slice((number - 1) * size, number * size);
  const total_pages = Math.ceil(list.length / size);
  return {
    total_items: list.length,
    total_pages,
    page_number: number,
    size,
    first_page: number === 1,
    last_page: number >= total_pages,
    empty: !contents.length,
    contents,
  };
}

const server = await startServer({
  '/v1/services': (request, response) => sendJson(response, page10(pageParam(request))),
  '/v3/services': (request, response) => sendJson(response, page30(pageParam(request))),
  '/endless/services': (request, response) => {
    const number = pageParam(request);
    sendJson(response, {
      total_pages: 1_000_000,
      page_number: number,
      last_page: false,
      contents: [{ ...service30, id: `endless-${number}`, name: `Service ${number}` }],
    });
  },
  '/broken/services': (request, response) => {
    if (pageParam(request) === 2) response.writeHead(500).end('database unavailable');
    else sendJson(response, page30(pageParam(request), [...services30, ...services30]));
  },
  '/stuck/services': (_request, response) => sendJson(response, page30(1)),
  // Ignores ?page= and numbers nothing: only what the pages hold shows it.
  '/unnumbered/services': (_request, response) => sendJson(response, { last_page: false, contents: services30.slice(0, 2) }),
});

const LIMITS = ['--timeout', '2000', '--retries', '2', '--retry-delay', '10'];
const convert = (address, name, ...more) =>
  runToolAsync(['convert', '--from', 'oruk', address, '-o', join(scratch, name), ...LIMITS, ...more], { cwd: scratch });
const requested = (path) => server.requests.filter((request) => request.path === path).map((request) => pageParam(request));

describe('local-offer convert --from oruk <address>', () => {
  it('reads every page of an ORUK 1.0 feed, and makes the offer the whole saved feed makes, with the same report', async () => {
    const live = await convert(`${server.base}/v1/services?per_page=3`, 'live-1.json');
    assert.equal(live.code, 0, live.err);
    assertNoStackTrace(live);
    assert.deepEqual(requested('/v1/services'), [1, 2, 3]);
    assert.match(live.err, new RegExp(`^Read 3 pages \\(7 services\\) from ${server.base}/v1/services\\?per_page=3$`, 'm'));

    const saved = await runToolAsync(['convert', '--from', 'oruk', orukFixture('handmade/oruk-1.0-council-feed.json'), '-o', join(scratch, 'saved-1.json')]);
    assert.equal(saved.code, 0, saved.err);
    assert.deepEqual(readJson(join(scratch, 'live-1.json')), readJson(join(scratch, 'saved-1.json')));
    const reportLines = (result) => result.err.split('\n').filter((line) => /^ {2}(mapped|assumed|dropped|note) /.test(line));
    assert.deepEqual(reportLines(live), reportLines(saved));
    assert.ok(reportLines(live).length > 50, 'the report is the full one');
  });

  it('reads every page of an ORUK 3.0 feed, and names the publisher from the register with --council-code', async () => {
    const live = await convert(`${server.base}/v3/services`, 'live-3.json', '--council-code', 'E06000023');
    assert.equal(live.code, 0, live.err);
    assert.deepEqual(requested('/v3/services'), [1, 2]);
    const offer = readJson(join(scratch, 'live-3.json'));
    assert.deepEqual(
      offer.entitlements.map((item) => item.title),
      ['Community Counselling', 'Care Leavers Drop-in', 'Housing Advice', 'Money Skills'],
    );
    assert.deepEqual(offer.publisher, { name: 'Bristol City Council', councilCode: 'E06000023' });
    assert.deepEqual(offer.covers, ['E06000023']);
    assert.match(live.err, /assumed publisher\.name: "Bristol City Council": the name of council E06000023 in England's register \(--council-code\)/);
    assert.match(live.err, /Converted 4 of 4 services \(ORUK 3\.0\)/);
  });

  it('does not make the partner organization running the services the publisher', async () => {
    const live = await convert(`${server.base}/v3/services`, 'partner.json');
    assert.equal(live.code, 0, live.err);
    const offer = readJson(join(scratch, 'partner.json'));
    assert.equal(offer.publisher.name, 'Publisher not known');
    assert.equal(offer.providers[0].name, 'Example Organization Inc.', 'it is still the provider of its services');
    assert.match(
      live.err,
      /a partner organization such as "Example Organization Inc\." is not the publisher of a council's directory \(give --council-code, or --publisher\)/,
    );
  });

  it('stops a feed whose pages never end at --max-pages, with a clear error and nothing written', async () => {
    const result = await convert(`${server.base}/endless/services`, 'endless.json', '--max-pages', '5');
    assert.equal(result.code, 2);
    assertNoStackTrace(result);
    assert.deepEqual(requested('/endless/services'), [1, 2, 3, 4, 5]);
    assert.match(result.err, /the feed has more than 5 pages \(it says this is page 5 of 1000000\): stopped, and nothing was written; raise --max-pages/);
    assert.equal(existsSync(join(scratch, 'endless.json')), false);
  });

  it('says which page failed, after retrying it, and leaves the output as it was', async () => {
    const kept = writeIn(scratch, 'kept.json', '{"kept": true}\n');
    const result = await convert(`${server.base}/broken/services`, 'kept.json');
    assert.equal(result.code, 2);
    assertNoStackTrace(result);
    assert.match(
      result.err,
      new RegExp(`page 2 of 4 \\(${server.base}/broken/services\\?page=2\\): HTTP 500 Internal Server Error \\(after 3 tries\\); nothing was written`),
    );
    assert.deepEqual(requested('/broken/services'), [1, 2, 2, 2]);
    assert.equal(readFileSync(kept, 'utf8'), '{"kept": true}\n');
  });

  it('catches a server that answers every page with the first', async () => {
    const result = await convert(`${server.base}/stuck/services`, 'stuck.json');
    assert.equal(result.code, 2);
    assert.match(result.err, /page 2 of 2 \(.*\?page=2\) says it is page 1 again: the feed does not follow \?page=/);
    assert.equal(existsSync(join(scratch, 'stuck.json')), false);
  });

  it('catches a server that sends the same services for every page, without page numbers', async () => {
    const result = await convert(`${server.base}/unnumbered/services`, 'unnumbered.json');
    assert.equal(result.code, 2);
    assert.match(result.err, /page 2 \(.*\?page=2\) holds the same services as the page before: the feed does not follow \?page=/);
    assert.deepEqual(requested('/unnumbered/services'), [1, 2]);
    assert.equal(existsSync(join(scratch, 'unnumbered.json')), false);
  });

  it('refuses the fetching options for a file, and an address for --to', async () => {
    for (const [args, message] of [
      [
        ['convert', '--from', 'oruk', orukFixture('handmade/oruk-1.0-council-feed.json'), '--max-pages', '3'],
        /--max-pages only applies when reading an https:\/\/ address/,
      ],
      [['convert', '--to', 'oruk', `${server.base}/v3/services`], /--to oruk reads an offer file, not an address/],
      [['convert', '--from', 'oruk', `${server.base}/v3/services`, '--max-pages', '0'], /--max-pages "0" must be a whole number from 1 to 10000/],
    ]) {
      const result = await runToolAsync(args);
      assert.equal(result.code, 2, result.err);
      assert.match(result.err, message);
    }
  });
});
