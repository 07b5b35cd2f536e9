import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

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
  test(`axe-core finds no violations in the ${theme} theme`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    await expect(page.locator('[data-panel="trade"] .mark').first()).toBeVisible();
    await page.locator('#data-issues').evaluate((el) => el.setAttribute('open', ''));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `reports/screenshots/dashboard-${theme}-viewport.png` });
  });
}

test('the page works by keyboard: the skip link and the window controls take focus', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the charts' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Theme')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('From year')).toBeFocused();
});
