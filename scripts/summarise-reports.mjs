// Sums Vitest's and Playwright's JSON reports into one plain line, "N passed, N failed, N skipped",
// and exits non-zero if anything failed, no test ran, or the test command itself failed
// (for example svelte-check or lint, which run before the tests and write no report).
import { existsSync, readFileSync } from 'node:fs';

const commandStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('reports/vitest.json')) {
  const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (existsSync('reports/playwright.json')) {
  const r = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}
// A failure with no failed test counted (a check, lint or build step failed) still counts as one.
if (commandStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
