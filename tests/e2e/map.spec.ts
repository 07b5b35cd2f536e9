import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gzipBytes, readManifest, staticClosure } from '../../scripts/bundleSize.mjs';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { findResource } from '../../src/lib/data/schema';
import { readTable } from '../../src/lib/data/readTable';
import { toFlightRow } from '../../src/lib/data/rows';
import { localToday, serviceInWindow } from '../../src/lib/data/serviceSpan';
import { coveredHandles, handlePlaces, reachMap, shippedRows, shippedText, watchPage, test } from './helpers';

// The map panel is loaded on demand (MapPanel.svelte, dynamic import from App.svelte) and tested
// against the production build, as the reader gets it.

const SHOTS = 'reports/screenshots';
mkdirSync(SHOTS, { recursive: true });
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
const flightsResource = findResource(pkg, 'flights');
if (!flightsResource) throw new Error('no flights resource');
const flights = readTable(shippedText('flights.csv'), flightsResource).records.map(toFlightRow);
const inWindow = (from: number, to: number) => flights.filter((r) => serviceInWindow(r, from, to, localToday()));
const airports = shippedRows('airports.csv');

const map = (page: Page) => page.locator('[data-panel="map"]');
const handles = (page: Page) => map(page).locator('button.arc-handle');
const arcs = (page: Page) => map(page).locator('path.map-arc');
const TILE_HOST = 'https://tile.openstreetmap.org/';
// A 1×1 transparent PNG: what the intercepted tile server answers, so nothing leaves the machine.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function mapDrawn(page: Page) {
  // Leaflet's map is fetched once the still map is near the viewport, as a reader scrolling to it.
  await reachMap(page);
  // The map's chunk and the basemap load after the first chart, and Leaflet's map after the still one
  // drawn first: allow for a busy machine.
  await expect(map(page).locator('.leaflet-container .country-label')).toHaveCount(2, { timeout: 15_000 });
  await expect(map(page).locator('.airport-marker')).toHaveCount(airports.size);
}

/**
 * Opens the map's Download menu. In full CI runs (only there, and only for the last tests of the run)
 * the menu was seen closed again at once after a click soon after the map was drawn, its button still
 * focused; the cause is not found (see the issue's notes). The click is made again until it is open.
 */
