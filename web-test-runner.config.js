// Browser tests: every src/**/*.test.ts runs in headless Chromium (Debian's, found by scripts/find-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { findChromium } from './scripts/find-browser.mjs';
import { offerHostMiddleware } from './scripts/test-middleware.mjs';
import { mediaFeaturesPlugin } from './scripts/test-commands.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--disable-quic',
      '--no-pings',
      // No test may touch the internet: every host but this machine fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  },
});

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [offerHostMiddleware()],
  plugins: [
    mediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  // Lit announces its development build on every page; nothing to act on in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [chromium],
  reporters: [defaultReporter(), countReporter()],
};
