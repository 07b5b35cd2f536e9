// Makes sure Debian's Chromium is there for the real-browser tests: Playwright cannot download a
// browser on these machines. Installs it with apt when missing and we are root; otherwise explains.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(
    `Chromium not found at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Installing Debian Chromium for the browser tests…');
execSync(
  'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
  {
    stdio: 'inherit',
  },
);
if (!existsSync(path)) {
  console.error(`apt finished but ${path} is still missing.`);
  process.exit(1);
}