async function openDownloads(page: Page) {
  const button = map(page).getByRole('button', { name: 'Download', exact: true });
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: object,
          opts: object,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run({ include: [['[data-panel="map"]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('draws every airport and one arc per service, from the local server only, and says what it draws', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./');
  await mapDrawn(page);
  const shown = inWindow(1991, 2026);
  await expect(handles(page)).toHaveCount(shown.length);
  await expect(arcs(page)).toHaveCount(shown.length);
  expect((await arcs(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')))).sort()).toEqual(
    shown.map((r) => r.id).sort(),
  );
  // Real geometry: every arc has extent on screen and no NaN in its path.
  const boxes = await arcs(page).evaluateAll((els) =>
    els.map((e) => {
      const box = (e as SVGGraphicsElement).getBBox();
      return { d: e.getAttribute('d') ?? '', width: box.width, height: box.height };
    }),
  );
  for (const box of boxes) {
    expect(box.d).not.toContain('NaN');
    expect(box.width + box.height).toBeGreaterThan(50);
  }
  await expect(
    map(page).getByRole('button', { name: /^Baku \(GYD\), Heydar Aliyev International Airport/ }),
  ).toBeVisible();
  await expect(page.getByTestId('map-count')).toHaveText(
    `${shown.length} of ${flights.length} route services drawn for 1991–2026.`,
  );
  await map(page).screenshot({ path: `${SHOTS}/map-light.png` });
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('two services on one airport pair curve to opposite sides of it on screen', async ({ page }) => {
  await page.goto('./');
  await mapDrawn(page);
  const side = await page.evaluate(() => {
    const centre = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : { x: 0, y: 0 };
    };
    const dot = (label: string) =>
      centre(document.querySelector(`button.airport-marker[aria-label^="${label}"] .airport-dot`));
    const [a, b] = [dot('Baku (GYD)'), dot('Lahore (LHE)')];
    const middle = (id: string) => {
      const path = document.querySelector<SVGPathElement>(`path.map-arc[data-row-id="${id}"]`);
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return { x: 0, y: 0 };
      return path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(matrix);
    };
    const sideOf = (p: { x: number; y: number }) => Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
    return [sideOf(middle('j2-gyd-lhe')), sideOf(middle('pk-lhe-gyd-2022'))];
  });
  expect(side[0]).not.toBe(0);
  expect(side[0]).toBe(-(side[1] ?? 0));
});

/** The country names on a map cut by its edge or running under its zoom buttons. */
function unreadableCountryNames(panel: Locator): Promise<(string | null)[]> {
  return panel.evaluate((root) => {
    const frame = root.querySelector('.leaflet-map')?.getBoundingClientRect();
    const buttons = root.querySelector('.leaflet-control-zoom')?.getBoundingClientRect();
    return [...root.querySelectorAll('.country-label')]
      .filter((label) => {
        const box = label.getBoundingClientRect();
        const under =
          !!buttons &&
          box.left < buttons.right &&
          box.right > buttons.left &&
          box.top < buttons.bottom &&
          box.bottom > buttons.top;
        return !frame || box.left < frame.left || box.right > frame.right || under;
      })
      .map((label) => label.textContent);
  });
}

for (const width of [320, 360, 400, 800, 1280]) {
  test(`at ${width} px no route handle covers another, an airport or its label, zoomed in or not, and no country name is cut or under the zoom buttons`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await mapDrawn(page);
    await expect(handles(page)).toHaveCount(inWindow(1991, 2026).length);
    expect(await coveredHandles(map(page))).toEqual([]);
    // Nor a country's name, but on a map narrower than 480 px, where one Turkish Airlines circle still
    // touches "PAKISTAN": no place on its arc is clear of both the name and the other circles (see the README).
    const onNames = (await coveredHandles(map(page), { names: true })).filter(
      (pair) => width >= 480 || pair !== 'tk-ist-gyd-lhe covers Pakistan',
    );
    expect(onNames).toEqual([]);
    // The country names are read whole: none is cut by the map's edge or runs under its zoom buttons.
    expect(await unreadableCountryNames(map(page))).toEqual([]);
    // Zoomed in twice, each time once the handles have moved and settled. (Zoomed out below the first
    // view, towards the map's least zoom, the eight handles no longer all fit apart: see the README.)
    for (const button of ['Zoom in', 'Zoom in']) {
      const control = map(page).getByRole('button', { name: button });
      if ((await control.getAttribute('aria-disabled')) === 'true') continue;
      const before = await handlePlaces(handles(page));
      await control.click();
      await expect
        .poll(async () => {
          const now = await handlePlaces(handles(page));
          await page.waitForTimeout(150);
          return now !== before && now === (await handlePlaces(handles(page)));
        })
        .toBe(true);
      expect(await coveredHandles(map(page), { names: width >= 480 }), button).toEqual([]);
    }
  });
}

test('embedded at 320 to 400 px, the country names clear the zoom buttons and the edge', async ({ page }) => {
  for (const width of [320, 360, 400]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('./embed.html?panel=map');
    const panel = page.locator('.air-map');
    await expect(panel.locator('.country-label')).toHaveCount(2, { timeout: 15_000 });
    await expect.poll(() => unreadableCountryNames(panel), { message: `at ${width} px` }).toEqual([]);
  }
});

for (const [from, to] of [
  [2022, 2022],
  [2019, 2021],
  [2024, 2026],
  [1991, 2018],
] as const) {
  test(`the window ${from}–${to} draws only the services that overlap it, and counts the rest`, async ({ page }) => {
    await page.goto(`./?from=${from}&to=${to}`);
    await reachMap(page);
    await expect(map(page).locator('.airport-marker')).toHaveCount(airports.size);
    const shown = inWindow(from, to);
    await expect(handles(page)).toHaveCount(shown.length);
    await expect(arcs(page)).toHaveCount(shown.length);
    await expect(page.getByTestId('map-count')).toContainText(
      `${shown.length} of ${flights.length} route services drawn for ${from === to ? from : `${from}–${to}`}`,
    );
    // The rest are outside the window, or last confirmed before it with no known end (not said to be outside).
    if (shown.length < flights.length)
      await expect(page.getByTestId('map-count')).toContainText(/outside the window|with no known end, not drawn/);
  });
}

test('the keyboard pans and zooms the map, reaches a service, selects it (card with sources) and Escape clears', async ({
  page,
}) => {
  await page.goto('./');
  await mapDrawn(page);
  // Its drawings (the outlines' and the arcs' <svg>) are hidden from screen readers, which would list
  // them as unnamed images: the airports and routes are its named buttons.
  const drawings = map(page).locator('.leaflet-pane > svg');
  await expect(drawings).toHaveCount(2);
  for (const svg of await drawings.all()) await expect(svg.locator('xpath=..')).toHaveAttribute('aria-hidden', 'true');
  const container = map(page).getByRole('region', { name: /^Map of air links/ });
  await container.focus();
  const pane = map(page).locator('.leaflet-map-pane');
  const before = await pane.getAttribute('style');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pane.getAttribute('style')).not.toBe(before);
  const spread = () =>
    page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('.airport-dot')].map((d) => d.getBoundingClientRect());
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    });
  const wide = await spread();
  await page.keyboard.press('Equal');
  await expect.poll(spread).toBeGreaterThan(wide * 1.3);

  const name = 'Baku to Lahore, Azerbaijan Airlines, 2 flights a week, from 23 September 2023';
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === name;
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/service=j2-gyd-lhe/);
  const card = page.getByTestId('map-card');
  await expect(card.getByRole('heading')).toHaveText('Baku to Lahore: Azerbaijan Airlines (AZAL)');
  const urls = (shippedRows('flights.csv').get('j2-gyd-lhe')?.source_url ?? '').split(' | ');
  expect(urls.length).toBeGreaterThan(1);
  const links = card.getByRole('link');
  await expect(links).toHaveCount(urls.length);
  expect(await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')))).toEqual(urls);
  await expect(card).toContainText('23 September 2023 (exact day)');
  await expect(map(page).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await map(page).screenshot({ path: `${SHOTS}/map-selected.png` });
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/service=/);
});

