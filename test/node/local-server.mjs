// A web server on 127.0.0.1 for the tests that fetch (the only network they use), and the tool run without
// blocking, so that the server in the same process can answer it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { bin, root, TIME_LIMIT } from './helpers.mjs';

/**
 * Starts a server whose answers come from `routes` ({ '/path': (request, response, state) => … }); every
 * request is logged in `requests` as { path, headers }. Closed when the test file ends.
 */
export async function startServer(routes) {
  const requests = [];
  const sockets = new Set();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    requests.push({ path, url: request.url, headers: request.headers });
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(request, response, { count: requests.filter((logged) => logged.path === path).length });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise((resolve) => {
      // A route that never answers keeps its socket open: end them, or close() waits for ever.
      for (const socket of sockets) socket.destroy();
      server.close(resolve);
    });
  after(close);
  return { base: `http://127.0.0.1:${server.address().port}`, requests, close };
}

/** Runs `local-offer` with `args` in a child process, resolving to its exit code and output. */
export function runToolAsync(args, { cwd = root, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`local-offer ${args.join(' ')} did not finish within ${TIME_LIMIT} ms\n${err}`));
    }, TIME_LIMIT);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** Sends `value` as JSON, with the headers given. */
export function sendJson(response, value, headers = {}) {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  response.writeHead(200, { 'content-type': 'application/json', ...headers }).end(body);
}

export function assertNoStackTrace(result) {
  assert.doesNotMatch(result.out + result.err, /\n\s+at .+:\d+:\d+/);
}
