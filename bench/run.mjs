// npm run bench: builds the app and reports its weight. This is the starting point of the benchmark
// (the benchmark issue adds time to first chart, filter latency and DOM size, measured in Chromium).
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipBytes, readManifest, staticClosure } from '../scripts/bundleSize.mjs';

execSync('npx vite build', { stdio: 'ignore' });
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const manifest = readManifest('dist');
const first = staticClosure(manifest, 'index.html');
const allJs = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const allCss = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.css'))
  .map((f) => `assets/${f}`);
const results = {
  date: new Date().toISOString(),
  jsBeforeFirstChartGzip: gzipBytes('dist', first.js),
  cssBeforeFirstChartGzip: gzipBytes('dist', first.css),
  allJsGzip: gzipBytes('dist', allJs),
  allCssGzip: gzipBytes('dist', allCss),
};
const rows = [
  ['JS before first chart (gzip)', results.jsBeforeFirstChartGzip, budgets.dashboardJsBeforeFirstChartGzip],
  ['CSS before first chart (gzip)', results.cssBeforeFirstChartGzip, undefined],
  ['All JS (gzip)', results.allJsGzip, undefined],
  ['All CSS (gzip)', results.allCssGzip, undefined],
];
for (const [name, bytes, budget] of rows) {
  const verdict = budget === undefined ? '' : bytes <= budget ? `met (budget ${budget})` : `MISSED (budget ${budget})`;
  console.log(`${String(name).padEnd(32)} ${String(bytes).padStart(8)} B  ${verdict}`);
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
