// Finds the browsers the tests run in: Chromium, Firefox and WebKit, all Debian's own. Where one is missing
// and we are root on a Debian-like system, it installs Debian's package (browsers that download themselves
// cannot be had without internet access); anywhere else it stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * How every headless Chromium of the project starts (tests, benchmark, pack test): as root, without the
 * background traffic Chromium makes by default, and with every host but this machine failing to resolve,
 * so that no test can touch the internet.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--no-pings',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);

// /usr/bin/chromium is a shell wrapper that adds flags and noise; the real binary sits beside it.
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

function hasCommand(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

export const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Installs Debian packages when we are root on a Debian-like system; anywhere else stops with one line
 * saying what to install.
 */
function ensureInstalled(what, packages, found, advice) {
  const path = found();
  if (path) return path;
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    console.log(`No ${what} found: installing Debian's ${packages.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    } catch {
      // Not every Debian-like system has these packages (Ubuntu has no firefox-esr): fall through to the advice.
    }
    const installed = found();
    if (installed) return installed;
  }
  console.error(advice);
  process.exit(1);
}

export function ensureFirefox() {
  return ensureInstalled(
    'Firefox',
    ['firefox-esr'],
    findFirefox,
    'No Firefox found: install Firefox ESR (on Debian or Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.',
  );
}

export function ensureWebKit() {
  const found = () => (existsSync(WEBKIT_BROWSER) && hasCommand('WebKitWebDriver') && hasCommand('Xvfb') ? WEBKIT_BROWSER : undefined);
  return ensureInstalled(
    'WebKit',
    ['webkit2gtk-driver', 'xvfb'],
    found,
    "No WebKit found: install WebKitGTK's driver and Xvfb (on Debian: sudo apt-get install webkit2gtk-driver xvfb).",
  );
}

export function ensureChromium() {
  return ensureInstalled(
    'Chrome or Chromium',
    ['chromium'],
    findChromium,
    'No Chrome or Chromium found: install Chromium (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
