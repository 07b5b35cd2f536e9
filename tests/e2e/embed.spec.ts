import { expect, type Page } from '@playwright/test';
import { coveredHandles, handlePlaces, shippedRows, steady, tradeWithBadValue, test } from './helpers';
import { encodeDeck } from '../../src/lib/state/deckCodec';

const SHOTS = 'reports/screenshots';

/** A host page on the test server's origin holding one embed and (unless `script` is false) the resize script. */
async function hostPage(page: Page, embedQuery: string, height = 200, script = true): Promise<void> {
  const html = `<!doctype html><html><body style="margin:0">
    <h1>Host article</h1>
    <iframe id="embed" src="/embed.html?${embedQuery}" title="Trade" loading="lazy" width="100%" height="${height}" style="border:0;width:100%"></iframe>
    <iframe id="other" srcdoc="<p>another frame</p>" height="100"></iframe>
    ${script ? '<script src="/embed-resize.js"></script>' : ''}
  </body></html>`;
  await page.route('**/__host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.goto('./__host.html');
}

test('the embed sizes its iframe to its content, and again when the content grows', async ({ page }) => {
  await hostPage(page, 'panel=events&v=1&from=2010&to=2020');
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('svg[role="group"] .event').first()).toBeVisible();
  const iframe = page.locator('#embed');
  const contentHeight = () =>
    page
      .frames()
      .find((f) => f.url().includes('embed.html'))
      ?.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0)) ?? 0;
  await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(await contentHeight());
  const before = await contentHeight();
  // Selecting an event opens its card below the chart: the content grows.
  await frame.locator('svg[role="group"] .event').first().click();
  await expect(frame.getByRole('article')).toBeVisible();
  await expect.poll(contentHeight).toBeGreaterThan(before);
  await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(await contentHeight());
});

for (const width of [1280, 320]) {
  test(`a tooltip near an embed's bottom stays inside its frame, which clips anything past it (${width} px)`, async ({
    page,
  }) => {
    // At 320 px the box goes above or below its mark (no room beside it): above, it would pass the frame's top.
    await page.setViewportSize({ width, height: 900 });
    await hostPage(page, 'panel=flights&v=1&from=1991&to=2026');
    const frame = page.frameLocator('#embed');
    const last = frame.locator('.service').last();
    await expect(last).toBeVisible();
    // The frame fits its content first, then the last service's tooltip is pinned (its box is tallest so).
    const embed = page.frames().find((f) => f.url().includes('embed.html'));
    await expect
      .poll(async () => Math.round((await page.locator('#embed').boundingBox())?.height ?? 0))
      .toBe(
        await embed?.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0)),
      );
    await last.click();
    const tooltip = frame.locator('.tooltip.pinned');
    await expect(tooltip).toBeVisible();
    const inside = () =>
      tooltip.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await expect.poll(inside).toBe(true);
    // Its close button, the box's last line, can be seen and pressed.
    await frame.getByRole('button', { name: 'Close' }).click();
    await expect(tooltip).toHaveCount(0);
  });
}

test('a resize script the host loads after the embed has drawn still sizes it: it asks the frame', async ({ page }) => {
  await hostPage(page, 'panel=trade&v=1&from=2010&to=2020', 200, false);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByText('Open the full, sourced view')).toBeAttached();
  const embed = page.frames().find((f) => f.url().includes('embed.html'));
  const contentHeight = async () =>
    (await embed?.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0))) ?? 0;
  // The embed has sent its height to no one: the frame keeps the host's 200 px.
  await page.waitForTimeout(500);
  expect(Math.round((await page.locator('#embed').boundingBox())?.height ?? 0)).toBe(200);
  // Loaded late (after a consent banner, say), the script asks, and the frame fits.
  await page.addScriptTag({ url: '/embed-resize.js' });
  await expect
    .poll(async () => Math.round((await page.locator('#embed').boundingBox())?.height ?? 0))
    .toBe(await contentHeight());
  expect(await contentHeight()).toBeGreaterThan(400);
});

test('the iframe shrinks with its content: below the height the host gave it, and back after growing', async ({
  page,
}) => {
  await hostPage(page, 'panel=events&v=1&from=2010&to=2020', 1500);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('svg[role="group"] .event').first()).toBeVisible();
  const iframe = page.locator('#embed');
  const height = async () => Math.round((await iframe.boundingBox())?.height ?? 0);
  await expect.poll(height).toBeLessThan(1500);
  const settled = await height();
  const pageHeight = await page
    .frames()
    .find((f) => f.url().includes('embed.html'))
    ?.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0));
  expect(settled).toBe(pageHeight);
  // The reader opens an event's card (taller), then closes it (Escape): the frame follows both ways.
  await frame.locator('svg[role="group"] .event').first().click();
  await expect(frame.getByRole('article')).toBeVisible();
  await expect.poll(height).toBeGreaterThan(settled);
  await page.keyboard.press('Escape');
  await expect(frame.getByRole('article')).toHaveCount(0);
  await expect.poll(height).toBe(settled);
  // A narrower host wraps the text (taller), a wider one again gives the height it had.
  await page.setViewportSize({ width: 420, height: 800 });
  await expect.poll(height).toBeGreaterThan(settled);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(height).toBe(settled);
});