test('an airport or route circle reached by Tab after the reader panned it out of view is brought into the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  await mapDrawn(page);
  const container = map(page).getByRole('region', { name: /^Map of air links/ });
  await container.focus();
  // Panned and zoomed in until some airports are outside the map's edges.
  for (const key of ['Equal', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(350);
  }
  const outside = () =>
    page.evaluate(() => {
      const edge = document.querySelector('.leaflet-map')?.getBoundingClientRect();
      return [...document.querySelectorAll('.leaflet-marker-pane button')].filter((b) => {
        const r = b.getBoundingClientRect();
        return !edge || r.left < edge.left || r.right > edge.right || r.top < edge.top || r.bottom > edge.bottom;
      }).length;
    });
  expect(await outside()).toBeGreaterThan(0);
  // Every marker and circle Tab reaches is shown whole inside the map as it takes focus.
  const count = await map(page).locator('.leaflet-marker-pane button').count();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const seen = () =>
      page.evaluate(() => {
        const edge = document.querySelector('.leaflet-map')?.getBoundingClientRect();
        const focused = document.activeElement;
        if (!edge || !focused?.closest('.leaflet-marker-pane')) return 'not a marker';
        const r = focused.getBoundingClientRect();
        return r.left >= edge.left && r.right <= edge.right && r.top >= edge.top && r.bottom <= edge.bottom
          ? 'inside'
          : `outside: ${focused.getAttribute('aria-label')}`;
      });
    // In the frame after focus (see LeafletMap.svelte).
    await expect.poll(seen).toBe('inside');
  }
});

test("an airport's card tells its services apart by their start", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?airport=LHE');
  const items = page.getByTestId('map-card').getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const texts = await items.allTextContents();
  expect(texts.length).toBeGreaterThan(2);
  expect(new Set(texts).size, texts.join(' | ')).toBe(texts.length);
  // Two PIA services on Lahore–Baku, told apart by when each started.
  expect(texts.filter((t) => t.startsWith('Lahore to Baku, Pakistan International Airlines, from '))).toHaveLength(2);
});

