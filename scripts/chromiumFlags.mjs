/**
 * The Chromium flags the tests (playwright.config.ts) and the benchmark (bench/run.mjs) launch Debian's
 * Chromium with: what works as root on these machines, with no background traffic of its own.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
