// The end-to-end suite drives Debian's Chromium (never a browser downloaded at run time).
// Installs it with apt-get when missing and we are root (as in CI); otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARY = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/ensure-chromium.mjs

Exits 0 when Chromium is at $CHROMIUM_PATH (default /usr/bin/chromium); otherwise installs
Debian's chromium with apt-get when run as root, or says how to install it and exits 1.
  -h, --help   this text`);
  process.exit(0);
}

if (existsSync(BINARY)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${BINARY}. Install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Debian chromium for the end-to-end tests…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
