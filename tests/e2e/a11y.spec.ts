import { expect, type Page } from '@playwright/test';
import { appReady, test } from './helpers';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

// axe over the whole page (map included) takes seconds on a 2-core machine shared with other tests.
test.describe.configure({ timeout: 60_000 });

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`axe-core finds no violations at ${width} px in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?theme=${theme}`);
      await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
      await page.locator('#data-issues').evaluate((el) => el.setAttribute('open', ''));
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `reports/screenshots/dashboard-${theme}-${width}.png` });
    });
  }
}

test('axe-core finds no violations with the tables shown, an event selected and the mirror view', async ({ page }) => {
  await page.goto('./?table=trade.tourism.flights.events&from=2010&to=2020&event=ev-2017-01-asan-e-visa-access');
  await expect(page.locator('[data-panel="trade"] table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('./?trade=mirror');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('no page-level horizontal scrolling at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the page works by keyboard: the skip link and the window controls take focus', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the charts' })).toBeFocused();
  for (const name of ['Copy link to this view', 'Download the data package (zip)']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Theme')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('slider', { name: 'Start year' })).toBeFocused();
});

test("the skip link moves focus to the charts, and the next Tab to the first panel's first control", async ({
  page,
}) => {
  await page.goto('./');
  // The panels' actions are loaded after the first chart: the first control is there before the Tab.
  await appReady(page);
  const copy = page.locator('#trade').getByRole('button', { name: /^Copy link/ });
  await expect(copy).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Focus itself moves (not only the page's scroll), so a screen reader reads on from the charts.
  await expect(page.locator('#panels')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
});
