import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { countDialogs, reachMap, shippedRows, shippedText, watchPage, tradeWithBadValue, test } from './helpers';

const SHOTS = 'reports/screenshots';
mkdirSync(SHOTS, { recursive: true });

test('loads with real data, no console error, and no request beyond the local server', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL ?? '');
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) dataRequests.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
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
  // trade.csv is preloaded by the page and the app's fetch reuses that response: one request per file.
  expect(dataRequests.filter((name) => name === 'trade.csv')).toHaveLength(1);
  expect(dataRequests.filter((name) => name === 'events.csv')).toHaveLength(1);
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

test('the time window narrows both panels and lives in the URL', async ({ page }) => {
  await page.goto('./?from=2013&to=2016');
  const start = page.getByRole('slider', { name: 'Start year' });
  await expect(start).toHaveAttribute('aria-valuenow', '2013');
  const overlaps = (file: string, from: number, to: number) =>
    [...shippedRows(file).values()].filter((r) => {
      const a = Number(r.period_start?.slice(0, 4));
      const b = Number(r.period_end?.slice(0, 4));
      return b >= from && a <= to;
    }).length;
  await expect(page.locator('[data-panel="trade"] svg .mark')).toHaveCount(overlaps('trade.csv', 2013, 2016));
  await expect(page.locator('[data-panel="tourism"] svg .mark')).toHaveCount(overlaps('tourism.csv', 2013, 2016));
  const end = page.getByRole('slider', { name: 'End year' });
  await end.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=2013&to=2018/);
  await expect(page.locator('[data-panel="tourism"] svg .mark')).toHaveCount(overlaps('tourism.csv', 2013, 2018));
  await expect(page.locator('[data-panel="trade"] svg .mark')).toHaveCount(overlaps('trade.csv', 2013, 2018));
  await expect(page.getByTestId('trade-rowcount')).toContainText(`${overlaps('trade.csv', 2013, 2018)} in the window`);
  // The window's text (announced to screen readers) says what it holds.
  await expect(page.getByTestId('window-text')).toContainText(
    `Showing 2013–2018: ${overlaps('trade.csv', 2013, 2018)} trade figures, ${overlaps('tourism.csv', 2013, 2018)} tourism figures`,
  );
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the mirror view shows what each side reports for 2013–2016, with the gap shaded', async ({ page }) => {
  await page.goto('./?from=2013&to=2016&trade=mirror');
  const charts = page.locator('[data-panel="trade"] svg[role="group"]');
  await expect(charts).toHaveCount(2);
  const ids = await charts
    .first()
    .locator('.mark')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')));
  const rows = shippedRows('trade.csv');
  const shown = ids.map((id) => rows.get(id ?? ''));
  for (const year of ['2013', '2014', '2015', '2016']) {
    const pk = shown.find((r) => r?.reporter === 'Pakistan' && r.flow === 'export' && r.period_label === year);
    const az = shown.find((r) => r?.reporter === 'Azerbaijan' && r.flow === 'import' && r.period_label === year);
    expect([pk?.dataset, az?.dataset], year).toEqual(['imf-dots', 'imf-dots']);
  }
  await expect(charts.first().locator('path[fill="var(--c-gap)"]')).toHaveCount(1);
  await expect(page.locator('[data-panel="trade"]')).toContainText('Exports are valued FOB and imports CIF');
  await page.screenshot({ path: `${SHOTS}/trade-mirror.png`, fullPage: false });
});