test('a message from another window, or of another shape, resizes nothing', async ({ page }) => {
  await hostPage(page, 'panel=tourism&v=1&from=2014&to=2025');
  await expect(page.frameLocator('#embed').locator('svg[role="group"] .mark').first()).toBeVisible();
  const iframe = page.locator('#embed');
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(250);
  const settled = (await iframe.boundingBox())?.height;
  await page.evaluate(() => {
    window.postMessage({ type: 'pak-aze-embed:height', height: 40 }, '*');
    const other = document.getElementById('other') as HTMLIFrameElement;
    other.contentWindow?.parent.postMessage({ type: 'pak-aze-embed:height', height: 41 }, '*');
  });
  const embedFrame = page.frames().find((f) => f.url().includes('embed.html'));
  await embedFrame?.evaluate(() => {
    window.parent.postMessage({ type: 'something-else', height: 42 }, '*');
    window.parent.postMessage({ type: 'pak-aze-embed:height', height: '43' }, '*');
    window.parent.postMessage({ type: 'pak-aze-embed:height', height: 1e9 }, '*');
  });
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())?.height).toBe(settled);
});

test('the embed page for a chart loads no Leaflet and only the files it shows', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('./embed.html?panel=trade&v=1&from=2010&to=2020&trade=mirror&theme=dark');
  await expect(page.locator('svg[role="group"]')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Its own parameter (panel) and the view's are read without a notice.
  await expect(page.locator('p.notice')).toHaveCount(0);
  expect(requested.filter((u) => /leaflet|MapPanel|basemap/i.test(u))).toEqual([]);
  expect(
    requested
      .filter((u) => /\/data\/.*\.csv$/.test(u))
      .map((u) => u.replace(/.*\/data\//, ''))
      .sort(),
  ).toEqual(['events.csv', 'trade.csv']);
  expect(requested.every((u) => u.startsWith(new URL(baseURL ?? '').origin) || u.startsWith('data:'))).toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: 'Open the full, sourced view' })).toHaveAttribute(
    'href',
    /\/\?v=1&from=2010&to=2020&trade=mirror&theme=dark#trade$/,
  );
  await page.screenshot({ path: `${SHOTS}/embed-320-dark.png`, fullPage: true });
});

test('the Embed action gives a ready-to-paste, lazy, titled iframe for the current view', async ({ page }) => {
  await page.goto('./?from=2013&to=2016&trade=mirror');
  await page.locator('[data-panel="trade"]').getByRole('button', { name: 'Embed' }).click();
  const code = await page
    .locator('[data-panel="trade"]')
    .getByLabel(/Embed code/)
    .inputValue();
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?panel=trade&amp;v=1&amp;from=2013&amp;to=2016&amp;trade=mirror"/,
  );
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('title="Trade: Pakistan–Azerbaijan, 2013–2016"');
  expect(code).toContain('width="100%"');
  // Until the script sizes it (or for good, where a host strips scripts), the frame is as tall as the
  // panel on the page as the box opened (its own height, not its grid row's), rounded up to 10 px.
  const framed = Number(/ height="(\d+)"/.exec(code)?.[1]);
  const trade = page.locator('[data-panel="trade"]');
  await trade.getByRole('button', { name: 'Embed', exact: true }).click();
  const panelHeight = await trade.evaluate((el) => {
    (el as HTMLElement).style.alignSelf = 'start';
    return el.getBoundingClientRect().height;
  });
  expect(framed).toBe(Math.ceil(panelHeight / 10) * 10);
  // The tourism panel, in the grid row of the taller trade one, gives its own height, not the row's.
  const tourism = page.locator('[data-panel="tourism"]');
  await tourism.getByRole('button', { name: 'Embed', exact: true }).click();
  const tourismCode = await tourism.getByLabel(/Embed code/).inputValue();
  expect(Number(/ height="(\d+)"/.exec(tourismCode)?.[1])).toBeLessThan(framed - 100);
  expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js" async><\/script>$/);
});

