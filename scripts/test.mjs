// `npm test`: every check the project has, in one run, ending with a plain "N passed, N failed" line.
// Steps: browser present, lint, format, type check, build, generated files in sync, Node tests (CLI and JSON Schema),
// browser tests (Chromium and Firefox; WebKit too with WTR_BROWSERS=chromium,firefox,webkit).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ensureChromium, ensureFirefox, ensureWebKit } from './find-browser.mjs';
import { run } from './run.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];
const scratch = mkdtempSync(join(tmpdir(), 'local-offer-test-'));

async function check(name, command, args, options) {
  console.log(`\n▶ ${name}`);
  try {
    await run(command, args, options);
    totals.passed++;
    return true;
  } catch (cause) {
    totals.failed++;
    failures.push(name);
    console.error(`✗ ${name}: ${cause.message}`);
    return false;
  }
}

/** Runs a test runner that reports its own counts, adding them to the totals. */
async function suite(name, command, args, readCounts, options) {
  console.log(`\n▶ ${name}`);
  let counts;
  let crashed;
  try {
    await run(command, args, options);
  } catch (cause) {
    crashed = cause;
  }
  try {
    counts = readCounts();
  } catch {
    counts = undefined;
  }
  if (!counts || counts.passed + counts.failed === 0) {
    totals.failed++;
    failures.push(`${name} (ran no tests${crashed ? `: ${crashed.message}` : ''})`);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (counts.failed > 0 || crashed) failures.push(name);
  if (crashed && counts.failed === 0) totals.failed++;
}

// npm test runs Chromium and Firefox; CI adds WebKit (WTR_BROWSERS=chromium,firefox,webkit).
const engines = (process.env.WTR_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const chromium = ensureChromium();
if (engines.includes('firefox')) ensureFirefox();
if (engines.includes('webkit')) ensureWebKit();
// The build here compiles and bundles only; regenerating the JSON Schema and manifest would hide the very
// staleness the sync checks below are there to catch.
await check('Lint (ESLint: typescript-eslint, lit, wc, lit-a11y)', 'eslint', ['--max-warnings=0', '.']);
await check('Format (Prettier)', 'prettier', ['--check', '--log-level=warn', '.']);
const built =
  (await check('Type check', 'tsc', ['--noEmit'])) &&
  (await check('Build (tsc)', 'tsc', ['-p', 'tsconfig.build.json'])) &&
  (await check('Build (one-file bundle for the demo pages)', 'rollup', ['-c', '--silent']));
if (built) {
  await check('JSON Schema in sync with src/schema', 'node', ['scripts/json-schema.mjs', '--check']);
  await check("The browser's quick check in sync with src/schema", 'node', ['scripts/quick-check.mjs', '--check']);
  await check('Council registry in sync with data/', 'node', ['scripts/generate-councils.mjs', '--check']);
  await check('custom-elements.json and docs/elements.md in sync with the elements', 'node', ['scripts/manifest.mjs', '--check']);
  await check('docs/entitlements.md and docs/i18n.md in sync with src/', 'node', ['scripts/generated-docs.mjs', '--check']);
  const tap = join(scratch, 'node.tap');
  await suite(
    'Node tests (CLI, JSON Schema)',
    'node',
    ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/node/'],
    () => {
      const text = readFileSync(tap, 'utf8');
      const number = (label) => Number(/^# (\w+) (\d+)$/m.test(text) ? (text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0) : 0);
      return { passed: number('pass'), failed: number('fail') + number('cancelled') };
    },
  );
}
/** WebKitGTK runs through its WebDriver, which needs an X display: a private Xvfb for the run. */
async function startWebKitDriver() {
  const display = `:${90 + (process.pid % 9)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const driver = spawn('WebKitWebDriver', ['--port=4445', '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return () => {
    driver.kill();
    xvfb.kill();
  };
}

const counts = join(scratch, 'wtr.json');
const stopWebKit = engines.includes('webkit') ? await startWebKitDriver() : () => {};
try {
  await suite(
    `Browser tests (${engines.join(', ')})`,
    'web-test-runner',
    ['--config', 'web-test-runner.config.js'],
    () => JSON.parse(readFileSync(counts, 'utf8')),
    {
      env: { WTR_COUNT_FILE: counts, CHROME_PATH: chromium, WTR_BROWSERS: engines.join(',') },
    },
  );
} finally {
  stopWebKit();
}

rmSync(scratch, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