test('keyboard alone: move the window, then reach a mark and its tooltip', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] svg .mark').first()).toBeVisible();
  const start = page.getByRole('slider', { name: 'Start year' });
  await start.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(start).toHaveAttribute('aria-valuenow', '2006');
  await expect(page).toHaveURL(/from=2006/);
  // Tab on through the controls to the trade chart's one Tab stop.
  let onMark = false;
  for (let i = 0; i < 20 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.activeElement?.classList.contains('mark') ?? false);
  }
  expect(onMark).toBe(true);
  const firstId = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
  await page.keyboard.press('ArrowRight');
  const secondId = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
  expect(secondId).not.toBe(firstId);
  await page.keyboard.press('Enter');
  const tooltip = page.locator('[data-panel="trade"] [role="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(secondId ?? 'none');
  await expect(tooltip).toContainText('Source');
  // Pinned, the box can be entered and left by keyboard: Tab reaches its links and Close, Escape
  // closes it and puts focus back on the mark.
  await page.keyboard.press('Tab');
  await expect(tooltip.locator(':focus')).toHaveCount(1);
  await tooltip.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-panel="trade"] .mark[data-row-id="${secondId}"]`)).toBeFocused();
  // Back on the mark its tooltip shows again, unpinned: no Close, and its links out of the Tab order.
  await expect(tooltip).toBeVisible();
  await expect(tooltip.getByRole('button', { name: 'Close' })).toHaveCount(0);
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => ({
    inChart: document.activeElement?.closest('[data-panel="trade"] .frame') !== null,
    body: document.activeElement === document.body,
  }));
  expect(after).toEqual({ inChart: false, body: false });
});

test('a tooltip box whose code failed to load is loaded again when a tooltip is next asked for', async ({ page }) => {
  let online = false;
  let asked = 0;
  await page.route(/\/assets\/Tooltip-[\w-]+\.js$/, (route) => {
    asked += 1;
    return online ? route.continue() : route.abort('internetdisconnected');
  });
  await page.goto('./');
  const marks = page.locator('[data-panel="trade"] .mark');
  const tooltip = page.locator('[data-panel="trade"] [role="tooltip"]');
  // The load after the first chart failed: a focused mark shows no box, its name still says it all.
  await expect.poll(() => asked).toBeGreaterThan(0);
  await marks.first().focus();
  await expect(marks.first()).toHaveAttribute('aria-label', /Source: /);
  await expect(tooltip).toHaveCount(0);
  // Back online: the next mark asked for brings the box.
  online = true;
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
  await expect(tooltip).toContainText(id ?? 'none');
});

test('a tooltip asked for while its code is still failing to load is loaded once that load has failed', async ({
  page,
}) => {
  let online = false;
  let asked = 0;
  await page.route(/\/assets\/Tooltip-[\w-]+\.js$/, async (route) => {
    asked += 1;
    // Held, then refused: the reader asks for a tooltip while this load is on its way.
    if (online) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return route.abort('internetdisconnected');
  });
  await page.goto('./');
  const marks = page.locator('[data-panel="trade"] .mark');
  const tooltip = page.locator('[data-panel="trade"] [role="tooltip"]');
  await expect.poll(() => asked).toBeGreaterThan(0);
  online = true;
  await marks.first().focus();
  // No second press: the ask made during the failing load is kept, and answered.
  await expect(tooltip).toBeVisible({ timeout: 10_000 });
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
  await expect(tooltip).toContainText(id ?? 'none');
});

for (const width of [320, 375]) {
  test(`at ${width} px a panel's Download list stays on the screen, and the page does not move sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('./');
    for (const panel of ['trade', 'tourism']) {
      const button = page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: 'Download', exact: true });
      await button.click();
      const list = page.locator(`#${panel}-downloads`);
      await expect(list).toBeVisible();
      const box = await list.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, JSON.stringify(box)).toBe(true);
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, scrollX])).toEqual([width, 0]);
      await page.keyboard.press('Escape');
      await expect(list).toHaveCount(0);
    }
  });
}

test('a link with invalid parameters shows the defaults and names what it ignored', async ({ page }) => {
  await page.goto(`./?from=abc&theme=%3Cscript%3Ealert(1)%3C/script%3E&to=${'9'.repeat(3000)}&form=2010&%3Cb%3E=1`);
  const notice = page.locator('p.notice[role="status"]');
  // Each value, and why it could not be used where the value alone does not say (once for the two years).
  await expect(notice).toContainText('Ignored in the link, defaults used instead: from=abc, to=9999');
  await expect(notice).toContainText('… (years run 1991–2026), theme=<script>');
  // Parameters the view does not have are named too (a typo would otherwise pass unseen), as text.
  await expect(notice).toContainText('Not part of a view, so not used: form, <b>.');
  await expect(notice.locator('b, script')).toHaveCount(0);
  // Nothing the link held is thrown away: the address stays as it came, so a reload names it all again.
  expect(new URL(page.url()).search).toContain(`&form=2010&%3Cb%3E=1`);
  await page.reload();
  await expect(notice).toContainText('Not part of a view, so not used: form, <b>.');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '1991');
});