test('a deck of three views is built, shared by link, opened and stepped through by keyboard', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?from=2013&to=2016&trade=mirror');
  const add = async (panel: string, note: string) => {
    const section = page.locator(`[data-panel="${panel}"]`);
    await section.getByRole('button', { name: 'Add to deck' }).click();
    await section.getByLabel('Speaker note (optional)').fill(note);
    await section.getByRole('button', { name: 'Add this view as a slide' }).click();
    await expect(section.getByRole('button', { name: 'Add to deck' })).toBeFocused(); // not lost with the form
  };
  // Escape closes the form without adding, and focus goes back to its button.
  const trade = page.locator('[data-panel="trade"]');
  await trade.getByRole('button', { name: 'Add to deck' }).click();
  await trade.getByLabel('Speaker note (optional)').press('Escape');
  await expect(trade.getByLabel('Speaker note (optional)')).toHaveCount(0);
  await expect(trade.getByRole('button', { name: 'Add to deck' })).toBeFocused();
  // Escape on the button itself closes the form it opened too, as on Cite and Embed.
  await trade.getByRole('button', { name: 'Add to deck' }).click();
  await expect(trade.getByLabel('Speaker note (optional)')).toHaveCount(1);
  await trade.getByRole('button', { name: 'Add to deck' }).press('Escape');
  await expect(trade.getByLabel('Speaker note (optional)')).toHaveCount(0);
  await expect(trade.getByRole('button', { name: 'Add to deck' })).toBeFocused();
  await add('trade', 'The 2013–2016 gap');
  await add('tourism', 'Arrivals grew after 2017');
  await add('events', '');
  await expect(page.getByText('Deck: 3 slides')).toBeVisible();
  const added = page.locator('[data-panel="events"] .status');
  await expect(added).toHaveText('Added to the deck as slide 3.');
  await page.getByRole('button', { name: 'Move slide 3 up' }).click();
  // It is slide 2 now: what was said of the deck before the move is taken away, not left untrue.
  await expect(added).toHaveText('');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/deck=[A-Za-z0-9_-]+/);

  const other = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await other.goto(link);
  await expect(other.getByText('Deck: 3 slides')).toBeVisible();
  await other.getByRole('button', { name: 'Present (3)' }).click();
  const dialog = other.getByRole('dialog');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 1 of 3');
  await expect(other).toHaveURL(/slide=1/);
  await expect(dialog.locator('svg[role="group"]')).toHaveCount(2); // the mirror view's two charts
  // Drawn larger than on the page, yet the charts and their legend fit the screen.
  await expect
    .poll(() =>
      dialog
        .locator('.legend')
        .last()
        .evaluate((el) => el.getBoundingClientRect().bottom),
    )
    .toBeLessThanOrEqual(1080);
  const fontSize = await dialog.locator('.counter').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  // The slide is drawn zoomed: pointing at a mark still shows that mark's tooltip, not a neighbour's or none.
  for (const index of [0, 3]) {
    const mark = dialog.locator('svg[role="group"] .mark').nth(index);
    const id = (await mark.getAttribute('data-row-id')) ?? 'none';
    const box = await mark.locator('circle, path').first().boundingBox();
    await other.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await expect(dialog.getByRole('tooltip')).toContainText(id);
  }
  await other.mouse.move(1, 1);
  await other.keyboard.press('n');
  await expect(dialog.getByLabel('Speaker note')).toHaveText('The 2013–2016 gap');
  await other.screenshot({ path: `${SHOTS}/slide-1920.png` });
  await other.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  await expect(dialog.locator('h2')).toContainText('Events panel'); // moved up before tourism
  await other.keyboard.press('End');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 3 of 3');
  await expect(other).toHaveURL(/slide=3/);
  await other.keyboard.press('PageUp');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  await other.keyboard.press('Home');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 1 of 3');
  await other.keyboard.press(' ');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  // Keys typed into a control on a slide stay there: a space in the search does not turn the slide.
  await other.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 3 of 3');
  await other.keyboard.press('ArrowLeft');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  await dialog.getByLabel('Search events').fill('');
  await dialog.getByLabel('Search events').pressSequentially('new baku');
  await expect(dialog.getByLabel('Search events')).toHaveValue('new baku');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  await dialog.getByLabel('Search events').fill('');
  // Escape that clears a selection inside the slide does only that; the next one leaves.
  await dialog.locator('.event[data-row-id]').first().focus();
  await other.keyboard.press('Enter');
  await expect(dialog.locator('.event.selected')).toHaveCount(1);
  await other.keyboard.press('Escape');
  await expect(dialog.locator('.event.selected')).toHaveCount(0);
  await expect(dialog).toHaveCount(1);
  await other.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(other).not.toHaveURL(/slide=/);
  await expect(other.getByRole('button', { name: 'Present (3)' })).toBeFocused(); // focus back where it was
  await other.close();
});

test('a deck link with a slide it cannot read keeps the others, names that one, and keeps the link as it came', async ({
  page,
}) => {
  const entries = [
    ['trade', 'v=1&from=2013&to=2016', 'first'],
    ['pie', 'v=1'],
    ['events', 'v=1&from=1991&to=2026', 'third'],
  ];
  const opened = `?deck=${Buffer.from(JSON.stringify(entries)).toString('base64url')}`;
  await page.goto(`./${opened}`);
  await expect(page.getByRole('status').filter({ hasText: 'Left out of the deck' })).toHaveText(
    /Left out of the deck, the address still holding it: slide 2 \(no panel is called "pie"\)\./,
  );
  await expect(page.getByText('Deck: 2 slides')).toBeVisible();
  await expect(page.getByLabel('Note for slide 2')).toHaveValue('third');
  // The address is not tidied: a reload, or the link copied from it, still has the slide left out.
  await page.waitForTimeout(300);
  expect(new URL(page.url()).search).toBe(opened);
});

test('a full deck takes no more slides: the form says so and keeps its note', async ({ page }) => {
  const full = encodeDeck(
    Array.from({ length: 40 }, (_, i) => ({ panel: 'trade', query: `v=1&from=${1991 + (i % 30)}`, note: '' })),
  );
  await page.goto(`./?deck=${full}`);
  await expect(page.getByText('Deck: 40 slides')).toBeVisible();
  const trade = page.locator('[data-panel="trade"]');
  await trade.getByRole('button', { name: 'Add to deck' }).click();
  await trade.getByLabel('Speaker note (optional)').fill('one more');
  await trade.getByRole('button', { name: 'Add this view as a slide' }).click();
  await expect(trade.getByRole('status')).toHaveText(
    'Not added: the deck is full (40 slides). Remove a slide to add this one.',
  );
  await expect(trade.getByLabel('Speaker note (optional)')).toHaveValue('one more');
  await expect(page.getByText('Deck: 40 slides')).toBeVisible();
});