test('an airport selected by click highlights its services; the routes table lists what the map draws', async ({
  page,
}) => {
  await page.goto('./?from=2023&to=2026');
  await mapDrawn(page);
  await map(page)
    .getByRole('button', { name: /^Islamabad \(ISB\)/ })
    .click();
  await expect(page).toHaveURL(/airport=ISB/);
  const isb = inWindow(2023, 2026).filter((r) => r.origin === 'ISB' || r.destination === 'ISB');
  const lists = page.getByTestId('map-card').locator('ul.services');
  await expect(lists.first().getByRole('listitem')).toHaveCount(isb.length);
  // Turkish Airlines' service through Baku, last confirmed in 2021 with no known end, is listed apart.
  await expect(page.getByTestId('map-card')).toContainText('Not known whether in 2023–2026');
  await expect(lists.nth(1)).toContainText('last confirmed 26 April 2021');
  const opacity = (id: string) => map(page).locator(`path.map-arc[data-row-id="${id}"]`).getAttribute('stroke-opacity');
  for (const row of inWindow(2023, 2026)) expect(await opacity(row.id), row.id).toBe(isb.includes(row) ? '1' : '0.3');
  await map(page).getByRole('button', { name: 'Routes table' }).click();
  await expect(page).toHaveURL(/table=map/);
  const table = map(page).getByRole('table', { name: 'Route services drawn on the map, with sources' });
  await expect(table.locator('tbody tr')).toHaveCount(inWindow(2023, 2026).length);
  await table.getByRole('button', { name: /Weekly at launch/ }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveCount(1);
});

test('with online tiles off nothing is requested from a tile server; switched on, tiles load and the choice stays in this browser', async ({
  page,
  baseURL,
  context,
}) => {
  test.setTimeout(60_000);
  const tileRequests: string[] = [];
  await context.route(`${TILE_HOST}**`, (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./?from=2020&to=2026');
  await mapDrawn(page);
  await page.waitForLoadState('networkidle');
  expect(tileRequests).toEqual([]);
  expect(watch.foreign).toEqual([]);

  const tiles = map(page).getByRole('switch', { name: 'Online map tiles' });
  await expect(tiles).not.toBeChecked();
  // A click, then the state awaited: check() reads the state straight after its click, and under the
  // full suite's load failed now and then (twice in two sessions; never alone or under CPU load).
  await tiles.click();
  await expect(tiles).toBeChecked();
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  expect(tileRequests.every((url) => /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
  expect(watch.foreign.every((url: string) => url.startsWith(TILE_HOST))).toBe(true);
  await expect(map(page).locator('.leaflet-control-attribution')).toContainText('OpenStreetMap contributors');
  // Nothing about tiles reaches the link (to=2026 is the default, so it is not written either).
  await expect(page).toHaveURL(/\?from=2020$/);
  await map(page).screenshot({ path: `${SHOTS}/map-tiles.png` });
  // Light page: the tiles as published; dark theme: shown inverted, so the map does not glare.
  const tileFilter = () =>
    map(page)
      .locator('.leaflet-tile-pane')
      .evaluate((pane) => getComputedStyle(pane).filter);
  expect(await tileFilter()).toBe('none');
  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(tileFilter).toContain('invert(1)');
  await page.getByLabel('Theme').selectOption('auto');

  // A preference of this browser: it survives a reload...
  await page.reload();
  await expect(map(page).getByRole('switch', { name: 'Online map tiles' })).toBeChecked();
  // ...but a shared link opened elsewhere (fresh storage) starts with tiles off.
  const elsewhere = await page.context().browser()?.newContext();
  if (!elsewhere) throw new Error('no browser');
  const fresh = await elsewhere.newPage();
  const freshRequests: Request[] = [];
  fresh.on('request', (r) => {
    if (r.url().startsWith(TILE_HOST)) freshRequests.push(r);
  });
  await fresh.goto(new URL(page.url()).href);
  await mapDrawn(fresh);
  await expect(map(fresh).getByRole('switch', { name: 'Online map tiles' })).not.toBeChecked();
  expect(freshRequests).toEqual([]);
  await elsewhere.close();
});

test('when flights.csv answers 404 the map says it has no routes, and still draws the airports', async ({ page }) => {
  await page.route('**/data/flights.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(map(page).getByRole('alert')).toHaveText(
    /^flights\.csv could not be loaded \(HTTP 404[^)]*\)\. The map shows the airports but no routes\.$/,
  );
  // Not "0 of 0 route services drawn", which reads as if there were none.
  await expect(map(page).getByText(/route services drawn/)).toHaveCount(0);
  await expect(map(page).locator('.airport-city', { hasText: 'Baku' })).toBeVisible();
  await expect(page.locator('[data-panel="flights"] [role="alert"]')).toContainText('flights.csv could not be loaded');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
});

test("an airport's row skipped for an error loses no service: the flights panel draws them all, the map says which it cannot", async ({
  page,
}) => {
  // Lahore's latitude is out of range: its row is skipped. The services to Lahore are good rows.
  await page.route('**/data/airports.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: shippedText('airports.csv').replace(/^LHE,([^,]*),([^,]*),([^,]*),[^,]*,/m, 'LHE,$1,$2,$3,95,'),
    }),
  );
  await page.goto('./');
  const issues = page.locator('#data-issues');
  await expect(issues).toContainText("airports.csv line 3, lat: '95' is above the maximum 90; record skipped");
  const toLahore = flights.filter((r) => r.origin === 'LHE' || r.destination === 'LHE');
  expect(toLahore.length).toBeGreaterThan(0);
  for (const service of toLahore) {
    await expect(issues).toContainText(
      `flights.csv line ${service.line}, ${service.origin === 'LHE' ? 'origin_iata' : 'destination_iata'}: 'LHE' is on a row of airports skipped for an error (line 3); record kept`,
    );
  }
  await expect(page.locator('#data-issues summary')).toHaveText(`Data issues (1 error, ${toLahore.length} warnings)`);
  // Every service is still drawn on the timeline.
  const timeline = page.locator('[data-panel="flights"]');
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('[data-row-id]')).toHaveCount(flights.length);
  await expect(timeline).toContainText(`${flights.length} rows loaded from flights.csv`);
  // The map draws the others, and says why not these.
  await reachMap(page);
  await expect(map(page).locator('.leaflet-container .country-label')).toHaveCount(2, { timeout: 15_000 });
  await expect(map(page).locator('.airport-marker')).toHaveCount(airports.size - 1);
  const shown = inWindow(1991, 2026);
  await expect(map(page).getByTestId('map-count')).toContainText(
    `${shown.length - toLahore.length} of ${flights.length} route services drawn for 1991–2026`,
  );
  await expect(map(page).getByTestId('map-count')).toContainText(
    `In the window, ${toLahore.length} services are not drawn: no airport row the map can place for LHE (see the data issues).`,
  );
  await expect(handles(page)).toHaveCount(shown.length - toLahore.length);
});

test('hostile text in airports.csv and flights.csv shows literally and runs nothing', async ({ page, baseURL }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  await page.route('**/data/airports.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: shippedText('airports.csv').replace('Heydar Aliyev International Airport,Baku,', `${hostile},${hostile},`),
    }),
  );
  await page.route('**/data/flights.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: shippedText('flights.csv').replace(/,Azerbaijan Airlines \(AZAL\),/g, `,${hostile},`),
    }),
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./?service=j2-gyd-lhe&table=map');
  await mapDrawn(page);
  await expect(map(page).locator('.airport-city').first()).toHaveText(hostile);
  await expect(page.getByTestId('map-card').getByRole('heading')).toHaveText(`${hostile} to Lahore: ${hostile}`);
  await expect(
    map(page).getByRole('button', { name: `${hostile} to Lahore, ${hostile}, 2 flights a week`, exact: false }),
  ).toHaveCount(1);
  await expect(map(page).locator('table')).toContainText(hostile);
  expect(await map(page).locator('img:not(.leaflet-tile)').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations in the map panel (${theme}, with a selection and the routes table)`, async ({
    page,
  }) => {
    await page.goto(`./?theme=${theme}`);
    await mapDrawn(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`./?theme=${theme}&service=pk-lhe-gyd-2022&table=map`);
    await mapDrawn(page);
    await expect(page.getByTestId('map-card')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    if (theme === 'dark') await map(page).screenshot({ path: `${SHOTS}/map-dark.png` });
  });
}

test('the map and Leaflet are not in the JS the page needs before its first chart, nor Leaflet in what the map needs before it is drawn; the basemap is a static file', () => {
  const manifest = readManifest('dist');
  const first = staticClosure(manifest, 'index.html').js;
  const chunk = (name: string) => Object.entries(manifest).find(([key]) => key.endsWith(`src/lib/map/${name}`));
  const mapEntry = chunk('MapPanel.svelte');
  const leafletEntry = chunk('InteractiveMap.svelte');
  expect(mapEntry, 'MapPanel chunk').toBeDefined();
  expect(leafletEntry, 'InteractiveMap chunk').toBeDefined();
  const mapFile = mapEntry?.[1].file ?? '';
  expect(first).not.toContain(mapFile);
  const leafletIn = (file: string) => readFileSync(`dist/${file}`, 'utf8').includes('leaflet-zoom-animated');
  expect(first.filter(leafletIn)).toEqual([]);
  // The still map is drawn from the panel's own files; Leaflet comes with the interactive map's.
  const stillFiles = staticClosure(manifest, mapEntry?.[0] ?? '').js;
  const interactiveFiles = staticClosure(manifest, leafletEntry?.[0] ?? '').js;
  expect(stillFiles.filter(leafletIn)).toEqual([]);
  expect(interactiveFiles.filter(leafletIn)).toHaveLength(1);
  const basemap = readFileSync('dist/basemap/region.geojson');
  const leafletFile = leafletEntry?.[1].file ?? '';
  console.log(
    `map chunk ${mapFile}: ${gzipBytes('dist', [mapFile])} bytes gzip; interactive map ${leafletFile}: ${gzipBytes('dist', [leafletFile])} bytes gzip; basemap: ${gzipSync(basemap, { level: 9 }).length} bytes gzip`,
  );
});

test('the map keeps where the reader moved it in the URL, and an opened link restores it', async ({ page }) => {
  await page.goto('./');
  const container = page.locator('[data-panel="map"] .leaflet-map');
  await reachMap(page);
  await expect(container).toBeVisible();
  await expect(page).not.toHaveURL(/map=/); // fitting the map at start writes nothing
  await container.focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/map=[\d.-]+%2C[\d.-]+%2C[\d.]+/);
  const link = page.url();
  const camera = (url: string) => (new URL(url).searchParams.get('map') ?? '').split(',').map(Number);
  const [lat, lon, zoom] = camera(link);
  await page.goto(link);
  await reachMap(page);
  await expect(container).toBeVisible();
  await expect(page).toHaveURL(link); // restoring the camera writes nothing new
  // The map opened at the link's zoom: one step out from there is that zoom minus one.
  await container.focus();
  await page.keyboard.press('-');
  await expect.poll(() => camera(page.url())[2]).toBe((zoom ?? 0) - 1);
  expect(camera(page.url()).slice(0, 2)).toEqual([lat, lon]);
});

test('Back to the view before the reader moved the map fits it to the routes again', async ({ page }) => {
  await page.goto('./');
  const container = page.locator('[data-panel="map"] .leaflet-map');
  await reachMap(page);
  await expect(container).toBeVisible();
  const baku = page.locator('[data-panel="map"] button.airport-marker[data-row-id="GYD"]');
  // Where Baku is in the map's box (not on the screen, which may scroll).
  const place = async () => {
    const [b, box] = [await baku.boundingBox(), await container.boundingBox()];
    return b && box ? [Math.round(b.x - box.x), Math.round(b.y - box.y)] : null;
  };
  await expect.poll(place).not.toBeNull();
  const fitted = await place();
  await container.focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/map=/);
  await expect.poll(place).not.toEqual(fitted);
  await page.goBack();
  await expect(page).not.toHaveURL(/map=/);
  // Before, the map stayed zoomed in, unlike the link the address now holds.
  await expect.poll(place).toEqual(fitted);
});

test('the wheel scrolls the page past the map, and zooms it once the reader has clicked into it', async ({ page }) => {
  await page.goto('./');
  const container = page.locator('[data-panel="map"] .leaflet-map');
  await reachMap(page);
  await expect(container).toBeVisible();
  await container.scrollIntoViewIfNeeded();
  const box = await container.boundingBox();
  if (!box) throw new Error('the map has no box');
  // Over the sea south of the airports: no marker, handle or control there.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.92);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await page.waitForTimeout(300);
  await expect(page).not.toHaveURL(/map=/);
  // Clicked into, the map takes the wheel: it zooms (the reader's camera goes into the link), the page stays.
  await page.mouse.click(
    box.x + box.width * 0.5,
    box.y + box.height * 0.92 - (await page.evaluate(() => window.scrollY)) + before,
  );
  await expect(container).toBeFocused();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await expect(page).toHaveURL(/map=[\d.-]+%2C[\d.-]+%2C[\d.]+/);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('the Download menu opens over the map, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?from=2023&to=2026');
  await mapDrawn(page);
  await map(page).getByRole('button', { name: 'Download' }).click();
  const menu = map(page).locator('[id="map-downloads"]');
  await expect(menu.getByRole('button', { name: 'SVG image' })).toBeInViewport();
  // The menu reaches down over the map at this width (or this test proves nothing)...
  const mapTop = await map(page)
    .locator('.leaflet-map')
    .evaluate((m) => m.getBoundingClientRect().top);
  const box = await menu.boundingBox();
  if (!box) throw new Error('no menu box');
  expect(box.y + box.height).toBeGreaterThan(mapTop + 4);
  // ...and its bottom edge, inside the border, is painted in the menu's own colour: the map's panes
  // (Leaflet gives them z-index 400 and more) are not drawn over it.
  const background = await menu.evaluate((m) => getComputedStyle(m).backgroundColor);
  const strip = await page.screenshot({ clip: { x: box.x + 8, y: box.y + box.height - 4, width: 200, height: 2 } });
  const colours = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) seen.add(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`);
    return [...seen];
  }, strip.toString('base64'));
  expect(colours).toEqual([background]);
});

