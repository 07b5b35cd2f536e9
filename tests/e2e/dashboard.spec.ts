import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { shippedRows, shippedText, watchPage } from './helpers';

const SHOTS = 'reports/screenshots';
mkdirSync(SHOTS, { recursive: true });

test('loads with real data, no console error, and no request beyond the local server', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  for (const [panel, file] of [
    ['trade', 'trade.csv'],
    ['tourism', 'tourism.csv'],
    ['flights', 'flights.csv'],
    ['events', 'events.csv'],
    ['map', 'airports.csv'],
  ] as const) {
    const rows = shippedRows(file).size;
    await expect(page.getByTestId(`${panel}-rowcount`)).toContainText(`${rows} rows loaded from ${file}`);
  }
  await expect(page.locator('#data-issues summary')).toHaveText('Data issues (0 errors, 0 warnings)');
  await page.screenshot({ path: `${SHOTS}/dashboard-light.png`, fullPage: true });
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('every trade mark names a shipped row, and that row names an http(s) source', async ({ page }) => {
  await page.goto('./');
  const marks = page.locator('[data-panel="trade"] svg .mark');
  await expect(marks.first()).toBeVisible();
  const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-row-id')));
  const rows = shippedRows('trade.csv');
  expect(ids.length).toBe(rows.size);
  for (const id of ids) {
    const row = rows.get(id ?? '');
    expect(row, `mark ${id}`).toBeDefined();
    expect(row?.source_url).toMatch(/^https?:\/\//);
  }
  const attrs = await marks.evaluateAll((els) => els.flatMap((el) => [...el.attributes].map((a) => a.value)));
  expect(attrs.filter((v) => v.includes('NaN'))).toEqual([]);
});

test('the time window narrows every panel and lives in the URL', async ({ page }) => {
  await page.goto('./?from=2013&to=2016');
  await expect(page.getByLabel('From year')).toHaveValue('2013');
  const inWindow = [...shippedRows('trade.csv').values()].filter((r) => {
    const start = Number(r.period_start?.slice(0, 4));
    const end = Number(r.period_end?.slice(0, 4));
    return end >= 2013 && start <= 2016;
  });
  await expect(page.locator('[data-panel="trade"] svg .mark')).toHaveCount(inWindow.length);
  await page.getByLabel('To year').fill('2014');
  await page.getByLabel('To year').press('Enter');
  await expect(page).toHaveURL(/from=2013&to=2014/);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a link with invalid parameters shows the defaults and names what it ignored', async ({ page }) => {
  await page.goto(`./?from=abc&theme=%3Cscript%3Ealert(1)%3C/script%3E&to=${'9'.repeat(3000)}`);
  await expect(page.getByRole('status')).toContainText('Ignored in the link: from=abc');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await expect(page.getByLabel('From year')).toHaveValue('1991');
});

test('when one file answers 404 its panel says so and the others still work', async ({ page }) => {
  await page.route('**/data/tourism.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.locator('[data-panel="tourism"] [role="alert"]')).toContainText(
    'tourism.csv could not be loaded (HTTP 404',
  );
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await expect(page.getByTestId('events-rowcount')).toBeVisible();
});

test('bad rows are reported with file, line and column; the good rows still draw', async ({ page }) => {
  const text = shippedText('trade.csv');
  const lines = text.split('\n');
  // Line 2 (the first record) gets a non-numeric value; everything else is untouched.
  const header = (lines[0] ?? '').split(',');
  const valueIndex = header.indexOf('value_usd');
  const first = (lines[1] ?? '').split(',');
  first[valueIndex] = 'n/a';
  lines[1] = first.join(',');
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: lines.join('\n') }),
  );
  await page.goto('./');
  const total = shippedRows('trade.csv').size;
  await expect(page.locator('[data-panel="trade"] svg .mark')).toHaveCount(total - 1);
  await expect(page.locator('#data-issues')).toContainText(
    "trade.csv line 2, value_usd: 'n/a' is not a whole number; record skipped",
  );
  await expect(page.getByTestId('trade-rowcount')).toContainText(`${total - 1} rows loaded`);
});

test('text from the data is shown as text and a javascript: source is never a link', async ({ page }) => {
  const text = shippedText('trade.csv');
  const rows = shippedRows('trade.csv');
  const firstId = [...rows.keys()][0] ?? '';
  const original = rows.get(firstId);
  const hostile = text
    .replace(String(original?.source_name ?? 'zzz'), '<img src=x onerror=alert(1)>')
    .replace(String(original?.source_url ?? 'zzz'), 'javascript:alert(2)');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: hostile }),
  );
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  // The hostile row fails the URL pattern and is reported, with the markup shown literally.
  await expect(page.locator('#data-issues')).toContainText('javascript:alert(2)');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