test('a parameter given twice is read once, its later value named, and the address kept as it came', async ({
  page,
}) => {
  const opened = '?cats=security&cats=economic&table=events';
  await page.goto(`./${opened}`);
  const notice = page.locator('p.notice[role="status"]');
  await expect(notice).toContainText('Given more than once, only the first read: cats=economic.');
  // The first value is the view: Security alone ticked.
  const events = page.locator('[data-panel="events"]');
  await expect(events.getByRole('checkbox', { name: /^Security/ })).toBeChecked();
  await expect(events.getByRole('checkbox', { name: /^Economic/ })).not.toBeChecked();
  expect(new URL(page.url()).search).toBe(opened);
  // The first change adds an entry after it: Back returns to the link as it came, notice and all.
  await page.getByRole('slider', { name: 'Start year' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=1992/);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe(opened);
  await page.reload();
  await expect(notice).toContainText('Given more than once, only the first read: cats=economic.');
});

test('a link to a place in the page, followed just after a change, keeps the change and its history entry', async ({
  page,
}) => {
  await page.goto('./');
  const slider = page.getByRole('slider', { name: 'Start year' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  // At once, before the address is written (it waits for the changes to pause): Skip to the charts.
  await page.locator('a.skip').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('#panels');
  await page.waitForTimeout(700);
  expect(new URL(page.url()).search).toBe('?from=1992');
  await expect(slider).toHaveAttribute('aria-valuenow', '1992');
  // Back leaves the place in the page, then the change.
  await page.goBack();
  await expect.poll(() => page.url()).toMatch(/\?from=1992$/);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(slider).toHaveAttribute('aria-valuenow', '1991');
});

// Both files are preloaded by the page (scripts/prerender.mjs) and read by the app.
for (const [file, other] of [
  ['tourism', 'trade'],
  ['trade', 'tourism'],
] as const) {
  test(`when ${file}.csv answers 404 its panel says so and the others still work`, async ({ page }) => {
    await page.route(`**/data/${file}.csv`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.locator(`[data-panel="${file}"] [role="alert"]`)).toContainText(
      `${file}.csv could not be loaded (HTTP 404`,
    );
    await expect(page.locator(`[data-panel="${other}"] .mark`).first()).toBeVisible();
    await expect(page.getByTestId('events-rowcount')).toBeVisible();
  });
}

test("a host's own page served for tourism.csv (HTTP 200, HTML) is said to be one; the other panels still work", async ({
  page,
}) => {
  await page.route('**/data/tourism.csv', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html>\n<html><body><h1>Not found</h1></body></html>',
    }),
  );
  await page.goto('./');
  const said =
    'tourism.csv has no readable rows: it is an HTML page, not CSV (a host may answer a missing file with a page of its own). The other panels are unaffected.';
  await expect(page.locator('[data-panel="tourism"] [role="alert"]')).toHaveText(said);
  await expect(page.locator('#data-issues summary')).toHaveText('Data issues (1 error, 0 warnings)');
  // Shown as text: the page's markup is not drawn.
  await expect(page.locator('h1', { hasText: 'Not found' })).toHaveCount(0);
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await expect(page.getByTestId('events-rowcount')).toBeVisible();
});

test('bad rows are reported with file, line and column; the good rows still draw', async ({ page }) => {
  // Line 2 (the first record) gets a non-numeric value; everything else is untouched.
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: tradeWithBadValue() }),
  );
  await page.goto('./');
  const total = shippedRows('trade.csv').size;
  await expect(page.locator('[data-panel="trade"] svg .mark')).toHaveCount(total - 1);
  await expect(page.locator('#data-issues')).toContainText(
    "trade.csv line 2, value_usd: 'n/a' is not a whole number; record skipped",
  );
  await expect(page.getByTestId('trade-rowcount')).toContainText(`${total - 1} rows loaded`);
});

