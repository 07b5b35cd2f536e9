import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchPage, test } from './helpers';

/** Width and height from a PNG's IHDR chunk: bytes 16–23, big-endian. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Opens a panel's Download menu, picks `item`, and returns the file's suggested name and bytes. */
async function download(page: Page, panel: string, item: string): Promise<{ name: string; body: Buffer }> {
  await page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: 'Download', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: item, exact: true }).click(),
  ]);
  const name = file.suggestedFilename();
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { name, body: readFileSync(path) };
}

/** What the page's own XML parser finds in a downloaded SVG. */
function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      parseError: doc.querySelector('parsererror') !== null,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      text: [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      href: root.querySelector('a')?.getAttribute('href') ?? '',
      rowIds: [...root.querySelectorAll('[data-row-id]')].map((e) => e.getAttribute('data-row-id') ?? ''),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, text);
}

/** Distinct colours in a PNG, as '#rrggbb', and its corner's colour, decoded by the browser. */
function pngColours(page: Page, png: Buffer) {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const hex = (i: number) => `#${[0, 1, 2].map((k) => (data[i + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4) colours.add(hex(i));
      return { colours: [...colours], corner: hex(0) };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/** A theme token of the page as '#rrggbb' (the canvas normalises any CSS colour to that form). */
function token(page: Page, name: string) {
  return page.evaluate((property) => {
    const value = getComputedStyle(document.documentElement).getPropertyValue(property).trim();
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = value;
    return context.fillStyle;
  }, name);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the trade panel downloads its chart as SVG and as a 2x PNG (${theme})`, async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL ?? '');
    await page.goto(`./?theme=${theme}`);
    const chart = page.locator('[data-panel="trade"] svg[role="group"]');
    await expect(chart.locator('.mark').first()).toBeVisible();
    const onScreenWidth = await chart.evaluate((svg) => svg.getBoundingClientRect().width);
    const onScreenIds = await chart
      .locator('.mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')));
    const panelTitle = (await page.locator('[data-panel="trade"] h2').textContent())?.trim() ?? '';
    expect(panelTitle).not.toBe('');

    const svgFile = await download(page, 'trade', 'SVG image');
    expect(svgFile.name).toBe('pak-aze-trade_1991-2026_all-log.svg');
    const svgText = svgFile.body.toString('utf8');
    expect(svgText).not.toContain('var(--');
    expect(svgText).not.toMatch(/tabindex|role="button"|aria-pressed/);
    const svg = await readSvg(page, svgText);
    expect(svg.parseError).toBe(false);
    expect(svg.title).toContain(panelTitle);
    const link = new URL(svg.href);
    expect(link.origin).toBe(new URL(baseURL ?? '').origin);
    expect([link.searchParams.get('from'), link.searchParams.get('to')]).toEqual(['1991', '2026']);
    expect(svg.text.replace(/\s+/g, '')).toContain(svg.href);
    expect([...svg.rowIds].sort()).toEqual([...onScreenIds].sort());
    expect(svg.width).toBeGreaterThanOrEqual(onScreenWidth);
    // The legend shown beside the chart is drawn into the image too.
    const legendTexts = await page.locator('[data-panel="trade"] .legend li').allTextContents();
    expect(legendTexts.length).toBeGreaterThan(3);
    // (Compared without spaces: a long entry wraps onto tspans, whose text joins without them.)
    for (const text of legendTexts) expect(svg.text.replace(/\s+/g, '')).toContain(text.replace(/\s+/g, ''));
    // So are the panel's notes on gaps and conflicts: the image passed on alone still says them.
    const caveats = await page.locator('[data-panel="trade"] .caveat').allTextContents();
    expect(caveats.join(' ')).toContain('No IMF DOTS or UN Comtrade figures after 2020');
    for (const text of caveats) expect(svg.text.replace(/\s+/g, '')).toContain(text.replace(/\s+/g, ''));

    const pngFile = await download(page, 'trade', 'PNG image (2x)');
    expect(pngFile.name).toBe('pak-aze-trade_1991-2026_all-log.png');
    expect(pngSize(pngFile.body)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
    const { colours, corner } = await pngColours(page, pngFile.body);
    // The theme's surface, not a transparent or black canvas; the series in the theme's own colours.
    expect(corner).toBe(await token(page, '--surface'));
    expect(colours).toContain(await token(page, '--c-pk-export'));
    expect(colours.length).toBeGreaterThan(20);
    expect(watch.errors).toEqual([]);
  });
}

test('the mirror view downloads both charts, stacked, in one SVG', async ({ page }) => {
  await page.goto('./?from=2013&to=2016&trade=mirror');
  const charts = page.locator('[data-panel="trade"] svg[role="group"]');
  await expect(charts).toHaveCount(2);
  const onScreenIds = await charts.locator('.mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')));
  const file = await download(page, 'trade', 'SVG image');
  expect(file.name).toBe('pak-aze-trade_2013-2016_mirror-log.svg');
  const svg = await readSvg(page, file.body.toString('utf8'));
  expect([...svg.rowIds].sort()).toEqual([...onScreenIds].sort());
  const stacked = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.querySelectorAll(':scope > svg').length,
    file.body.toString('utf8'),
  );
  expect(stacked).toBe(2);
});

test("a long link is written whole inside the image's width, and the image is named as the view's CSV zip is", async ({
  page,
}) => {
  // A run of wide lowercase letters ('embassy+embassy…'), which 0.6 em a character underestimates.
  const search = 'embassy '.repeat(22).trim();
  await page.goto(
    `./?from=2000&to=2024&cats=diplomatic.economic.cultural&q=${encodeURIComponent(search)}&event=ev-2009-aviation-mou-weekly-flights`,
  );
  await expect(page.getByTestId('events-rowcount')).toBeVisible();
  const image = await download(page, 'events', 'SVG image');
  const zip = await download(page, 'events', 'CSV of what is shown (zip, with metadata)');
  expect(image.name.replace(/\.svg$/, '')).toBe(zip.name.replace(/\.zip$/, ''));
  // Cut short in its search, not in the selection after it.
  expect(image.name).toMatch(/_search-embassy-[a-z-]+_selected-ev-2009-aviation-mou-weekly-flights\.svg$/);
  // Drawn in the page, as the PNG is drawn: every line of text ends inside the image.
  const overruns = await page.evaluate((text) => {
    const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    const host = document.body.appendChild(document.createElement('div'));
    host.append(document.importNode(root, true));
    const svg = host.querySelector('svg') as SVGSVGElement;
    const width = Number(svg.getAttribute('width'));
    const lines = [...svg.querySelectorAll(':scope > text tspan, :scope > a tspan')] as SVGTSpanElement[];
    const out = lines
      .map((t) => ({ text: t.textContent ?? '', right: Number(t.getAttribute('x')) + t.getComputedTextLength() }))
      .filter((l) => l.right > width);
    host.remove();
    return { count: lines.length, out };
  }, image.body.toString('utf8'));
  expect(overruns.count).toBeGreaterThan(3);
  expect(overruns.out).toEqual([]);
});
