import { expect } from '@playwright/test';
import { countDialogs, shippedRows, shippedText, watchPage, test } from './helpers';

const SHOTS = 'reports/screenshots';

test('selecting an event by keyboard alone draws its rule on trade, tourism and flights, and puts it in the URL', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('./');
  const firstEvent = page.locator('[data-panel="events"] .event[tabindex="0"]');
  await expect(firstEvent).toBeVisible();
  // Tab from the search box to the events chart's one Tab stop (past the Table toggle).
  await page.getByLabel('Search events').focus();
  let onEvent = false;
  for (let i = 0; i < 6 && !onEvent; i++) {
    await page.keyboard.press('Tab');
    onEvent = await page.evaluate(() => document.activeElement?.classList.contains('event') ?? false);
  }
  expect(onEvent).toBe(true);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  const title = shippedRows('events.csv').get(id ?? '')?.title ?? 'missing';
  await expect(page.locator('[data-panel="events"] article h3')).toHaveText(title);
  // The card, below the lanes, takes focus (and so comes into view), as the map's cards do: focus is
  // not left on a mark scrolled off screen.
  await expect(page.locator('[data-panel="events"] article h3')).toBeFocused();
  await expect(page.locator('[data-panel="events"] article h3')).toBeInViewport();
  for (const panel of ['trade', 'tourism', 'flights']) {
    await expect(page.locator(`[data-panel="${panel}"] .event-rule`), panel).toHaveCount(1);
  }
  await expect(page.locator('[data-panel="trade"] .event-rule')).toHaveAttribute(
    'data-rule-label',
    new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
  await expect(page.locator('.event-rule')).toHaveCount(0);
  // Escape closed the card and gave focus back to the event's mark.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-row-id'))).toBe(id);
  expect(watch.errors).toEqual([]);
});

test('a search narrows the event marks and lives in the URL; categories too', async ({ page }) => {
  await page.goto('./');
  const marks = page.locator('[data-panel="events"] .event');
  await expect(marks.first()).toBeVisible();
  const all = [...shippedRows('events.csv').values()];
  await expect(marks).toHaveCount(all.length);
  await page.getByLabel('Search events').fill('JF-17');
  const expected = all.filter((r) => `${r.title} ${r.description}`.toLowerCase().includes('jf-17')).length;
  expect(expected).toBeGreaterThan(0);
  await expect(marks).toHaveCount(expected);
  await expect(page).toHaveURL(/q=JF-17/);
  await page.getByLabel('Search events').fill('');
  await page.getByRole('checkbox', { name: /Diplomatic/ }).uncheck();
  await expect(marks).toHaveCount(all.filter((r) => r.category !== 'diplomatic').length);
  await expect(page).toHaveURL(/cats=economic/);
  await page.screenshot({ path: `${SHOTS}/events-filtered.png` });
});

test('the event card links to http(s) sources only and shows text from the data as text', async ({ page }) => {
  const rows = shippedRows('events.csv');
  const [id, row] = [...rows.entries()][0] ?? ['', {}];
  const hostile = shippedText('events.csv').replace(String(row.title), '<img src=x onerror=alert(1)>');
  const dialogs = countDialogs(page);
  await page.route('**/data/events.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: hostile }),
  );
  await page.goto(`./?event=${id}`);
  const card = page.locator('[data-panel="events"] article');
  await expect(card.locator('h3')).toHaveText('<img src=x onerror=alert(1)>');
  const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs()).toBe(0);
  await card.screenshot({ path: `${SHOTS}/event-card-hostile.png` });
});