test('the map downloads its vector layers as SVG and as a 2x PNG', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./?from=2023&to=2026');
  await mapDrawn(page);
  const panelTitle = (await map(page).locator('h2').textContent())?.trim() ?? '';
  expect(panelTitle).not.toBe('');
  const fetchFile = async (item: string) => {
    await openDownloads(page);
    const entry = map(page).getByRole('button', { name: item, exact: true });
    await expect(entry).toBeVisible();
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await entry.click();
    // No file: what the panel said and what the page logged, rather than a bare timeout.
    const file = await download.catch(async () => {
      const said = await map(page).getByRole('status').first().textContent();
      throw new Error(`No ${item} download. Status: "${said ?? ''}". Errors: ${JSON.stringify(watch.errors)}`);
    });
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), body: readFileSync(path) };
  };

  const svgFile = await fetchFile('SVG image');
  expect(svgFile.name).toBe('pak-aze-map_2023-2026.svg');
  const svgText = svgFile.body.toString('utf8');
  expect(svgText).toContain('data-row-id="j2-gyd-lhe"');
  expect(svgText).not.toContain('var(--');
  expect(svgText).not.toContain('NaN');
  const svg = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      parseError: doc.querySelector('parsererror') !== null,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      text: [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      href: root.querySelector('a')?.getAttribute('href') ?? '',
      arcs: [...root.querySelectorAll('path.map-arc[data-row-id]')].map((e) => e.getAttribute('data-row-id')),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, svgText);
  expect(svg.parseError).toBe(false);
  expect(svg.title).toContain(panelTitle);
  const link = new URL(svg.href);
  expect(link.origin).toBe(new URL(baseURL ?? '').origin);
  expect([link.searchParams.get('from'), link.searchParams.get('to')]).toEqual(['2023', '2026']);
  expect(svg.text.replace(/\s+/g, '')).toContain(svg.href);
  // The image credits what it draws: the outlines and the airports' positions, then the routes' sources.
  expect(svg.text.replace(/\s+/g, ' ')).toMatch(
    /Sources: Natural Earth \(country outlines, public domain\); OpenFlights airports\.dat[^;]*; \S/,
  );
  expect(svg.arcs.sort()).toEqual(
    inWindow(2023, 2026)
      .map((r) => r.id)
      .sort(),
  );
  // The off-screen drawing is gone again.
  await expect(page.locator('svg.map-image')).toHaveCount(0);

  const pngFile = await fetchFile('PNG image (2x)');
  expect(pngFile.name).toBe('pak-aze-map_2023-2026.png');
  expect(pngFile.body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(pngFile.body.readUInt32BE(16)).toBe(2 * svg.width);
  expect(pngFile.body.readUInt32BE(20)).toBe(2 * svg.height);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${SHOTS}/map-export.png`, pngFile.body);
  expect(watch.errors).toEqual([]);
});

test('a map the reader moved is downloaded as they see it: zoomed on Pakistan, the image leaves Baku out as the map does', async ({
  page,
}) => {
  await page.goto('./?from=2015&to=2024&map=28.95,75.2,5.25');
  await mapDrawn(page);
  await openDownloads(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    map(page).getByRole('button', { name: 'SVG image', exact: true }).click(),
  ]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const places = await page.evaluate(
    (text) => {
      const root = new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('svg.map-image');
      const [width = NaN, height = NaN] = ['width', 'height'].map((a) => Number(root?.getAttribute(a)));
      return Object.fromEntries(
        [...(root?.querySelectorAll('g.map-airport[data-row-id]') ?? [])].map((g) => {
          const [x = NaN, y = NaN] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '') ?? [])
            .slice(1)
            .map(Number);
          return [g.getAttribute('data-row-id'), x >= 0 && x <= width && y >= 0 && y <= height ? 'in' : 'out'];
        }),
      );
    },
    readFileSync(path, 'utf8'),
  );
  expect(places).toEqual({ GYD: 'out', LHE: 'in', ISB: 'in', KHI: 'in' });
  // As on the page: Baku's marker is outside the map's box, Lahore's inside.
  const box = await map(page).locator('.map-box').first().boundingBox();
  const onScreen = async (code: string) => {
    const marker = await map(page)
      .getByRole('button', { name: new RegExp(`\\(${code}\\)`) })
      .first()
      .boundingBox();
    const [x, y] = [(marker?.x ?? NaN) + (marker?.width ?? 0) / 2, (marker?.y ?? NaN) + (marker?.height ?? 0) / 2];
    return box && x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height ? 'in' : 'out';
  };
  expect([await onScreen('GYD'), await onScreen('LHE')]).toEqual(['out', 'in']);
});

test('a download that cannot be made (the map as an image, its rows) is said in the panel; the map and its menu still work', async ({
  page,
}) => {
  // The code that draws the image is fetched on demand: here the connection has gone by then.
  await page.route('**/assets/mapImage-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('./?from=2023&to=2026');
  await mapDrawn(page);
  await openDownloads(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await map(page).getByRole('button', { name: 'SVG image', exact: true }).click();
  await expect(map(page).getByRole('status').first()).toHaveText(/^The map could not be made into an SVG image: .+\.$/);
  expect(downloads).toBe(0);
  // Nothing else was lost: every arc is still drawn, and the menu opens again.
  await expect(map(page).locator('path.map-arc[data-row-id]')).toHaveCount(inWindow(2023, 2026).length);
  await openDownloads(page);
  await expect(map(page).getByRole('button', { name: 'PNG image (2x)', exact: true })).toBeVisible();
  // The rows' download, whose code is fetched on demand too, says so the same way.
  await page.route('**/assets/viewDownload-*.js', (route) => route.abort('internetdisconnected'));
  await map(page)
    .getByRole('button', { name: /^CSV of what is shown/ })
    .click();
  await expect(map(page).getByRole('status').first()).toHaveText(/^The rows could not be downloaded: .+\.$/);
  expect(downloads).toBe(0);
});

/** Holds back each request for Leaflet's map (its chunk): a function per request lets it go. */
async function holdLeaflet(page: Page): Promise<(() => Promise<void>)[]> {
  const held: (() => Promise<void>)[] = [];
  await page.route('**/InteractiveMap-*.js', (route) => {
    held.push(() => route.continue());
  });
  return held;
}

/** Where each mark of the map is in the map's box, by its row (airports, handles, arcs; the country
 *  names by name), rounded to a pixel: relative to the box, as the page around it may move while
 *  panels above are skipped. */
const markPlaces = (page: Page) =>
  map(page)
    .locator('.airport-marker[data-row-id], .arc-handle[data-row-id], path.map-arc[data-row-id], .country-label')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => {
          const box = e.closest('.map-box')?.getBoundingClientRect() ?? { x: NaN, y: NaN };
          const r = e.getBoundingClientRect();
          const kind = e.classList[0] ?? '';
          const place = [r.x - box.x, r.y - box.y, r.width, r.height].map(Math.round).join(',');
          return [`${kind} ${e.getAttribute('data-row-id') ?? e.textContent}`, place];
        }),
      ),
    );

for (const width of [1280, 400]) {
  test(`the map is drawn at once without Leaflet, then Leaflet's map puts every mark in the same place (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // Leaflet's chunk is held until the still map has been read.
    const held = await holdLeaflet(page);
    await page.goto('./?from=1991&to=2026#map');
    // Leaflet's map is fetched once the still map is near the viewport.
    await reachMap(page, () => held.length > 0);
    const still = map(page).getByTestId('static-map');
    await expect(still.locator('.airport-marker')).toHaveCount(airports.size);
    await expect(still.locator('.country-label')).toHaveCount(2);
    const shown = inWindow(1991, 2026);
    await expect(still.getByRole('img')).toHaveAttribute(
      'aria-label',
      new RegExp(`^Map of air links between Azerbaijan and Pakistan: ${shown.length} route services: `),
    );
    // Every mark names its row, as on Leaflet's map; none of them is on the Tab order.
    expect(
      (await still.locator('.arc-handle').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')))).sort(),
    ).toEqual(shown.map((r) => r.id).sort());
    expect(await still.locator('button, [tabindex]:not([tabindex="-1"])').count()).toBe(0);
    const before = await markPlaces(page);
    // Each airport, each service's handle and arc, and the two countries' names.
    expect(Object.keys(before)).toHaveLength(airports.size + 2 * shown.length + 2);
    expect(held).toHaveLength(1);
    await held[0]?.();
    await mapDrawn(page);
    await expect(still).toHaveCount(0);
    expect(await markPlaces(page)).toEqual(before);
  });
}

