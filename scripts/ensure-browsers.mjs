// The end-to-end suite drives Debian's Chromium and Firefox ESR (never a browser downloaded at
// run time). Installs the missing ones with apt-get when we are root (as in CI), in one update
// and one install; otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/ensure-browsers.mjs

Exits 0 when Chromium ($CHROMIUM_PATH, default /usr/bin/chromium) and Firefox ESR ($FIREFOX_PATH,
default /usr/bin/firefox-esr) are both there; otherwise installs the missing Debian packages with
apt-get when run as root, or says how to install them and exits 1.
  -h, --help   this text`);
  process.exit(0);
}

const BROWSERS = [
  { name: 'Chromium', binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debianPackage: 'chromium' },
  { name: 'Firefox ESR', binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
];

const missing = BROWSERS.filter((browser) => !existsSync(browser.binary));
if (missing.length === 0) process.exit(0);
const packages = missing.map((browser) => browser.debianPackage).join(' ');
if (process.getuid?.() !== 0) {
  for (const browser of missing) console.error(`${browser.name} is missing at ${browser.binary}.`);
  console.error(`Install with: sudo apt-get install -y ${packages}`);
  process.exit(1);
}
console.log(`Installing Debian ${packages} for the end-to-end tests…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 ${packages}`, { stdio: 'inherit' });
