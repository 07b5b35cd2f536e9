import { expect, type Page } from '@playwright/test';
import { holdRequests, shippedRows, test } from './helpers';

// The build prerenders the dashboard's default view (scripts/prerender.mjs) and the app hydrates it
// (src/main.ts). These tests use pages of their own (`context.newPage()`), not the `page` fixture,
// whose navigations wait for the app: here the app is held back or never runs.

const TRADE_MARKS = '#app [data-panel="trade"] svg .mark';
/** A shipped trade figure in the default view's chart. */
const MARK_ID = 'imf-az-export-1995';

/** Whether the app has started on the page (src/main.ts marks it once it handles input). */
const appStarted = (page: Page) => page.evaluate(() => document.documentElement.dataset.app === 'ready');

/** Opens the dashboard with its app's entry script held back; returns what lets it load. */
async function openWithAppHeld(page: Page): Promise<() => void> {
  const release = await holdRequests(page, '**/assets/index-*.js');
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  return release;
}

test("before the app's scripts run (here: never) the default view is on screen: every chart mark, the window", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./');
  await expect(page.locator(TRADE_MARKS)).toHaveCount(shippedRows('trade.csv').size);
  await expect(page.locator('#app [data-panel="tourism"] svg .mark')).toHaveCount(shippedRows('tourism.csv').size);
  // Each mark names its row, and its label says the figure and its source.
  await expect(page.locator(`${TRADE_MARKS}[data-row-id="${MARK_ID}"]`)).toHaveAttribute(
    'aria-label',
    /1995: US\$ 54,870\..*Source: IMF Direction of Trade Statistics/,
  );
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '1991');
  await expect(page.getByRole('heading', { name: /^Sources \(\d+\)/ })).toBeVisible();
  // The benchmark's mark is set once the prerendered chart has been painted, without the app.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-chart', 'mark').length)).toBe(1);
  expect(await appStarted(page)).toBe(false);
});

test('hydration keeps the prerendered marks, and they follow the time window from then on', async ({ context }) => {
  const page = await context.newPage();
  // The app's entry script is held until the prerendered mark has been tagged.
  const release = await openWithAppHeld(page);
  const mark = page.locator(`${TRADE_MARKS}[data-row-id="${MARK_ID}"]`);
  await expect(mark).toHaveCount(1);
  // A property of the element object itself, which no re-rendering could copy to a new element.
  await mark.evaluate((el) => Object.assign(el, { prerendered: true }));
  expect(await appStarted(page)).toBe(false);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(await mark.evaluate((el) => 'prerendered' in el)).toBe(true);
  // Live: moving the window's start past 1995 takes the mark away.
  const start = page.getByRole('slider', { name: 'Start year' });
  await start.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect(start).toHaveAttribute('aria-valuenow', '1996');
  await expect(mark).toHaveCount(0);
  await expect(page).toHaveURL(/from=1996/);
});

test('a permalink never shows the prerendered default view: hidden until the app draws the view asked for', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./?v=1&from=2013&to=2016');
  // With no script the default view stays hidden (it is not the view the address asks for)...
  await expect(page.locator(TRADE_MARKS).first()).toBeAttached();
  await expect(page.locator('#app')).toBeHidden();
  await page.unroute('**/*.js');
  // ...and with the app, the asked-for window is drawn: nothing from before 2013.
  await page.reload();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '2013');
  await expect(page.locator(TRADE_MARKS).first()).toBeVisible();
  await expect(page.locator(`${TRADE_MARKS}[data-row-id="${MARK_ID}"]`)).toHaveCount(0);
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
});

test('a data file changed after the build: the app shows the file as it is now, not the prerendered figures', async ({
  context,
}) => {
  const page = await context.newPage();
  const rows = [...shippedRows('trade.csv').values()];
  const header = Object.keys(rows[0] ?? {});
  const kept = rows.filter((row) => row.id !== MARK_ID);
  const csv = [header, ...kept.map((row) => header.map((key) => row[key] ?? ''))]
    .map((cells) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
    .join('\n');
  await page.route('**/data/trade.csv', (route) => route.fulfill({ contentType: 'text/csv', body: `${csv}\n` }));
  await page.goto('./');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator(TRADE_MARKS)).toHaveCount(kept.length);
  await expect(page.locator(`${TRADE_MARKS}[data-row-id="${MARK_ID}"]`)).toHaveCount(0);
  await expect(page.getByTestId('trade-rowcount')).toContainText(`${kept.length} rows loaded from trade.csv`);
});

test('with scripts off the page says it shows the default view, whatever the link asks for', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./?v=1&from=2013&to=2016');
  // (Chromium with scripts disabled through DevTools still parses <noscript> as text: its text is read here.)
  expect(await page.locator('noscript').first().textContent()).toContain(
    "Scripts are off: this is the dashboard's default view",
  );
  await expect(page.locator(TRADE_MARKS)).toHaveCount(shippedRows('trade.csv').size);
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '1991');
  await context.close();
});