test('an embed names a link parameter it does not have', async ({ page }) => {
  await page.goto('./embed.html?panel=tourism&from=2015&zzz=1&utm_source=news');
  await expect(page.locator('p.notice[role="status"]')).toHaveText('Not used: zzz.');
  await expect(page.locator('[data-row-id]').first()).toBeVisible();
});

test('an embed names the panel it does not know, a selection not in the data, and the deck it does not use', async ({
  page,
}) => {
  await page.goto('./embed.html?panel=trdae&from=2015');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing to show');
  await expect(page.locator('main')).toContainText(
    "This embed link's panel=trdae is not a panel: it should be one of trade, tourism, flights, events or map.",
  );
  await page.goto('./embed.html?panel=trade&from=2015&event=ev-does-not-exist&deck=abc&slide=1');
  await expect(page.locator('p.notice[role="status"]')).toHaveText(
    'Not used: deck, slide. Not found in the data: event=ev-does-not-exist.',
  );
  await expect(page.locator('svg .mark').first()).toBeVisible();
  // Not used, so not passed on: the full view it links to does not present a deck.
  const full = new URL(
    (await page.getByRole('link', { name: 'Open the full, sourced view' }).getAttribute('href')) ?? '',
  );
  expect([full.searchParams.get('from'), full.searchParams.has('deck'), full.searchParams.has('slide')]).toEqual([
    '2015',
    false,
    false,
  ]);
});

test('an embedded panel says which rows of its file were skipped, and where, like the full page', async ({ page }) => {
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: tradeWithBadValue() }),
  );
  await page.goto('./embed.html?panel=trade');
  await expect(page.locator('svg .mark')).toHaveCount(shippedRows('trade.csv').size - 1);
  await expect(page.locator('#data-issues')).toContainText(
    "trade.csv line 2, value_usd: 'n/a' is not a whole number; record skipped",
  );
});

test('an embedded panel whose file has only its header says so, not that the window is empty', async ({ page }) => {
  await page.route('**/data/trade.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: `${tradeWithBadValue().split('\n')[0]}\n` }),
  );
  await page.goto('./embed.html?panel=trade');
  await expect(page.getByRole('status').filter({ hasText: 'trade.csv' })).toHaveText(
    'trade.csv has no rows, only its header: there is nothing to show.',
  );
  await expect(page.getByText('No trade figures fall in')).toHaveCount(0);
});

test('an embedded chart still draws when only events.csv, which adds its markers, fails', async ({ page }) => {
  await page.route('**/data/events.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./embed.html?panel=trade');
  await expect(page.locator('svg .mark')).toHaveCount(shippedRows('trade.csv').size);
  await expect(page.locator('#data-issues')).toContainText('events.csv could not be loaded (HTTP 404');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slide whose file failed says so, where its chart would read as an empty window', async ({ page }) => {
  const deck = encodeDeck([
    { panel: 'trade', query: 'v=1', note: '' },
    { panel: 'map', query: 'v=1', note: '' },
    { panel: 'flights', query: 'v=1', note: '' },
  ]);
  await page.route('**/data/trade.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.route('**/data/flights.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toHaveText(/^trade\.csv could not be loaded \(HTTP 404[^)]*\)\.$/);
  await expect(dialog.getByText('No trade figures fall in')).toHaveCount(0);
  // The map draws its airports and says why it has no routes, in place of "0 of 0 route services drawn".
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('alert')).toHaveText(
    /^flights\.csv could not be loaded \(HTTP 404[^)]*\)\. The map shows the airports but no routes\.$/,
  );
  await expect(dialog.getByText(/route services drawn/)).toHaveCount(0);
  // (Named by code alone: with no legend beside it, the slide is zoomed to 2 and its map is under 480 px wide.)
  await expect(dialog.locator('button.airport-marker[data-row-id="GYD"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('alert')).toHaveText(/^flights\.csv could not be loaded/);
  await expect(dialog.getByText('No route service is known')).toHaveCount(0);
});

