// Browser tests: src/**/*.test.ts in headless Chromium and Firefox, and WebKit when asked
// (WTR_BROWSERS=chromium,firefox,webkit; scripts/test.mjs starts WebKit's driver under Xvfb). All three
// are Debian's own browsers. Tests that need Chromium's media emulation (forced colours, reduced motion,
// print) live in *.chromium.test.ts and run in Chromium only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/find-browser.mjs';
import { offerHostMiddleware } from './scripts/test-middleware.mjs';
import { mediaFeaturesPlugin } from './scripts/test-commands.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: {
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
          'network.connectivity-service.enabled': false,
          'app.normandy.enabled': false,
          'extensions.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
        },
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
};

const names = (process.env.WTR_BROWSERS ?? 'chromium')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const name of names) if (!launchers[name]) throw new Error(`Unknown browser "${name}" in WTR_BROWSERS: use chromium, firefox or webkit`);
const browsers = names.map((name) => launchers[name]());
const only = process.env.WTR_FILES?.split(',');

export default {
  files: only ?? ['src/**/*.test.ts', '!src/**/*.chromium.test.ts'],
  groups: only || !names.includes('chromium') ? [] : [{ name: 'chromium-only', files: 'src/**/*.chromium.test.ts', browsers: [launchers.chromium()] }],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware: [offerHostMiddleware()],
  plugins: [mediaFeaturesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  // Lit announces its development build on every page; nothing to act on in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers,
  reporters: [defaultReporter(), countReporter()],
};