test('a quote left open in tourism.csv: its record and the lines it read are named, none drawn or lost silently', async ({
  page,
}) => {
  const lines = shippedText('tourism.csv').split('\n');
  const total = shippedRows('tourism.csv').size;
  // Line 5 (the 4th record) gets a note whose quote is never closed: it reads the lines after it,
  // up to the next quote PapaParse can pair with it.
  const id = (lines[4] ?? '').split(',')[0] ?? '';
  lines[4] = `${id},"an unclosed note`;
  await page.route('**/data/tourism.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: lines.join('\n') }),
  );
  await page.goto('./');
  const issues = page.locator('#data-issues');
  await expect(issues).toContainText('tourism.csv line 5: CSV syntax:');
  const said = (await issues.textContent()) ?? '';
  const reach =
    /tourism\.csv line 5: CSV syntax: [^;]+; it runs to line (\d+), so lines? [\d–]+ (?:is|are) read into it; record skipped/.exec(
      said,
    );
  expect(reach, said).not.toBeNull();
  const runsTo = Number(reach?.[1]);
  expect(runsTo).toBeGreaterThan(5);
  // Every other record is drawn: the file's records less the broken one and the lines it read
  // (one record each in this file); the panel counts one record skipped.
  const loaded = total - 1 - (runsTo - 5);
  await expect(page.getByTestId('tourism-rowcount')).toContainText(
    `${loaded} rows loaded from tourism.csv, ${loaded} in the window; 1 skipped with data issues`,
  );
  await expect(page.locator('[data-panel="tourism"] svg .mark')).toHaveCount(loaded);
  // The other panels still draw.
  await expect(page.locator('[data-panel="trade"] svg .mark').first()).toBeVisible();
});

test('a file with only its header says so, and the other panels still draw', async ({ page }) => {
  const header = shippedText('trade.csv').split('\n')[0] ?? '';
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: `${header}\n` }),
  );
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"]')).toContainText(
    'trade.csv has no rows, only its header: there is nothing to show.',
  );
  await expect(page.locator('[data-panel="tourism"] svg .mark')).toHaveCount(shippedRows('tourism.csv').size);
  await expect(page.locator('#data-issues')).toContainText('trade.csv');
});

test('text from the data is shown as text and a javascript: source is never a link', async ({ page }) => {
  const text = shippedText('trade.csv');
  const rows = shippedRows('trade.csv');
  const firstId = [...rows.keys()][0] ?? '';
  const original = rows.get(firstId);
  const hostile = text
    .replace(String(original?.source_name ?? 'zzz'), '<img src=x onerror=alert(1)>')
    .replace(String(original?.source_url ?? 'zzz'), 'javascript:alert(2)');
  const dialogs = countDialogs(page);
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: hostile }),
  );
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  // The hostile row fails the URL pattern and is reported, with the markup shown literally.
  await expect(page.locator('#data-issues')).toContainText('javascript:alert(2)');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs()).toBe(0);
});

test('a link naming rows the data does not hold says so', async ({ page }) => {
  await page.goto('./?event=zzz-nope&service=nope&airport=XXX');
  await expect(page.locator('p.notice[role="status"]')).toContainText(
    'Not found in the data: event=zzz-nope, service=nope, airport=XXX.',
  );
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
});

test('an opened permalink keeps its stated window in the address bar', async ({ page }) => {
  await page.goto('./?v=1&from=1991&to=2026#trade');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&from=1991&to=2026#trade$/);
});

