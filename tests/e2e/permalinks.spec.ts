import { expect } from '@playwright/test';
import { holdRequests, reachMap, shippedRows, test } from './helpers';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';

test('a copied permalink states the window and reproduces the view exactly', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?from=2013&to=2016&trade=mirror&event=ev-2015-strategic-partnership-declaration&q=JF');
  await expect(page.locator('[data-panel="trade"] svg[role="group"]')).toHaveCount(2);
  await page.locator('[data-panel="trade"]').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-panel="trade"]').getByRole('status').first()).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?v=1&from=2013&to=2016&trade=mirror/);
  expect(link).toMatch(/#trade$/);
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '2013');
  await expect(other.getByRole('slider', { name: 'End year' })).toHaveAttribute('aria-valuenow', '2016');
  await expect(other.locator('[data-panel="trade"] svg[role="group"]')).toHaveCount(2);
  await expect(other.getByLabel('Search events')).toHaveValue('JF');
  const ids = async (p: typeof page) =>
    p.locator('[data-panel="trade"] .mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')).sort());
  expect(await ids(other)).toEqual(await ids(page));
  await other.close();
});

test("a panel's permalink opens at that panel, and leaves the page where the reader has moved it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const panel of ['flights', 'map']) {
    await page.goto(`./?v=1&from=1991&to=2026#${panel}`);
    await expect(page.locator(`#${panel}`)).toBeInViewport({ ratio: 0.3 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(900);
  }
  // A reader who scrolls back to the top as the page loads stays there. Held files keep the page loading.
  const release = await holdRequests(page, '**/data/events.csv');
  await page.goto('./?v=1&from=1991&to=2026#events');
  await page.mouse.wheel(0, -5000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  release();
  await expect(page.locator('#events .events-lanes, #events svg').first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('Back and Forward restore earlier views', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  await page.getByText('Mirror', { exact: true }).click();
  await expect(page).toHaveURL(/trade=mirror/);
  await page.waitForTimeout(600);
  await page.getByText('Linear', { exact: true }).click();
  await expect(page).toHaveURL(/scale=linear/);
  await page.goBack();
  await expect(page).toHaveURL(/trade=mirror/);
  await expect(page).not.toHaveURL(/scale=linear/);
  await expect(page.getByRole('radio', { name: 'Log', exact: true })).toBeChecked();
  await page.goBack();
  await expect(page).not.toHaveURL(/trade=/);
  await expect(page.getByRole('radio', { name: 'All', exact: true })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Mirror', exact: true })).toBeChecked();
});

test('"CSV of what is shown" holds exactly the rows the panel draws, with metadata', async ({ page }) => {
  await page.goto('./?from=2013&to=2016&trade=mirror');
  const marks = page.locator('[data-panel="trade"] .mark');
  await expect(marks.first()).toBeVisible();
  const shownIds = (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id') ?? ''))).sort();
  // trade_products.csv read (a file not read yet adds no rows): what the view leaves out is then said.
  await expect(page.locator('[data-panel="trade"] details.products summary')).toHaveText(
    'Product-level figures: none in the mirror view (1 figure in 2013–2016)',
  );
  await page.locator('[data-panel="trade"]').getByRole('button', { name: 'Download' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pak-aze-trade_2013-2016_mirror-log.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const bytes = files['pak-aze-trade_2013-2016_mirror-log.csv'] ?? new Uint8Array();
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
  const csv = strFromU8(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.data.map((r) => r.id).sort()).toEqual(shownIds);
  expect(parsed.meta.fields).toContain('source_url');
  const meta = JSON.parse(strFromU8(files['pak-aze-trade_2013-2016_mirror-log_metadata.json'] ?? new Uint8Array()));
  expect(meta.window).toEqual({ from: 2013, to: 2016 });
  expect(meta.filters.reporter).toBe('mirror');
  expect(meta.permalink).toMatch(/\?v=1&from=2013&to=2016&trade=mirror#trade$/);
  expect(meta.version).toBe('1.0.2');
  expect(meta.rowIds.sort()).toEqual(shownIds);
  // The mirror view compares IMF DOTS yearly totals: it lists no product-level figure, and its zip holds none.
  expect(meta.alsoShown).toEqual([]);
  expect(Object.keys(files).sort()).toEqual([
    'pak-aze-trade_2013-2016_mirror-log.csv',
    'pak-aze-trade_2013-2016_mirror-log_metadata.json',
  ]);
});

test('"CSV of what is shown" holds the product-level figures listed under the chart, in the view\'s reporter\'s', async ({
  page,
}) => {
  const download = async (query: string) => {
    await page.goto(`./${query}`);
    // trade_products.csv read before the download (a file not read yet adds no rows).
    await expect(page.locator('[data-panel="trade"] details.products summary')).toHaveText(/figures? in \d{4}/);
    await page.locator('[data-panel="trade"]').getByRole('button', { name: 'Download' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' }).click(),
    ]);
    return unzipSync(new Uint8Array(readFileSync(await file.path())));
  };
  const files = await download('?from=2013&to=2016&trade=azerbaijan');
  const products = page.locator('[data-panel="trade"] details.products');
  await products.locator('summary').click();
  // The table's code loads when the disclosure is opened.
  await expect(products.locator('tbody tr')).toHaveCount(1);
  const productIds = await products
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''));
  expect(productIds).toEqual(['rice-az-import-2015-q1-turan']);
  const name = 'pak-aze-trade_2013-2016_azerbaijan-log_trade_products.csv';
  const productRows = Papa.parse<Record<string, string>>(
    strFromU8(files[name] ?? new Uint8Array()).replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(productRows.map((r) => r.id)).toEqual(productIds);
  const meta = JSON.parse(strFromU8(files['pak-aze-trade_2013-2016_azerbaijan-log_metadata.json'] ?? new Uint8Array()));
  expect(meta.alsoShown).toEqual([{ file: 'trade_products.csv', csv: name, rowCount: 1, rowIds: productIds }]);
  expect(meta.sources.map((s: { name: string }) => s.name)).toContain(productRows[0]?.source_name);
  await expect(page.locator('[data-panel="trade"]').getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${meta.rowCount} rows and 1 product-level figure with their metadata.`,
  );
  // Pakistan's view lists none of Azerbaijan's figures, and its file holds none.
  const pakistan = await download('?from=2020&to=2024&trade=pakistan');
  expect(Object.keys(pakistan).filter((f) => f.includes('products'))).toEqual([]);
  await expect(page.locator('[data-panel="trade"] details.products summary')).toHaveText(
    'Product-level figures: none Pakistan-reported (1 Azerbaijan-reported figure in 2020–2024)',
  );
});

test('the map\'s "CSV of what is shown" holds the airports it draws beside the services, in any window', async ({
  page,
}) => {
  await page.goto('./?from=2005&to=2018#map');
  const map = page.locator('[data-panel="map"]');
  await expect(map.locator('.airport-marker')).toHaveCount(shippedRows('airports.csv').size);
  const drawn = await map
    .locator('.airport-marker')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id') ?? '').sort());
  await map.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const name = Object.keys(files).find((f) => f.endsWith('_airports.csv')) ?? '';
  const rows = Papa.parse<Record<string, string>>(strFromU8(files[name] ?? new Uint8Array()).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => r.id).sort()).toEqual(drawn);
  expect(rows.every((r) => /^https?:\/\//.test(r.source_url ?? ''))).toBe(true);
  const meta = JSON.parse(
    strFromU8(files[Object.keys(files).find((f) => f.endsWith('_metadata.json')) ?? ''] ?? new Uint8Array()),
  );
  expect(meta.alsoShown).toEqual([
    { file: 'airports.csv', csv: name, rowCount: drawn.length, rowIds: expect.any(Array) },
  ]);
  await expect(map.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${meta.rowCount === 1 ? '1 row' : `${meta.rowCount} rows`} and ${drawn.length} airports with their metadata.`,
  );
});

test('the data package downloads as one zip holding every CSV, datapackage.json, README and the research notes', async ({
  page,
}) => {
  await page.goto('./');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the data package (zip)' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files)
    .map((n) => n.replace(/^[^/]+\//, ''))
    .sort();
  expect(names).toEqual(
    [
      'README.md',
      'airports.csv',
      'datapackage.json',
      'events.csv',
      'flights.csv',
      'tourism.csv',
      'trade.csv',
      'trade_products.csv',
      // The research notes the rows' notes cite ('flights_updates.md F6'), published unchanged.
      'flights_updates.md',
      'gaps_2.md',
      'people_facts.md',
      'trade_facts.md',
    ].sort(),
  );
  const notes = strFromU8(
    files[Object.keys(files).find((n) => n.endsWith('/flights_updates.md')) ?? ''] ?? new Uint8Array(),
  );
  expect(notes).toBe(readFileSync('data/flights_updates.md', 'utf8'));
  const trade = strFromU8(files[Object.keys(files).find((n) => n.endsWith('/trade.csv')) ?? ''] ?? new Uint8Array());
  expect(trade).toBe(readFileSync('data/trade.csv', 'utf8'));
});

test('"Cite this view" gives a plain citation and BibTeX with the permalink', async ({ page }) => {
  await page.goto('./?from=2010&to=2020');
  await page.locator('[data-panel="tourism"]').getByRole('button', { name: 'Cite' }).click();
  const plain = page.locator('[data-panel="tourism"]').getByLabel('Citation');
  // The dataset's title (not its machine name) and the year its version was released, not the year it is read.
  await expect(plain).toHaveValue(
    /^Pakistan–Azerbaijan Ties dashboard contributors \(2026\)\. Pakistan–Azerbaijan Ties: a sourced dataset and dashboard, version 1\.0\.2 \[data set and dashboard\]\. Data licensed CC BY 4\.0\. Tourism panel, 2010–2020.*\?v=1&from=2010&to=2020#tourism \(accessed /,
  );
  await expect(page.locator('[data-panel="tourism"]').getByLabel('BibTeX')).toHaveValue(
    /@misc\{.*title = \{\{Pakistan–Azerbaijan Ties: a sourced dataset and dashboard\}\},\n {2}year = \{2026\}.*url = \{http:\/\/127\.0\.0\.1:\d+\/\?v=1&from=2010&to=2020#tourism\}/s,
  );
  // Escape in the box closes it, focus back on its button, as Download and Add to deck do.
  await plain.focus();
  await page.keyboard.press('Escape');
  const tourism = page.locator('[data-panel="tourism"]');
  await expect(plain).toHaveCount(0);
  await expect(tourism.getByRole('button', { name: 'Cite' })).toBeFocused();
  await expect(tourism.getByRole('button', { name: 'Cite' })).toHaveAttribute('aria-expanded', 'false');
  await tourism.getByRole('button', { name: 'Embed' }).click();
  await tourism.getByRole('button', { name: 'Copy embed code' }).focus();
  await page.keyboard.press('Escape');
  await expect(tourism.getByLabel(/^Embed code/)).toHaveCount(0);
  await expect(tourism.getByRole('button', { name: 'Embed' })).toHaveAttribute('aria-expanded', 'false');
  await expect(tourism.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test("the map's CSV asked for before flights.csv has arrived says so, then downloads once it has", async ({ page }) => {
  const release = await holdRequests(page, '**/data/flights.csv');
  await page.goto('./?from=2022&to=2022');
  const map = page.locator('[data-panel="map"]');
  // The map's panel follows airports.csv, so its actions are there before the services are.
  await map.getByRole('button', { name: 'Download' }).click();
  await map.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' }).click();
  await expect(map.getByRole('status').filter({ hasText: 'flights.csv' })).toHaveText('flights.csv is still loading.');
  release();
  await reachMap(page);
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  await map.getByRole('button', { name: 'Download' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    map.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pak-aze-map_2022-2022.zip');
});

test("the map's CSV holds the services the window shows", async ({ page }) => {
  await page.goto('./?from=2022&to=2022');
  const map = page.locator('[data-panel="map"]');
  // Once the map has drawn its services. (This test used to fail now and then: the panels above,
  // skipped off screen, changed height as it scrolled to the menu, and the click missed it.)
  await reachMap(page);
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  await map.getByRole('button', { name: 'Download' }).click();
  const item = map.getByRole('button', { name: 'CSV of what is shown (zip, with metadata)' });
  await expect(item).toBeInViewport();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  expect(download.suggestedFilename()).toBe('pak-aze-map_2022-2022.zip');
  await expect(map.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded 2 rows and ${shippedRows('airports.csv').size} airports with their metadata.`,
  );
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const csv = strFromU8(files['pak-aze-map_2022-2022.csv'] ?? new Uint8Array()).replace(/^\uFEFF/, '');
  const ids = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((r) => r.id);
  // Only the two 2022 PIA services ran in 2022; the Turkish through-services were last confirmed in 2021.
  expect(ids.sort()).toEqual(['pk-khi-gyd-2022', 'pk-lhe-gyd-2022']);
});

test('"CSV of the whole dataset" downloads the published file, and the menu closes with focus on Download', async ({
  page,
}) => {
  await page.goto('./');
  const tourism = page.locator('[data-panel="tourism"]');
  const menuButton = tourism.getByRole('button', { name: 'Download', exact: true });
  await menuButton.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tourism.getByRole('link', { name: 'CSV of the whole dataset' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tourism.csv');
  expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync('data/tourism.csv', 'utf8'));
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
});