test('while presenting, the page keys turn slides from a focused mark or control, whose arrows and Space stay its own', async ({
  page,
}) => {
  const deck = encodeDeck([
    { panel: 'trade', query: 'v=1&from=2015&to=2020', note: '' },
    { panel: 'tourism', query: 'v=1&from=2015&to=2020', note: '' },
    { panel: 'events', query: 'v=1&from=2015&to=2020', note: '' },
  ]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  const slide = (n: number) => expect(dialog).toHaveAttribute('aria-label', `Presentation: slide ${n} of 3`);
  const mark = dialog.locator('svg .mark').first();
  await expect(mark).toBeVisible();
  // The speaker points at a mark: it takes focus and shows its tooltip.
  await mark.click();
  const focusedRow = () => page.evaluate(() => document.activeElement?.getAttribute('data-row-id') ?? null);
  const first = await focusedRow();
  expect(first).not.toBeNull();
  // Arrows move between the marks, not the slides.
  await page.keyboard.press('ArrowRight');
  await slide(1);
  await expect.poll(focusedRow).not.toBe(first);
  // On a mark, End goes to the last mark, not the last slide.
  await page.keyboard.press('End');
  await slide(1);
  await expect.poll(focusedRow).not.toBe(first);
  // A clicker's Page Down turns the slide from the focused mark.
  await page.keyboard.press('PageDown');
  await slide(2);
  // The mark went with its slide: focus is on the presentation, not lost to the page's body.
  await expect(dialog).toBeFocused();
  // With nothing in the slide focused, End and Home go to the last and first slides.
  await page.keyboard.press('End');
  await slide(3);
  await page.keyboard.press('Home');
  await slide(1);
  // The presentation's own buttons are not the slide's: their arrows turn the slides.
  await dialog.getByRole('button', { name: 'Leave (Esc)' }).focus();
  await page.keyboard.press('ArrowRight');
  await slide(2);
  await page.keyboard.press('ArrowLeft');
  await slide(1);
  await expect(dialog).toHaveCount(1);
  // A choice in the slide (the trade chart's scale) keeps its arrows and Space; Page Down and Page Up
  // turn the slides from it.
  const linear = dialog.getByRole('radio', { name: 'Linear' });
  await linear.click();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Log' })).toBeChecked();
  await page.keyboard.press(' ');
  await slide(1);
  await page.keyboard.press('PageDown');
  await slide(2);
  await page.keyboard.press('PageUp');
  await slide(1);
  // The slide was shown again: its mark is drawn before the next step clicks it.
  await expect(dialog.locator('svg .mark').first()).toBeVisible();
  // Leaving with a mark focused and its tooltip up: no warning (Svelte's derived_inert was one).
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  // Escape in the events slide's search box clears the search; the next Escape leaves.
  await page.keyboard.press('End');
  await slide(3);
  const search = dialog.getByRole('searchbox', { name: 'Search events' });
  await search.fill('embassy');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await slide(3);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.goto(`./?deck=${deck}&slide=1`);
  await expect(dialog.locator('svg .mark').first()).toBeVisible();
  await dialog.locator('svg .mark').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(warnings).toEqual([]);
});

test('while presenting, a slide number typed and Enter go to that slide; Escape forgets the number and stays', async ({
  page,
}) => {
  const deck = encodeDeck(
    Array.from({ length: 12 }, (_, i) => ({ panel: 'tourism', query: `v=1&from=${2000 + i}`, note: '' })),
  );
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  const slide = (n: number) => expect(dialog).toHaveAttribute('aria-label', `Presentation: slide ${n} of 12`);
  await slide(1);
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(dialog.locator('.counter')).toHaveText('Go to slide 12 (Enter)');
  await slide(1);
  await page.keyboard.press('Enter');
  await slide(12);
  await expect(page).toHaveURL(/slide=12/);
  await expect(dialog.locator('.counter')).toHaveText('12 / 12');
  // Shift pressed on its own (an AZERTY keyboard's digits need it) does not forget the number typed.
  await page.keyboard.press('Shift');
  await page.keyboard.press('3');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Enter');
  await slide(3);
  // Escape forgets a number typed, and the presentation stays; the next Escape leaves.
  await page.keyboard.press('7');
  await page.keyboard.press('Escape');
  await expect(dialog.locator('.counter')).toHaveText('3 / 12');
  await page.keyboard.press('Enter');
  await slide(3);
  // Past the last slide goes to the last; another key in between forgets the number.
  await page.keyboard.press('9');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await slide(12);
  await page.keyboard.press('5');
  await page.keyboard.press('ArrowLeft');
  await slide(11);
  await page.keyboard.press('Enter');
  await slide(11);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

for (const [panel, mark] of [
  ['flights', '.service'],
  ['events', '.event'],
] as const) {
  test(`while presenting, the ${panel} slide turned to under a pointer left still shows no tooltip until the pointer moves`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const deck = encodeDeck([
      { panel: 'tourism', query: 'v=1', note: '' },
      { panel, query: 'v=1', note: '' },
    ]);
    await page.goto(`./?deck=${deck}&slide=2`);
    const dialog = page.getByRole('dialog');
    const target = dialog.locator(mark).first();
    // Where the mark is once the slide's zoom has settled (it is searched for over a few frames).
    const settled = () => steady(() => target.boundingBox());
    const box = await settled();
    if (!box) throw new Error('the mark has no box');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 1 of 2');
    // The pointer rests where that mark will be (over the tourism slide, it may point at its marks).
    await page.mouse.move(x, y);
    await page.mouse.move(x, y + 400);
    await page.mouse.move(x, y);
    await page.keyboard.press('ArrowRight');
    await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 2');
    // The mark is back under the pointer, the slide drawn and settled, and no tooltip came with it.
    expect(await settled()).toEqual(box);
    await expect(dialog.getByRole('tooltip')).toHaveCount(0);
    // Moved, the pointer shows the tooltip of the mark under it.
    await page.mouse.move(x + 1, y);
    await expect(dialog.getByRole('tooltip')).toContainText(String(await target.getAttribute('data-row-id')));
  });
}

test("while presenting, a mark's pinned tooltip near the slide's bottom is lifted beside it, whole, and the slide does not scroll", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const deck = encodeDeck([{ panel: 'tourism', query: 'v=1', note: '' }]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  const stage = dialog.locator('.stage');
  // The second mark from the left: a small figure, at the bottom of the chart, right of the chart's
  // middle in the default window (so its box goes to its left).
  await dialog.locator('.mark[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const tip = dialog.getByRole('tooltip');
  await expect(tip.getByRole('button', { name: 'Close' })).toBeVisible();
  const [tipBox, stageBox, markBox] = await Promise.all(
    [tip, stage, dialog.locator('.mark:focus')].map((l) => l.boundingBox()),
  );
  // Whole, above the stage's end (the source line under it), beside its mark rather than over it.
  expect((tipBox?.y ?? 0) + (tipBox?.height ?? 1000)).toBeLessThanOrEqual((stageBox?.y ?? 0) + (stageBox?.height ?? 0));
  expect((tipBox?.x ?? 0) + (tipBox?.width ?? 0)).toBeLessThanOrEqual(markBox?.x ?? 0);
  expect(await stage.evaluate((s) => s.scrollTop)).toBe(0);
});

test('presented on a phone, a slide taller than the screen scrolls with the Down and Up arrows', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const deck = encodeDeck([
    { panel: 'trade', query: 'v=1', note: '' },
    { panel: 'tourism', query: 'v=1', note: '' },
  ]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('svg .mark').first()).toBeVisible();
  const stage = dialog.locator('.stage');
  const [scrollHeight, clientHeight] = await stage.evaluate((s) => [s.scrollHeight, s.clientHeight]);
  expect(scrollHeight).toBeGreaterThan(clientHeight);
  const top = () => stage.evaluate((s) => s.scrollTop);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(top).toBeGreaterThan(0);
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 1 of 2');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(top).toBe(0);
  // Right still turns the slide.
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 2');
});

test("presented on a 1280×720 projector, the mirror view's two charts and their legend fit the screen, larger than on the page, and the map's legend too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const deck = encodeDeck([
    { panel: 'trade', query: 'v=1&from=2010&to=2025&trade=mirror', note: '' },
    { panel: 'map', query: 'v=1', note: '' },
  ]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('svg[role="group"]')).toHaveCount(2);
  await expect(dialog.locator('.legend')).toBeVisible();
  // The slide settles on the largest zoom at which the charts and legend fit.
  await expect
    .poll(() => dialog.locator('.legend').evaluate((el) => Math.round(el.getBoundingClientRect().bottom)))
    .toBeLessThanOrEqual(720);
  const zoom = await dialog.locator('.slide').evaluate((el) => Number(getComputedStyle(el).zoom));
  expect(zoom).toBeGreaterThan(1);
  // The slide's sources, below the fold in the slide, are credited on a line always in view.
  const credit = dialog.locator('.credit');
  await expect(credit).toHaveText(/^Sources: IMF Direction of Trade Statistics/);
  await expect(credit).toBeInViewport({ ratio: 1 });
  const tradeCredit = await credit.textContent();
  expect(tradeCredit).toBe((await dialog.locator('.source-line').textContent())?.replace(/\s+/g, ' ').trim());
  // The map's slide, whose map arrives after the slide is first measured, refits once it has.
  await page.keyboard.press('PageDown');
  await expect(dialog.locator('.map-legend')).toBeVisible();
  await expect(credit).toHaveText(/^Sources: /);
  await expect(credit).not.toHaveText(tradeCredit ?? '');
  await expect(credit).toBeInViewport({ ratio: 1 });
  await expect
    .poll(() => dialog.locator('.map-legend').evaluate((el) => Math.round(el.getBoundingClientRect().bottom)))
    .toBeLessThanOrEqual(720);
});