test("a very long title from the file wraps in the event's card and is cut in its tooltip, never widening the page", async ({
  page,
}) => {
  const rows = shippedRows('events.csv');
  const [id, row] = [...rows.entries()][0] ?? ['', {}];
  const word = `Long${'W'.repeat(3000)}`;
  const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  await page.route('**/data/events.csv', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/csv',
      body: shippedText('events.csv').replace(String(row.title), `${word} ${words}`),
    }),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?event=${id}`);
  const card = page.locator('[data-panel="events"] article');
  await expect(card.locator('h3')).toContainText('word399');
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await width()).toBeLessThanOrEqual(1280);
  // Wrapped inside the card, not running past its edge (where the panel would cut it off).
  expect(await card.locator('h3').evaluate((h) => h.scrollWidth - h.clientWidth)).toBe(0);
  // Focused, its mark's tooltip shows the title's first lines: the box stays far shorter than the window.
  const mark = page.locator(`[data-panel="events"] [data-row-id="${id}"]`).first();
  await mark.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  expect((await tip.boundingBox())?.height ?? 1000).toBeLessThan(400);
  expect(await width()).toBeLessThanOrEqual(1280);
});

test("on a phone, a mark's tooltip that would run past the window's bottom is moved up into view, clear of the mark, without scrolling the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  const panel = page.locator('[data-panel="events"]');
  await panel.scrollIntoViewIfNeeded();
  const mark = panel.locator('.event[tabindex="0"]');
  await expect(mark).toBeVisible();
  const tip = panel.getByRole('tooltip');
  const bottom = async () => {
    const box = await tip.boundingBox();
    return (box?.y ?? 0) + (box?.height ?? 1000);
  };
  // The mark at the window's bottom edge, as Tab leaves a control it reaches; by pointer, then by keyboard.
  for (const show of [() => mark.hover(), () => mark.focus()]) {
    await mark.evaluate((m) => m.scrollIntoView({ block: 'end' }));
    const scrolled = await page.evaluate(() => scrollY);
    await show();
    await expect(tip).toBeVisible();
    await expect.poll(bottom).toBeLessThanOrEqual(740);
    // Beside the mark or above it, never over it; and the mark where it was.
    const [m, t] = [await mark.boundingBox(), await tip.boundingBox()];
    const apart = (a: number, aSize: number, b: number, bSize: number) => a + aSize <= b || b + bSize <= a;
    expect(
      apart(m?.x ?? 0, m?.width ?? 0, t?.x ?? 0, t?.width ?? 0) ||
        apart(m?.y ?? 0, m?.height ?? 0, t?.y ?? 0, t?.height ?? 0),
    ).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await page.mouse.move(0, 0);
    await mark.evaluate((m) => (m as HTMLElement | SVGElement).blur());
    await expect(tip).toHaveCount(0);
  }
  // With focus left on that mark, another hovered at the window's bottom does not scroll the page.
  const other = panel.locator('.event[tabindex="-1"]').last();
  await other.evaluate((m) => m.scrollIntoView({ block: 'end' }));
  await mark.evaluate((m) => (m as HTMLElement | SVGElement).focus({ preventScroll: true }));
  const before = await page.evaluate(() => scrollY);
  await other.hover();
  await expect(tip).toContainText(String(await other.getAttribute('data-row-id')));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(before);
});

test('a finger or pen touching a flight service or an event shows its tooltip; a mouse button does not, until it moves', async ({
  page,
}) => {
  await page.goto('./');
  for (const [panel, selector] of [
    ['flights', '.service'],
    ['events', '.event'],
  ] as const) {
    const chart = page.locator(`[data-panel="${panel}"]`);
    await chart.scrollIntoViewIfNeeded();
    const mark = chart.locator(selector).first();
    await expect(mark).toBeVisible();
    const tip = chart.getByRole('tooltip');
    // The pointer's own events, without the focus a real tap also gives the mark.
    await mark.dispatchEvent('pointerdown', { pointerType: 'mouse', bubbles: true });
    await page.waitForTimeout(200);
    await expect(tip).toHaveCount(0);
    await mark.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
    await expect(tip).toContainText(String(await mark.getAttribute('data-row-id')));
  }
});

test('selecting a service on the flights timeline puts it in the URL for the map to share', async ({ page }) => {
  await page.goto('./');
  const bar = page.locator('[data-panel="flights"] .service').first();
  await expect(bar).toBeVisible();
  const id = await bar.getAttribute('data-row-id');
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`service=${id}`));
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-panel="flights"]').screenshot({ path: `${SHOTS}/flights.png` });
});

test("each lane's name, written at the start of its first level, covers none of its events, from 320 px to a projector's width", async ({
  page,
}) => {
  for (const width of [320, 400, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?from=1991&to=2026#events');
    const lanes = page.locator('[data-panel="events"] .lane');
    await expect(lanes).toHaveCount(8);
    const covered = await lanes.evaluateAll((all) =>
      all.flatMap((lane) => {
        const label = lane.querySelector('.lane-label')?.getBoundingClientRect();
        if (!label) return [`${lane.getAttribute('data-category')}: no label`];
        return [...lane.querySelectorAll('.event')]
          .filter((event) => {
            const box = event.getBoundingClientRect();
            return box.left < label.right && label.left < box.right && box.top < label.bottom && label.top < box.bottom;
          })
          .map((event) => `${lane.getAttribute('data-category')}: ${event.getAttribute('data-row-id')}`);
      }),
    );
    expect(covered, `${width} px`).toEqual([]);
    // The first events of the window are drawn, under their lane's name: the Diplomatic lane's 1992 ones.
    const first = await lanes.first().evaluate((lane) => {
      const label = lane.querySelector('.lane-label')?.getBoundingClientRect();
      const events = [...lane.querySelectorAll('.event')].map((e) => e.getBoundingClientRect());
      return label ? events.filter((box) => box.left < label.right && box.top >= label.bottom).length : -1;
    });
    expect(first, `${width} px`).toBeGreaterThan(0);
  }
});
