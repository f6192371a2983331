// `npm start`: serves the demo and the built bundle from this folder at http://localhost:8000/demo/
// (PORT overrides the port). Static files from demo/, dist/, schema/ and data/ only, plus a stand-in for
// postcodes.io at /postcodes/{postcode} so the finder demo needs no internet.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { answerPostcodeRequest } from './postcode-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const PUBLIC = ['demo', 'dist', 'schema', 'data'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export function createDemoServer() {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === '/' || path === '/demo') {
      response.writeHead(302, { location: '/demo/' });
      return response.end();
    }
    const postcode = answerPostcodeRequest(path);
    if (postcode) {
      response.writeHead(postcode.status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
      return response.end(JSON.stringify(postcode.body));
    }
    if (path.endsWith('/')) path += 'index.html';
    const relative = normalize(path).replace(/^\/+/, '');
    if (!PUBLIC.includes(relative.split('/')[0]) || relative.includes('..')) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('Not found');
    }
    const file = join(ROOT, relative);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  createDemoServer()
    .on('error', (error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use: run with another, such as PORT=8080 npm start`
          : `Could not start the demo server: ${error.message}`,
      );
      process.exit(1);
    })
    .listen(port, () => console.log(`Local Offer Elements demo: http://localhost:${port}/demo/`));
}
