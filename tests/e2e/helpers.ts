import { expect, test as base, type Locator, type Page, type Request } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

/**
 * Resolves once the dashboard handles input (src/main.ts marks the page `data-app="ready"`). Its
 * prerendered view is on screen, buttons and sliders included, before the app has hydrated it: a
 * click that early does nothing. Other pages (embeds, data files) resolve after two frames.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('app') || document.documentElement.dataset.app === 'ready');
  // Two frames more: the hydrated charts measure their widths and redraw at them.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Has the page's goto and reload wait for the app as well as for the load event. */
function waitingForApp(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  return Object.assign(page, {
    goto: async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await appReady(page);
      return response;
    },
    reload: async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await appReady(page);
      return response;
    },
  });
}

/** Playwright's `test`, with a `page` whose navigations wait for the app (see appReady). */
export const test = base.extend({
  page: async ({ page }, use) => {
    await use(waitingForApp(page));
  },
});

/** Collects console errors, page errors and requests to hosts other than the local server. */
export function watchPage(page: Page, baseURL: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req: Request) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}

/** Rows of a shipped CSV, by id. */
export function shippedRows(file: string): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return new Map(parsed.data.map((r) => [r.id ?? '', r]));
}

export function shippedText(file: string): string {
  return readFileSync(`data/${file}`, 'utf8');
}

/** The shipped trade.csv with one bad cell: the first record's value_usd (line 2) reads 'n/a'. */
export function tradeWithBadValue(): string {
  const lines = shippedText('trade.csv').split('\n');
  const valueIndex = (lines[0] ?? '').split(',').indexOf('value_usd');
  const first = (lines[1] ?? '').split(',');
  first[valueIndex] = 'n/a';
  lines[1] = first.join(',');
  return lines.join('\n');
}

/** Holds back the answer to requests matching `url` until the returned function is called. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Counts the dialogs (alert, confirm) the page opens, dismissing each: text from data must open none. */
export function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  return () => dialogs;
}

/**
 * Scrolls to the map as a reader does, until `reached` holds (by default, until Leaflet's map is on
 * the page). Leaflet's map is fetched once the still map is near the viewport, and the panels above,
 * still being drawn, can push the map away again after one scroll.
 */
export async function reachMap(
  page: Page,
  reached: () => Promise<boolean> | boolean = async () =>
    (await page.locator('[data-panel="map"] .leaflet-container').count()) > 0,
): Promise<void> {
  await expect(async () => {
    await page.locator('[data-panel="map"]').scrollIntoViewIfNeeded();
    expect(await reached()).toBe(true);
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
}

/**
 * Pairs of boxes on a map panel that overlap: the route handles with each other, and with the airports'
 * dots and labels; with `names`, also with the countries' names written on the map.
 */
export async function coveredHandles(panel: Locator, { names = false } = {}): Promise<string[]> {
  return panel.evaluate((root, names) => {
    const box = (el: Element) => el.getBoundingClientRect();
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const handles = [...root.querySelectorAll('button.arc-handle')];
    const airports = [...root.querySelectorAll(`.airport-dot, .airport-label${names ? ', .country-label' : ''}`)];
    const name = (el: Element) => el.getAttribute('data-row-id') ?? el.textContent ?? '';
    const found: string[] = [];
    handles.forEach((h, i) => {
      for (const other of [...handles.slice(i + 1), ...airports]) {
        if (meets(box(h), box(other))) found.push(`${name(h)} covers ${name(other)}`);
      }
    });
    return found;
  }, names);
}

/** Where the route handles (`handles`, the circles on a map's arcs) are on screen, as one string. */
export const handlePlaces = (handles: Locator) =>
  handles.evaluateAll((els) =>
    els.map((e) => `${Math.round(e.getBoundingClientRect().x)},${Math.round(e.getBoundingClientRect().y)}`).join(' '),
  );

/**
 * What `read` gives once two reads `gapMs` apart agree: a value the page searches for over a few
 * frames (a slide's zoom, and so where its marks are).
 */
export async function steady<T>(read: () => Promise<T>, gapMs = 300): Promise<T> {
  let value: T | undefined;
  await expect
    .poll(async () => {
      const before = JSON.stringify(await read());
      await new Promise((done) => setTimeout(done, gapMs));
      value = await read();
      return before === JSON.stringify(value);
    })
    .toBe(true);
  return value as T;
}