test('the Sources section lists every source of the data as http(s) links when opened', async ({ page }) => {
  await page.goto('./');
  const section = page.locator('.sources-section');
  await expect(section.locator('summary')).toContainText(/Sources \(\d+\)/);
  await section.locator('summary').click();
  // The list's code loads when the section is first opened.
  await expect(section.locator('a').first()).toBeVisible();
  const hrefs = await section
    .locator('a')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  expect(hrefs.length).toBeGreaterThan(100);
  expect(hrefs.every(([href, rel]) => /^https?:\/\//.test(href ?? '') && rel === 'noopener noreferrer')).toBe(true);
  const count = Number((await section.locator('summary').textContent())?.match(/\d+/)?.[0]);
  expect(await section.locator('li').count()).toBe(count);
});

test("when the table's code cannot be loaded the panel says so, and the chart comes back", async ({ page }) => {
  await page.route('**/assets/TradeTable-*.js', (route) => route.abort());
  await page.goto('./');
  const trade = page.locator('[data-panel="trade"]');
  await expect(trade.locator('.mark').first()).toBeVisible();
  await trade.getByRole('button', { name: 'Table' }).click();
  await expect(trade.getByRole('alert')).toContainText('The table could not be loaded');
  await trade.getByRole('button', { name: 'Table' }).click();
  await expect(trade.locator('.mark').first()).toBeVisible();
});

test("a stylesheet of the table's that fails to load: the panel says so, and the next try loads the table styled", async ({
  page,
}) => {
  // The build's own preload helper (scripts/preloadHelperPlugin.ts) waits for a chunk's stylesheets
  // before importing it, and does not remember a failure.
  let fail = true;
  await page.route('**/assets/DataTable-*.css', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./');
  const trade = page.locator('[data-panel="trade"]');
  await expect(trade.locator('.mark').first()).toBeVisible();
  const toggle = trade.getByRole('button', { name: 'Table' });
  await toggle.click();
  await expect(trade.getByRole('alert')).toContainText('The table could not be loaded');
  await toggle.click();
  fail = false;
  await toggle.click();
  const table = trade.getByRole('table');
  await expect(table).toBeVisible();
  // Styled: DataTable's stylesheet is applied (its sort buttons have no border), not only its markup.
  await expect(table.locator('th button').first()).toHaveCSS('border-top-width', '0px');
  // Each stylesheet and module preload is linked once, however often the table is shown.
  await toggle.click();
  await toggle.click();
  await expect(table).toBeVisible();
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    ),
  );
  expect(links.length).toBe(new Set(links).size);
});

test('the mouse reaches every trade mark, however close the marks are drawn', async ({ page }) => {
  await page.goto('./');
  const marks = page.locator('[data-panel="trade"] svg .mark');
  await expect(marks.first()).toBeVisible();
  await page.locator('[data-panel="trade"] svg').first().scrollIntoViewIfNeeded();
  // The centre of each mark's symbol (a circle, or a square's, diamond's or span's path), in the page's pixels.
  const centres = await marks.evaluateAll((els) =>
    els.map((el) => {
      const box = el.querySelector('circle, path')?.getBoundingClientRect();
      return {
        id: el.getAttribute('data-row-id') ?? '',
        x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
        y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
      };
    }),
  );
  expect(centres.length).toBe(shippedRows('trade.csv').size);
  const tooltip = page.locator('[data-panel="trade"] [role="tooltip"]');
  const missed: string[] = [];
  for (const { id, x, y } of centres) {
    await page.mouse.move(x, y);
    const text = await tooltip.textContent({ timeout: 2000 }).catch(() => '');
    if (/Row id\s*(\S+)/.exec(text ?? '')?.[1] !== id) missed.push(id);
  }
  expect(missed).toEqual([]);
  // The shipped IMF DOTS and UN Comtrade figures for Pakistan's 2018 exports (2.7% apart) name their datasets.
  for (const [id, dataset] of [
    ['imf-pk-export-2018', 'IMF DOTS'],
    ['comtrade-pk-export-2018', 'UN Comtrade'],
  ] as const) {
    const centre = centres.find((c) => c.id === id);
    await page.mouse.move(centre?.x ?? 0, centre?.y ?? 0);
    await expect(tooltip).toContainText(id);
    await expect(tooltip).toContainText(dataset);
  }
});

test('a panel off screen follows every window change, and is drawn when scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  const panel = page.locator('[data-panel="events"]');
  const events = panel.locator('.event');
  const inWindow = (from: number, to: number) =>
    [...shippedRows('events.csv').values()].filter((r) => {
      const year = Number(r.date?.slice(0, 4));
      return year >= from && year <= to;
    }).length;
  await expect(events).toHaveCount(inWindow(1991, 2026));
  // Once its chart is drawn, the browser may skip laying out and painting the panel while it is off screen.
  await expect(panel).toHaveClass(/skippable/);
  expect(await panel.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
  expect(await panel.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  // A window change made at the top of the page reaches it all the same.
  await page.getByRole('slider', { name: 'Start year' }).focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/from=2001/);
  await expect(events).toHaveCount(inWindow(2001, 2026));
  await expect(panel).toContainText(`${inWindow(2001, 2026)} of`);
  // Scrolled to, it is drawn, and no longer skippable: nothing it overflows (a tooltip, a menu) is clipped.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).not.toHaveClass(/skippable/);
  await expect
    .poll(async () => (await events.first().boundingBox())?.width ?? 0, { message: 'first event mark drawn' })
    .toBeGreaterThan(0);
});

test('a panel skipped off screen keeps the height it had, so scrolling to the map moves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 720 });
  await page.goto('./?from=2022&to=2022');
  const panels = page.locator('section.panel');
  const heights = () => panels.evaluateAll((all) => all.map((p) => Math.round(p.getBoundingClientRect().height)));
  // Each panel drawn on screen once, at the top and at the bottom of the page.
  const map = page.locator('[data-panel="map"]');
  await reachMap(page);
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  for (const panel of await panels.all()) await panel.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('[data-panel="events"]')).toHaveClass(/skippable/);
  const drawn = await heights();
  // Scrolled to the map, the panels above are skipped, each at the height it was drawn at.
  const download = map.getByRole('button', { name: 'Download' });
  await download.scrollIntoViewIfNeeded();
  const top = await download.evaluate((b) => b.getBoundingClientRect().top);
  await expect(page.locator('[data-panel="trade"]')).toHaveClass(/skippable/);
  expect(await heights()).toEqual(drawn);
  expect(await download.evaluate((b) => b.getBoundingClientRect().top)).toBe(top);
  // So the menu opens under the pointer, and says what it offers.
  await download.click();
  await expect(map.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' })).toBeInViewport();
});

