// The end-to-end suite drives Debian's Chromium (never a browser downloaded at run time).
// Installs it with apt-get when missing and we are root (as in CI); otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARY = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(BINARY)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${BINARY}. Install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Debian chromium for the end-to-end tests…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