test('if Leaflet cannot be loaded, the still map stays and says so; the table and the downloads still work', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL ?? '');
  let refused = 0;
  await page.route('**/InteractiveMap-*.js', (route) => {
    refused += 1;
    return route.abort();
  });
  await page.goto('./#map');
  await reachMap(page, async () => (await map(page).getByRole('alert').count()) > 0);
  await expect(map(page).getByRole('alert')).toHaveText(
    'The interactive map could not be loaded: this is a still picture of it, with no panning or zooming. Its airports and routes can still be selected; the routes table and the downloads still work.',
  );
  const still = map(page).getByTestId('static-map');
  await expect(still.locator('.airport-marker')).toHaveCount(airports.size);
  await expect(still.locator('path.map-arc').first()).toBeAttached();
  // Its airports and routes' circles are buttons now, named as on Leaflet's map, and the map says how
  // to select them.
  await expect(map(page).getByText(/^Select an airport or the circle/)).toBeVisible();
  const lahore = still.getByRole('button', { name: /^Lahore \(LHE\), .+: \d+ route services? in the window$/ });
  const handle = still.getByRole('button', { name: /^Baku to Lahore, Azerbaijan Airlines, 2 flights a week/ });
  await expect(handle).toHaveAttribute('data-row-id', 'j2-gyd-lhe');
  expect(await axeViolations(page)).toEqual([]);
  // A click selects: the airport's card, and the marker drawn as selected.
  await lahore.click();
  await expect(page).toHaveURL(/airport=LHE/);
  const card = page.getByTestId('map-card');
  await expect(card.getByRole('heading')).toHaveText(/^Lahore \(LHE\): /);
  await expect(lahore).toHaveAttribute('aria-pressed', 'true');
  // Closed from the keyboard, the card gives focus back to the marker it was about.
  await card.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect(lahore).toBeFocused();
  // The keyboard alone: Enter on a route's circle selects it and takes focus to its card; Escape
  // clears it, and focus goes back to the circle.
  await handle.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading')).toHaveText('Baku to Lahore: Azerbaijan Airlines (AZAL)');
  await expect(card.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(handle).toBeFocused();
  // The rows' download works without Leaflet.
  await openDownloads(page);
  const download = page.waitForEvent('download');
  await map(page)
    .getByRole('button', { name: /^CSV of what is shown/ })
    .click();
  expect((await download).suggestedFilename()).toBe('pak-aze-map_1991-2026.zip');
  // Asked for again, and refused again: said again, focus kept on the button, and nothing is lost.
  const again = map(page).getByRole('button', { name: 'Load the interactive map again' });
  expect(refused).toBe(1);
  await again.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => refused).toBe(2);
  await expect(again).toBeFocused();
  await expect(map(page).getByRole('alert')).toHaveCount(1);
  await expect(still.locator('.airport-marker')).toHaveCount(airports.size);
  // Once the file can be fetched, Leaflet's map takes the still map's place, and focus with it.
  await page.unroute('**/InteractiveMap-*.js');
  await page.keyboard.press('Enter');
  await mapDrawn(page);
  await expect(still).toHaveCount(0);
  await expect(map(page).getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.leaflet-container')).toBeFocused();
  await map(page).getByRole('button', { name: 'Routes table' }).click();
  await expect(map(page).getByRole('table')).toBeVisible();
  // Only the refused chunk failed (twice): the page reports no other error.
  expect(watch.errors.filter((e) => e.startsWith('Failed to load resource'))).toHaveLength(2);
  expect(
    watch.errors.filter((e) => !/^Failed to load resource|InteractiveMap|dynamically imported module/.test(e)),
  ).toEqual([]);
});