test('a chart first drawn while its panel is off screen is drawn when scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('./');
  const flights = page.locator('[data-panel="flights"]');
  // Drawn once at load, then far off screen: the browser may skip rendering the panel.
  await expect(flights).toHaveClass(/skippable/);
  // Narrowed to 1991, the panel's chart goes (no route service then); widened again, a new chart is
  // made while the panel is off screen and not laid out.
  const end = page.getByRole('slider', { name: 'End year' });
  await end.focus();
  await page.keyboard.press('Home');
  await expect(flights).toContainText('No route service is known to have operated in 1991.');
  await page.keyboard.press('End');
  await expect(page.getByTestId('window-text')).toContainText('Showing 1991–2026');
  await expect(flights.locator('svg[role="group"]')).toHaveCount(1);
  // Scrolled to, it is drawn.
  await flights.scrollIntoViewIfNeeded();
  await expect(flights.locator('svg[role="group"] > g')).toHaveCount(1);
  await expect(flights.locator('[data-row-id]').first()).toBeVisible();
});

test('panels out of view redraw after slider steps, once the window stays unchanged and the main thread is idle, and say the new window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await expect(page.getByTestId('map-count')).toContainText('drawn for 1991–2026');
  // Every panel below the trade chart is out of view: they are the ones that catch up later.
  const below = async (panel: string) =>
    page.locator(`[data-panel="${panel}"]`).evaluate((el) => el.getBoundingClientRect().top > window.innerHeight);
  for (const panel of ['flights', 'events', 'map']) expect(await below(panel)).toBe(true);
  await page.evaluate(() => performance.clearMarks('panels-caught-up'));
  // What the page shows once each key press has been handled, and the page redrawn for it, in the
  // same task: the panels in view have moved with the slider; those out of view have not yet.
  await page.evaluate(() => {
    const seen: string[][] = [];
    Object.assign(window, { __seen: seen });
    const label = (selector: string) => document.querySelector(selector)?.getAttribute('aria-label') ?? '';
    addEventListener('keydown', () =>
      queueMicrotask(() =>
        queueMicrotask(() =>
          seen.push([
            label('[data-panel="tourism"] svg[role="group"]'),
            label('[data-panel="flights"] svg[role="group"]'),
            document.querySelector('[data-testid="map-count"]')?.textContent ?? '',
          ]),
        ),
      ),
    );
  });
  const slider = page.getByRole('slider', { name: 'Start year' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1996');
  const seen = (await page.evaluate(() => (window as unknown as { __seen: string[][] }).__seen)).at(-1) ?? [];
  // (On a slow machine two presses may be further apart than the quiet a catch-up waits for, and the
  // panels out of view caught up with the press before: any window but the new one.)
  expect(seen[0]).toMatch(/^Pakistani arrivals in Azerbaijan, 1996–2026: /);
  expect(seen[1]).toMatch(/^Direct flights, 199[1-5]–2026: /);
  expect(seen[2]).toMatch(/drawn for 199[1-5]–2026/);
  // The app marks the moment the last of them has caught up (npm run bench times it).
  await page.waitForFunction(() => performance.getEntriesByName('panels-caught-up').length > 0);
  await expect(page.locator('[data-panel="flights"] svg[role="group"]')).toHaveAttribute(
    'aria-label',
    /^Direct flights, 1996–2026: /,
  );
  await expect(page.locator('[data-panel="events"] svg[role="group"]').first()).toHaveAttribute(
    'aria-label',
    /^Events between Pakistan and Azerbaijan, 1996–2026: /,
  );
  await expect(page.getByTestId('map-count')).toContainText('drawn for 1996–2026');
  for (const panel of ['flights', 'events', 'map']) expect(await below(panel)).toBe(true);
});

test('printed, the panels the screen skips far off view are drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  const events = page.locator('[data-panel="events"]');
  await expect(events).toHaveClass(/skippable/);
  const visibility = () => events.evaluate((el) => getComputedStyle(el).contentVisibility);
  expect(await visibility()).toBe('auto');
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toBe('visible');
});

