import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipBytes, readManifest, staticClosure } from '../../scripts/bundleSize.mjs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { dashboardJsBeforeFirstChartGzip: number };

test('the JS the dashboard needs before its first chart is within the committed gzip budget', () => {
  const manifest = readManifest('dist');
  const files = staticClosure(manifest, 'index.html').js;
  expect(files.length).toBeGreaterThan(0);
  const bytes = gzipBytes('dist', files);
  console.log(
    `JS before first chart: ${files.join(', ')} = ${bytes} bytes gzip (budget ${budgets.dashboardJsBeforeFirstChartGzip})`,
  );
  expect(bytes).toBeLessThanOrEqual(budgets.dashboardJsBeforeFirstChartGzip);
});
