// Packs the library as npm would publish it, installs the tarball into a new project, uses it from Node
// and the command line, builds that project with rollup, and renders an element from the build in
// headless Chromium: the whole path a developer installing from npm takes.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { docSnippets } from '../../scripts/doc-snippets.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-browser.mjs';

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'local-offer-pack-'));
const consumer = join(scratch, 'consumer');
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

describe('the npm package', { timeout: 300_000 }, () => {
  let tarball;
  let installWarnings = [];
  before(() => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], root));
    tarball = join(scratch, packed[0].filename);
    cpSync(join(root, 'test/fixtures/consumer'), consumer, { recursive: true });
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'local-offer-elements': `file:${tarball}` } }, null, 2),
    );
    // At npm's usual log level: installing the package must not warn (a `prepare` script made npm 11 warn).
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: consumer, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    installWarnings = install.stderr.split('\n').filter((line) => /local-offer-elements/.test(line) && /warn/i.test(line));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('installs from the tarball without warnings about install scripts', () => {
    assert.deepEqual(installWarnings, []);
  });

  it('ships the built modules, types, bundle, schema, manifest and CLI, and nothing of the sources or tests', () => {
    const files = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root))[0].files.map((f) => f.path);
    for (const expected of [
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/define.js',
      'dist/src/components/local-offer-contact/define.js',
      'dist/local-offer.js',
      'dist/cli/local-offer.js',
      'bin/local-offer.js',
      'schema/offer.schema.json',
      'schema/examples/nottinghamshire.json',
      'custom-elements.json',
    ]) {
      assert.ok(files.includes(expected), `${expected} is not in the package`);
    }
    assert.deepEqual(
      files.filter((f) => /\.test\.|^src\/|test-support|^node_modules/.test(f)),
      [],
    );
  });

  it('imports from Node without registering anything, and the CLI runs from the installed package', () => {
    const script =
      "import('local-offer-elements').then((m) => { const r = m.parseOffer({}); console.log(typeof m.LocalOfferContactElement, r.ok, m.COUNCILS.length); })";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(out.trim(), 'function false 317');
    const cli = spawnSync('npx', ['--no-install', 'local-offer', 'validate', 'node_modules/local-offer-elements/schema/examples'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, /7 files checked: 7 valid/);
  });

  it('gives up the one-file script and its source map with the commands in the getting-started guide', () => {
    // docs/getting-started.md, step 1: take the script and its map out of the tarball with tar.
    const steps = docSnippets().filter((snippet) => snippet.file === 'docs/getting-started.md' && snippet.lang === 'sh');
    const extract = steps.flatMap((snippet) => snippet.code.split('\n')).find((line) => line.startsWith('tar -xzf'));
    const folder = mkdtempSync(join(scratch, 'extract-'));
    copyFileSync(tarball, join(folder, basename(tarball)));
    const tar = spawnSync('sh', ['-c', extract.replace(/local-offer-elements-[\d.]+\.tgz/, basename(tarball))], { cwd: folder, encoding: 'utf8' });
    assert.equal(tar.status, 0, tar.stderr);
    const script = readFileSync(join(folder, 'package/dist/local-offer.js'), 'utf8');
    assert.match(script, /\/\/# sourceMappingURL=local-offer\.js\.map\s*$/, 'the map the guide says to copy is the one the script names');
    assert.ok(JSON.parse(readFileSync(join(folder, 'package/dist/local-offer.js.map'), 'utf8')).mappings);
    // Every file the script loads later came out of the tarball with it.
    const chunks = [...script.matchAll(/["'](\.\/chunks\/[\w.-]+\.js)["']/g)].map((match) => match[1]);
    assert.ok(chunks.length > 0, 'the script loads its reader from chunks/');
    for (const chunk of chunks) assert.ok(readFileSync(join(folder, 'package/dist', chunk), 'utf8').length > 0, chunk);
    // The guide's one-off check with npx, from the tarball without installing it.
    const check = steps.flatMap((snippet) => snippet.code.split('\n')).find((line) => line.startsWith('npx --yes --package='));
    writeFileSync(join(folder, 'our-local-offer.json'), readFileSync(join(root, 'schema/examples/nottinghamshire.json')));
    const npx = spawnSync('sh', ['-c', check.replace(/\.\/local-offer-elements-[\d.]+\.tgz/, `./${basename(tarball)}`)], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, npm_config_prefer_offline: 'true', npm_config_loglevel: 'error' },
    });
    assert.equal(npx.status, 0, npx.stdout + npx.stderr);
    assert.match(npx.stdout, /1 file checked: 1 valid/);
  });

  it('builds into a consumer bundle with rollup, and the element renders from it in Chromium', async () => {
    execFileSync(join(root, 'node_modules/.bin/rollup'), ['-c', 'rollup.config.mjs', '--silent'], {
      cwd: consumer,
      stdio: 'pipe',
      env: { ...process.env, LOCAL_OFFER_ROOT: root },
    });
    const bundle = readFileSync(join(consumer, 'build/app.js'), 'utf8');
    assert.doesNotMatch(bundle, /from\s*["'](lit|zod|@lit)/, 'bare imports left in the consumer build');
    cpSync(join(root, 'schema/examples/southwark.json'), join(consumer, 'build/offer.json'));
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
    const server = createServer((request, response) => {
      const path = join(consumer, new URL(request.url, 'http://x').pathname);
      let body;
      try {
        body = readFileSync(path);
      } catch {
        return response.writeHead(404).end();
      }
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
      const text = await page.waitForFunction(
        () => document.querySelector('local-offer-contact')?.shadowRoot?.querySelector('[part="contact-name"]')?.textContent,
        { timeout: 20_000 },
      );
      assert.equal(await text.jsonValue(), 'Leaving Care Team');
      assert.equal(await page.evaluate(() => window.parsedOk), true);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
    assert.ok(readdirSync(join(consumer, 'build')).includes('app.js'));
  });
});