test("the tourism panel says which years' figures conflict, which differ only as stated, and which years have none", async ({
  page,
}) => {
  await page.goto('./?from=2014&to=2024');
  const tourism = page.locator('[data-panel="tourism"]');
  // 41,268 and 22,000 for 2018 cannot both be true; 17,558 and 'about 18,000' (2017) can, and so can
  // 'more than 80,000' and 'more than 81,000' (2024).
  await expect(tourism.getByTestId('tourism-conflicts')).toHaveText(
    'Sources conflict for 2018: every figure is shown with its own source, side by side.',
  );
  await expect(tourism.getByTestId('tourism-agreeing')).toContainText(
    'For 2017 and 2024 the figures differ only within what they state ("about", "more than"), so all can be true',
  );
  await expect(tourism.getByTestId('tourism-gaps')).toHaveText('No annual figure was found for 2020–2021.');
  // A window that starts in a gap names it too; one without two figures for a year says nothing of conflicts.
  await page.goto('./?from=2020&to=2023');
  await expect(tourism.getByTestId('tourism-gaps')).toHaveText('No annual figure was found for 2020–2021.');
  await expect(tourism.getByTestId('tourism-conflicts')).toHaveCount(0);
  await expect(tourism.getByTestId('tourism-agreeing')).toHaveCount(0);
  // A pinned mark's tooltip gives its row's note whole: here, the conflict and its caution.
  await page.goto('./?from=2018&to=2018');
  const mark = tourism.locator('[data-row-id="tourism-2018-annual-todayaz"]');
  await mark.focus();
  const note = tourism.locator('[role="tooltip"] .note');
  await expect(note).toContainText('Figure quoted by the TUMSIAD Pakistan chapter president');
  // Shown, a long note is cut to its first lines; pinned, all of it is there to read.
  const cut = await note.evaluate((n) => n.scrollHeight > n.clientHeight);
  expect(cut).toBe(true);
  await page.keyboard.press('Enter');
  await expect(tourism.locator('[role="tooltip"].pinned')).toBeVisible();
  await expect(note).toContainText('treat with caution');
  expect(await note.evaluate((n) => n.scrollHeight <= n.clientHeight)).toBe(true);
});