test("presented on a 1280×720 projector, the map's slide stands its legend beside the map and is drawn larger than on the page, every airport in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const deck = encodeDeck([{ panel: 'map', query: 'v=1', note: 'Four airports, three airlines.' }]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.leaflet-container')).toBeVisible();
  await expect(dialog.locator('.map-legend')).toBeVisible();
  const slide = dialog.locator('.slide');
  const zoom = () => slide.evaluate((el) => Number(getComputedStyle(el).zoom));
  // The zoom is searched for over a few frames: it settles where it stops changing.
  const settle = () => steady(zoom);
  // At 1.0 before the map's height followed the zoom: a map sized by the page's height never fitted at a larger one.
  expect(await settle()).toBeGreaterThanOrEqual(1.2);
  // The speaker note takes room from the stage: the slide is fitted again, at a smaller zoom, and Leaflet's
  // map, resized, is fitted to the routes again (not left at the scale it had in a larger box).
  await page.keyboard.press('n');
  await expect(dialog.getByRole('complementary', { name: 'Speaker note' })).toBeVisible();
  expect(await settle()).toBeGreaterThanOrEqual(1.1);
  const stage = await dialog.locator('.stage').boundingBox();
  const map = await dialog.locator('.map-box').boundingBox();
  const legend = await dialog.locator('.map-legend').boundingBox();
  if (!stage || !map || !legend) throw new Error('the slide, its map or its legend has no box');
  // Beside the map, not under it; both within the screen.
  expect(legend.x).toBeGreaterThanOrEqual(map.x + map.width);
  expect(legend.y).toBeLessThan(map.y + map.height);
  expect(map.y + map.height).toBeLessThanOrEqual(stage.y + stage.height + 1);
  expect(legend.y + legend.height).toBeLessThanOrEqual(stage.y + stage.height + 1);
  // The map keeps its share of the screen (70% of the stage's height) at the zoom found.
  expect(Math.abs(map.height - 0.7 * stage.height)).toBeLessThanOrEqual(3);
  // Fitted to the routes at the size it settled on: every airport is inside the map, and together they
  // span most of its height (Baku to Karachi), as the map's fit to them, padded, leaves them.
  const ys: number[] = [];
  for (const iata of ['GYD', 'KHI', 'LHE', 'ISB']) {
    const marker = await dialog.locator(`button.airport-marker[data-row-id="${iata}"]`).boundingBox();
    expect(marker, iata).not.toBeNull();
    if (!marker) continue;
    expect(marker.x, iata).toBeGreaterThanOrEqual(map.x);
    expect(marker.x + marker.width, iata).toBeLessThanOrEqual(map.x + map.width);
    expect(marker.y, iata).toBeGreaterThanOrEqual(map.y);
    expect(marker.y + marker.height, iata).toBeLessThanOrEqual(map.y + map.height);
    ys.push(marker.y + marker.height / 2);
  }
  // (0.64 here; 0.54 when Leaflet's map kept the scale it was fitted at before the note took room.)
  expect((Math.max(...ys) - Math.min(...ys)) / map.height).toBeGreaterThanOrEqual(0.6);
  // The map beside the legend is narrower than the page's: still no route's circle on another, an airport or its name.
  expect(await coveredHandles(dialog.locator('.air-map'), { names: true })).toEqual([]);
  // The note on online tiles is for the speaker, not the room: not shown, still the switch's description.
  const tiles = dialog.getByRole('switch', { name: 'Online map tiles' });
  await expect(tiles).toHaveAccessibleDescription(/^Off: the map uses outlines shipped with this page/);
  const note = await dialog.locator('#map-tiles-note').boundingBox();
  expect(note?.width ?? 0).toBeLessThanOrEqual(2); // 1 px, zoomed
});