test("a route's circle clicked on the still map, before Leaflet's map has come, is selected on Leaflet's map", async ({
  page,
}) => {
  const held = await holdLeaflet(page);
  await page.goto('./?from=1991&to=2026#map');
  await reachMap(page, () => held.length > 0);
  const still = map(page).getByTestId('static-map');
  await still.locator('.arc-handle[data-row-id="j2-gyd-lhe"]').click();
  await expect(page).toHaveURL(/service=j2-gyd-lhe/);
  const card = page.getByTestId('map-card');
  await expect(card.getByRole('heading')).toHaveText('Baku to Lahore: Azerbaijan Airlines (AZAL)');
  await expect(still.locator('.arc-handle[data-row-id="j2-gyd-lhe"]')).toHaveAttribute('aria-pressed', 'true');
  // Closed from the keyboard, the card gives focus to the picture: nothing on it is a button yet.
  await card.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect(still.getByRole('img')).toBeFocused();
  await still.locator('.arc-handle[data-row-id="j2-gyd-lhe"]').click();
  await expect(card).toBeVisible();
  // A click away from the airports and circles clears it, as on Leaflet's map; the credit's line does not.
  await still.locator('.static-credit').click({ position: { x: 2, y: 2 } });
  await expect(card).toBeVisible();
  await still.click({ position: { x: 5, y: 5 } });
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/service=/);
  await still.locator('.arc-handle[data-row-id="j2-gyd-lhe"]').click();
  await expect(card).toBeVisible();
  await held[0]?.();
  await mapDrawn(page);
  await expect(handles(page).and(page.locator('[data-row-id="j2-gyd-lhe"]'))).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByRole('heading')).toHaveText('Baku to Lahore: Azerbaijan Airlines (AZAL)');
});