test('the trade panel names the periods whose published totals differ, and says nothing of it in the mirror view', async ({
  page,
}) => {
  await page.goto('./?from=2019&to=2024');
  const trade = page.locator('[data-panel="trade"]');
  // 2020: 13.2 and 13.283 million; 2022: 28.1, 28.2 and 27 million (Azerbaijan-reported turnover);
  // 2023: 27 million for the year and 18.3 million for January–October, both marked contested.
  await expect(trade.getByTestId('trade-differing')).toHaveText(
    'Published totals differ for 2020, 2022 and 2023, each drawn with its own source and note.',
  );
  // A window without the January–October figure's end: 2023's total alone differs from nothing shown.
  await page.goto('./?from=2019&to=2022');
  await expect(trade.getByTestId('trade-differing')).toHaveText(
    'Published totals differ for 2020 and 2022, each drawn with its own source and note.',
  );
  await page.goto('./?from=2019&to=2024&trade=mirror');
  await expect(trade.locator('svg[role="group"]')).toHaveCount(2);
  await expect(trade.getByTestId('trade-differing')).toHaveCount(0);
});

test("the mirror view names the window's years whose two sides are ten or more times apart, by direction of goods", async ({
  page,
}) => {
  const note = page.getByTestId('mirror-note');
  const said = (apart: string) =>
    `The shaded band is the gap between what the exporter reports and what the importer reports for the same goods (IMF DOTS, both sides). Exports are valued FOB and imports CIF, so some gap is expected${apart}.`;
  // IMF DOTS, e.g. 2013: Pakistan's exports 49,693,956 against Azerbaijan's imports 1,096,600.
  await page.goto('./?trade=mirror');
  await expect(note).toHaveText(
    said(
      "; the two sides' figures are ten or more times apart (Pakistan's goods to Azerbaijan: 1995–1998 and 2012–2016; Azerbaijan's goods to Pakistan: 1998, 2002 and 2004), and the sources give no explanation",
    ),
  );
  await page.goto('./?from=2013&to=2016&trade=mirror');
  await expect(note).toHaveText(
    said(
      "; the two sides' figures are ten or more times apart (Pakistan's goods to Azerbaijan: 2013–2016), and the sources give no explanation",
    ),
  );
  // A window with no such year says only what is expected of any gap.
  await page.goto('./?from=2017&to=2026&trade=mirror');
  await expect(note).toHaveText(said(''));
});

test("markup in a row's note is shown as text, in its tooltip and in the table", async ({ page }) => {
  const rows = shippedRows('tourism.csv');
  const id = 'tourism-2018-annual-todayaz';
  const note = String(rows.get(id)?.note ?? 'zzz');
  const hostile = shippedText('tourism.csv').replace(note, `<img src=x onerror=alert(1)><b>bold</b> ${note}`);
  const dialogs = countDialogs(page);
  await page.route('**/data/tourism.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: hostile }),
  );
  await page.goto('./?from=2018&to=2018');
  const tourism = page.locator('[data-panel="tourism"]');
  await tourism.locator(`[data-row-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(tourism.locator('[role="tooltip"] .note')).toContainText('<img src=x onerror=alert(1)><b>bold</b>');
  await tourism.getByRole('button', { name: 'Table' }).click();
  await expect(tourism.locator(`tr[data-row-id="${id}"]`)).toContainText('<img src=x onerror=alert(1)><b>bold</b>');
  expect(await page.locator('img[src="x"], [data-panel="tourism"] b').count()).toBe(0);
  expect(dialogs()).toBe(0);
});
