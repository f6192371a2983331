// A stand-in for the web servers that host offers, for browser tests: real HTTP answers from this machine,
// including the failures (error statuses, slow answers, broken bodies). Counts requests per path so tests
// can check that two elements share one request. /postcodes/{postcode} answers as postcodes.io does.
// Chromium, Firefox and WebKit run their test files at the same time against this one server, so counts and
// flaky-attempt records are kept per test page (web-test-runner's session id, read from the Referer):
// one browser's reset or requests never change what another browser's test sees.
import { readFile } from 'node:fs/promises';
import { docSnippets, SCRIPT_URLS, SNIPPET_URLS } from './doc-snippets.mjs';
import { answerPostcodeRequest } from './postcode-server.mjs';

const sessions = new Map();
const stored = new Map();

function sessionOf(ctx) {
  const referer = ctx.get('referer');
  let id = '';
  try {
    id = new URL(referer).searchParams.get('wtr-session-id') ?? '';
  } catch {
    // No Referer, or not a URL: fall back to the browser itself.
  }
  const key = id || ctx.get('user-agent');
  if (!sessions.has(key)) sessions.set(key, { counts: new Map(), flakyAttempts: new Map() });
  return sessions.get(key);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
const EXAMPLES = new URL('../schema/examples/', import.meta.url);

export function offerHostMiddleware() {
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    const { counts, flakyAttempts } = sessionOf(ctx);
    const postcode = answerPostcodeRequest(url.pathname);
    if (postcode) {
      const key = `/__host__/postcodes/${decodeURIComponent(url.pathname.slice('/postcodes/'.length)).replace(/\s+/g, '').toUpperCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      ctx.set('Cache-Control', 'no-store');
      ctx.status = postcode.status;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(postcode.body);
      return;
    }
    if (!url.pathname.startsWith('/__host__/')) return next();
    const [, , action, ...rest] = url.pathname.split('/');
    // Every request must reach this server, as a real host's would without caching headers.
    ctx.set('Cache-Control', 'no-store');
    // Test addresses have no file extension: web-test-runner marks any path with one as cacheable for a year.
    const name = rest.join('/');
    const file = name.endsWith('.json') ? name : `${name}.json`;
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    switch (action) {
      case 'script-alone': {
        // The one script without its chunks/ folder, as a website that copied only local-offer.js serves it.
        if (name !== 'local-offer.js') {
          ctx.status = 404;
          ctx.body = 'Not found';
          return;
        }
        ctx.type = 'text/javascript';
        ctx.body = await readFile(new URL('../dist/local-offer.js', import.meta.url), 'utf8');
        return;
      }
      case 'offer': {
        ctx.type = 'application/json';
        ctx.body = await readFile(new URL(file, EXAMPLES), 'utf8');
        return;
      }
      case 'flaky': {
        // Fails the first request for each address (path and query), then serves the offer.
        const key = url.pathname + url.search;
        flakyAttempts.set(key, (flakyAttempts.get(key) ?? 0) + 1);
        if (flakyAttempts.get(key) === 1) {
          ctx.status = 503;
          ctx.body = 'Service Unavailable';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = await readFile(new URL(file, EXAMPLES), 'utf8');
        return;
      }
      case 'store':
        // PUT a document here, then GET it back from /__host__/stored/<name>: for documents too big for a URL.
        stored.set(name, await readBody(ctx.req));
        ctx.body = 'ok';
        return;
      case 'stored':
        if (!stored.has(name)) return next();
        ctx.type = 'application/json';
        ctx.body = stored.get(name);
        return;
      case 'echo':
        // Serves the JSON given in ?body= (URL-encoded), so a test can host offers it builds itself.
        ctx.type = 'application/json';
        ctx.body = url.searchParams.get('body') ?? '';
        return;
      case 'status':
        ctx.status = Number(name);
        ctx.type = 'text/html';
        ctx.body = `<h1>${name}</h1>`;
        return;
      case 'redirect-loop':
        // Redirects to itself for ever, as a misconfigured host does: the browser gives up.
        ctx.status = 302;
        ctx.set('Location', url.pathname + url.search);
        return;
      case 'latin1': {
        // The example offer with one character saved as Latin-1 (a byte that is not UTF-8), as old editors do.
        const text = (await readFile(new URL(file, EXAMPLES), 'utf8')).replace('"title": "', '"title": "Caf\u00e9 ');
        const at = text.indexOf('Caf\u00e9');
        const bytes = Buffer.concat([Buffer.from(text.slice(0, at + 3), 'utf8'), Buffer.from([0xe9]), Buffer.from(text.slice(at + 4), 'utf8')]);
        ctx.type = 'application/json';
        ctx.body = bytes;
        return;
      }
      case 'not-json':
        ctx.type = 'application/json';
        ctx.body = '<!doctype html><p>Maintenance</p>';
        return;
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(counts.get(`/__host__/${name}`) ?? 0);
        return;
      case 'doc-snippets':
        // The documentation's code blocks, read fresh from README.md and docs/ for src/docs/doc-snippets.test.ts.
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ snippets: docSnippets(), urls: SNIPPET_URLS, scripts: SCRIPT_URLS });
        return;
      case 'reset':
        counts.clear();
        flakyAttempts.clear();
        ctx.body = 'ok';
        return;
      default:
        return next();
    }
  };
}