test("the dashboard fetches Leaflet's map only once the reader comes near the map", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/InteractiveMap-/.test(r.url())) fetched.push(r.url());
  });
  await page.goto('./');
  // The still map is drawn far down the page, and the browser has been idle for a while.
  await expect(map(page).getByTestId('static-map').locator('.airport-marker')).toHaveCount(airports.size);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2500)));
  expect(fetched).toEqual([]);
  await mapDrawn(page);
  expect(fetched).toHaveLength(1);
});

test("focus in the still map (its credit's link) moves to Leaflet's map when it takes the still map's place", async ({
  page,
}) => {
  const held = await holdLeaflet(page);
  await page.goto('./embed.html?panel=map');
  // The embedded map is in view: Leaflet's map is asked for once the browser is idle.
  await expect.poll(() => held.length).toBe(1);
  const credit = page.getByTestId('static-map').getByRole('link', { name: 'Natural Earth' });
  await credit.focus();
  await expect(credit).toBeFocused();
  await held[0]?.();
  await expect(page.locator('.leaflet-container')).toBeFocused();
});

test('a basemap file naming a country twice still draws every outline, on the still map and on Leaflet’s', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL ?? '');
  const file = JSON.parse(readFileSync('public/basemap/region.geojson', 'utf8')) as {
    features: { properties: { name: string } }[];
  };
  const [first, second] = file.features;
  if (first && second) second.properties.name = first.properties.name;
  await page.route('**/basemap/region.geojson', (route) => route.fulfill({ json: file }));
  const held = await holdLeaflet(page);
  await page.goto('./embed.html?panel=map');
  const still = page.getByTestId('static-map');
  await expect(still.locator('path.basemap-country')).toHaveCount(file.features.length);
  await expect.poll(() => held.length).toBe(1);
  await held[0]?.();
  await expect(page.locator('.leaflet-container path.basemap-country')).toHaveCount(file.features.length);
  expect(watch.errors).toEqual([]);
});