test('a click on a control before the app has started changes nothing; once it has, it works', async ({ context }) => {
  const page = await context.newPage();
  const release = await openWithAppHeld(page);
  const trade = page.locator('#app [data-panel="trade"]');
  const linear = trade.getByRole('radio', { name: 'Linear' });
  await expect(trade.getByRole('radio', { name: 'Log' })).toBeChecked();
  // Clicked, and chosen by keyboard: neither ticks it, as hydration would silently untick it.
  await linear.click();
  await linear.press('Space');
  await expect(trade.getByRole('radio', { name: 'Log' })).toBeChecked();
  await expect(linear).not.toBeChecked();
  // A letter typed on the theme menu does not pick an option either.
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.focus();
  await page.keyboard.press('d');
  await expect(theme).toHaveValue('auto');
  // The Sources disclosure stays shut too (its list needs the app).
  await page.locator('.sources-section summary').click();
  await expect(page.locator('.sources-section details')).not.toHaveAttribute('open');
  expect(await appStarted(page)).toBe(false);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await linear.click();
  await expect(linear).toBeChecked();
  await expect(page).toHaveURL(/scale=linear/);
});

test('a slow chart file keeps the prerendered chart on screen until it arrives: never "Loading" in its place', async ({
  context,
}) => {
  const page = await context.newPage();
  const release = await holdRequests(page, '**/data/trade.csv');
  const entry = page.waitForResponse(/\/assets\/index-[^/]*\.js$/);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await entry;
  // Well past the 4 s the app waits for the other files: still the prerendered chart, not hydrated.
  await page.waitForTimeout(5000);
  await expect(page.locator(TRADE_MARKS)).toHaveCount(shippedRows('trade.csv').size);
  await expect(page.locator('#app [data-panel="trade"]')).not.toContainText('Loading');
  expect(await appStarted(page)).toBe(false);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator(TRADE_MARKS)).toHaveCount(shippedRows('trade.csv').size);
});

test('on a narrow screen the prerendered chart scales with its panel, keeping its proportions', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./');
  const svg = page.locator('#app [data-panel="trade"] svg[role="group"]').first();
  const box = await svg.boundingBox();
  const [width, height] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').slice(2).map(Number);
  expect(box && width && height ? box.height / box.width : 0).toBeCloseTo((height ?? 0) / (width ?? 1), 2);
  expect(box?.width ?? 0).toBeLessThanOrEqual(375);
  await context.close();
});

test('the stylesheet inlined in the page is never fetched, not even for a panel loaded later', async ({ context }) => {
  const page = await context.newPage();
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/index-[^/]*\.css$/.test(request.url())) sheets.push(request.url());
  });
  await page.goto('./');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  // The events table's chunk names the page's stylesheet among its CSS (as other lazy chunks do).
  const events = page.locator('[data-panel="events"]');
  await events.scrollIntoViewIfNeeded();
  await events.getByRole('button', { name: 'Table' }).click();
  await expect(events.locator('table')).toBeVisible();
  expect(sheets).toEqual([]);
  // And the page is styled: the skip link is off screen until focused.
  const skip = await page.getByRole('link', { name: 'Skip to the charts' }).boundingBox();
  expect(skip).not.toBeNull();
  expect((skip?.x ?? 0) + (skip?.width ?? 0)).toBeLessThanOrEqual(0);
});

test("the room held for a panel's actions before they load is the room they take, at any width", async ({
  context,
}) => {
  const page = await context.newPage();
  for (const width of [360, 450, 470, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const release = await openWithAppHeld(page);
    const held = await page
      .locator('#app [data-panel="trade"] .panel-actions-pending')
      .evaluate((el) => el.getBoundingClientRect().height);
    release();
    const actions = page.locator('#app [data-panel="trade"] .panel-actions');
    await expect(actions.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(await actions.evaluate((el) => el.getBoundingClientRect().height), `at ${width} px`).toBe(held);
    await page.unrouteAll();
  }
});

test('the page first paints with its first chart, and asks for its data files only as the app starts', async ({
  context,
  request,
}) => {
  const html = await (await request.get('./')).text();
  // No data file is requested by the HTML itself; the page's first paint waits for the first chart.
  expect(html.match(/<link rel="preload"[^>]*>/g) ?? []).toEqual([]);
  const expected = /<link rel="expect" href="#([\w-]+)" blocking="render">/.exec(html)?.[1];
  expect(expected).toBeDefined();
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  // The element waited for is the one right after the first chart's panel: the chart is whole in that paint.
  const before = page.locator(`#${expected}`).locator('xpath=preceding-sibling::*[1]');
  await expect(before).toHaveAttribute('data-panel', 'trade');
  expect(await before.locator('svg[role="group"] .mark').count()).toBe(shippedRows('trade.csv').size);
  const started = (p: Page) =>
    p.evaluate(() => ({
      firstChart: performance.getEntriesByName('first-chart', 'mark')[0]?.startTime ?? null,
      parsed: performance.getEntriesByType('navigation')[0]?.toJSON().domContentLoadedEventStart as number,
      files: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/data\/\w+\.csv$/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
  const shown = await started(page);
  expect(shown.files).toHaveLength(6);
  expect(shown.firstChart).not.toBeNull();
  for (const time of shown.files) expect(time).toBeGreaterThanOrEqual(shown.firstChart ?? Infinity);
  // A permalink is drawn by the app from the files: the page asks for them at once, before it is parsed.
  const link = await context.newPage();
  await link.goto('./?from=2013&to=2016');
  await expect(link.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(link.locator('#app [data-panel="trade"] svg .mark').first()).toBeVisible();
  const asked = await started(link);
  expect(asked.files).toHaveLength(6);
  for (const time of asked.files) expect(time).toBeLessThan(asked.parsed);
});