test("on a 1024×768 or 1366×768 projector, no route's circle on the map's slide covers another, an airport, or a country's name", async ({
  page,
}) => {
  const deck = encodeDeck([{ panel: 'map', query: 'v=1', note: '' }]);
  for (const [width, height] of [
    [1024, 768],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`./?deck=${deck}&slide=1`);
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.leaflet-container .country-label')).toHaveCount(2);
    await expect(dialog.locator('button.arc-handle')).toHaveCount(8);
    const slide = dialog.locator('.slide');
    await steady(() => slide.evaluate((el) => Number(getComputedStyle(el).zoom)));
    // The circles are placed again as Leaflet's map is fitted to the slide: checked once they stay put.
    await steady(() => handlePlaces(dialog.locator('button.arc-handle')));
    // (At 1024×768 a Turkish Airlines circle touched "PAKISTAN" before the names were kept clear.)
    expect(await coveredHandles(dialog.locator('.air-map'), { names: true }), `${width}×${height}`).toEqual([]);
  }
});

test('a presentation opened from a link, not in full screen, offers it; in full screen the button goes', async ({
  page,
}) => {
  const deck = encodeDeck([{ panel: 'tourism', query: 'v=1&from=2015&to=2020', note: '' }]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  const full = dialog.getByRole('button', { name: 'Full screen' });
  await expect(full).toBeVisible();
  await full.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(full).toHaveCount(0);
  await expect(dialog).toBeVisible();
});

test('while presenting, Tab stays in the slide: no hidden page control behind it takes focus', async ({ page }) => {
  const deck = encodeDeck([
    { panel: 'trade', query: 'v=1&from=2015&to=2020', note: '' },
    { panel: 'tourism', query: 'v=1&from=2015&to=2020', note: '' },
  ]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('svg .mark').first()).toBeVisible();
  // Tab round the whole slide more than once: every focus lands in the presenter (or the browser's own
  // controls, outside the page), never on the skip link, the header or the deck list behind it.
  const outside: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body || active.closest('.presenter')) return null;
      return `${active.tagName} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40)}`;
    });
    if (where) outside.push(where);
  }
  expect(outside).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Leaving gives the page back: its controls take focus again.
  await expect(page.getByRole('button', { name: 'Present (2)' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove slide 1' }).focus();
  await expect(page.getByRole('button', { name: 'Remove slide 1' })).toBeFocused();
});

test("a slide's heading and its entry in the deck list name a selected event or service in words, not by its id", async ({
  page,
}) => {
  const deck = encodeDeck([
    { panel: 'events', query: 'v=1&from=2010&to=2024&q=JF&event=ev-2021-11-jf-17-interest', note: '' },
    { panel: 'flights', query: 'v=1&from=2010&to=2024&service=pk-lhe-gyd-2022', note: '' },
  ]);
  await page.goto(`./?deck=${deck}`);
  const entries = page.locator('.deck li .what');
  await expect(entries.nth(0)).toHaveText(
    'Events panel, 2010–2024, search “JF”, selected “Azerbaijan signals interest in JF-17 Block III”',
  );
  await expect(entries.nth(1)).toHaveText('Flights panel, 2010–2024, selected “PIA, Lahore to Baku”');
  await page.getByRole('button', { name: 'Present (2)' }).click();
  const heading = page.getByRole('dialog').locator('h2').first();
  await expect(heading).toHaveText(
    'Events panel, 2010–2024, search “JF”, selected “Azerbaijan signals interest in JF-17 Block III”',
  );
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('Flights panel, 2010–2024, selected “PIA, Lahore to Baku”');
});

test('a slide whose link has values it cannot read, or a selection no row has, says so, in the deck list and on the slide', async ({
  page,
}) => {
  const deck = encodeDeck([
    { panel: 'trade', query: 'from=2030&to=1800&foo=1&trade=bogus', note: '' },
    { panel: 'tourism', query: 'v=1&from=2015&to=2020', note: '' },
    { panel: 'events', query: 'v=1&event=ev-nope', note: '' },
  ]);
  await page.goto(`./?deck=${deck}`);
  const said =
    "Ignored in this slide's link, defaults used instead: from=2030, to=1800 (years run 1991–2026), trade=bogus. Not part of a view, so not used: foo.";
  const list = page.locator('.deck li');
  await expect(list.nth(0).locator('.ignored')).toHaveText(said);
  await expect(list.nth(1).locator('.ignored')).toHaveCount(0);
  // The list says a selection names no row once its file is read, as the presented slide does.
  await expect(list.nth(2).locator('.ignored')).toHaveText('Not found in the data: event=ev-nope.');
  await page.getByRole('button', { name: 'Present (3)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status').filter({ hasText: 'Ignored' })).toHaveText(said);
  await expect(dialog.locator('svg .mark').first()).toBeVisible(); // the default view, drawn
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 2 of 3');
  await expect(dialog.getByText('Ignored', { exact: false })).toHaveCount(0);
  // A selection in a slide that names no row is said too.
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('aria-label', 'Presentation: slide 3 of 3');
  await expect(dialog.getByRole('status').filter({ hasText: 'Not found' })).toHaveText(
    'Not found in the data: event=ev-nope.',
  );
});

test('a presentation whose code cannot be loaded says so, and leaves the page usable', async ({ page }) => {
  const deck = encodeDeck([{ panel: 'trade', query: 'v=1&from=2015&to=2020', note: '' }]);
  await page.route(/\/assets\/Presenter-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`./?deck=${deck}&slide=1`);
  await expect(page.getByRole('alert').filter({ hasText: 'The presentation could not be loaded.' })).toBeVisible();
  // Not inert behind a presentation that never came: the page's controls still take focus.
  await expect(page.locator('main')).not.toHaveAttribute('inert', /.*/);
  await page.getByRole('button', { name: 'Back to the page' }).click();
  await expect(page).not.toHaveURL(/slide=/);
  await page.getByRole('button', { name: 'Remove slide 1' }).focus();
  await expect(page.getByRole('button', { name: 'Remove slide 1' })).toBeFocused();
});

test("the flights embed's labels at 320 px: squeezed only where the drawn text is longer than its row, never stretched", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('./embed.html?panel=flights');
  const labels = page.locator('g.service text');
  await expect(labels.first()).toBeVisible();
  const measured = await labels.evaluateAll((texts) =>
    (texts as SVGTextElement[]).map((t) => {
      const squeezedTo = t.getAttribute('textLength');
      const drawn = t.getComputedTextLength();
      const box = t.ownerSVGElement?.getBoundingClientRect();
      t.removeAttribute('textLength');
      const natural = t.getComputedTextLength();
      if (squeezedTo !== null) t.setAttribute('textLength', squeezedTo);
      return {
        text: t.textContent,
        squeezedTo,
        drawn,
        natural,
        right: t.getBoundingClientRect().right,
        svgRight: box?.right ?? 0,
      };
    }),
  );
  expect(measured.length).toBeGreaterThan(8);
  for (const label of measured) {
    // A label is drawn at its own length, or squeezed to a length shorter than its own: never wider.
    expect(label.drawn, label.text ?? '').toBeLessThanOrEqual(label.natural + 0.5);
    if (label.squeezedTo !== null) expect(label.natural, label.text ?? '').toBeGreaterThan(Number(label.squeezedTo));
    // And it stays inside the chart.
    expect(label.right, label.text ?? '').toBeLessThanOrEqual(label.svgRight + 1);
  }
});

test('while presenting, showing the speaker note refits the slide above it, even when it was drawn at full zoom', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const deck = encodeDeck([{ panel: 'trade', query: 'v=1&from=2010&to=2025', note: 'Trade since 2010.' }]);
  await page.goto(`./?deck=${deck}&slide=1`);
  const dialog = page.getByRole('dialog');
  const legend = dialog.locator('.legend');
  await expect(legend).toBeVisible();
  const stageBottom = () => dialog.locator('.stage').evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
  const legendBottom = () => legend.evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
  await expect.poll(async () => (await legendBottom()) <= (await stageBottom())).toBe(true);
  await page.keyboard.press('n');
  await expect(dialog.getByRole('complementary', { name: 'Speaker note' })).toHaveText('Trade since 2010.');
  // The stage is shorter now: the chart and its legend are zoomed down to fit above the note.
  await expect.poll(async () => (await legendBottom()) <= (await stageBottom()), { timeout: 10_000 }).toBe(true);
});
