import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import TradeChart from '../../src/lib/charts/TradeChart.svelte';
import Legend from '../../src/lib/charts/Legend.svelte';
import MapLegend from '../../src/lib/map/MapLegend.svelte';
import { panelLegend, panelNotes } from '../../src/lib/export/exportChartImage';
import { exportSvg, wrapText, type ImageMeta } from '../../src/lib/export/chartImage';
import { normaliseColour, resolveVars } from '../../src/lib/export/inlineStyles';
import { downloadBlob, safeFileName } from '../../src/lib/export/download';
import { yearRow } from '../fixtures/tradeRows';

const rows = [
  yearRow('imf-pk-export-2013', 2013, { valueUsd: 49_693_956 }),
  yearRow('imf-pk-export-2014', 2014, { valueUsd: 27_656_491 }),
  yearRow('imf-az-import-2014', 2014, {
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    flow: 'import',
    valueUsd: 2_607_800,
  }),
];

const meta: ImageMeta = {
  title: 'Trade between Pakistan and Azerbaijan',
  subtitle: 'Pakistan–Azerbaijan, 2010–2020, nominal US$',
  sourceLine: 'Sources: IMF Direction of Trade Statistics; UN Comtrade; official statements and press reports.',
  permalink: 'http://127.0.0.1:4173/?v=1&from=2010&to=2020',
};

/** The app's real theme tokens, so colours are checked against what the page uses. */
beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = readFileSync('src/app.css', 'utf8');
  document.head.append(style);
});

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function chartSvg(): SVGSVGElement {
  const { container } = render(TradeChart, { rows, from: 2010, to: 2020, scale: 'log', title: 'Trade' });
  const svg = container.querySelector<SVGSVGElement>('svg[role="group"]');
  if (!svg) throw new Error('no chart');
  return svg;
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('safeFileName(parts)', () => {
  it.each([
    [['pak-aze-trade', '2010–2020', 'Mirror'], 'pak-aze-trade_2010-2020_mirror'],
    [['Pak Aze', 'All views!'], 'pak-aze_all-views'],
    [['a_b', 'c'], 'a-b_c'],
    [['../../etc/passwd'], 'etc-passwd'],
    [['Bakı', 'Şəki', 'Zürich'], 'baki_seki_zurich'],
    [['', '—', 'x'], 'x'],
    [['<img src=x>'], 'img-src-x'],
    [[], 'download'],
    [['???'], 'download'],
  ])('%j -> %s', (parts, expected) => {
    expect(safeFileName(parts)).toBe(expected);
  });

  it('uses only [a-z0-9._-] and stays short, whatever it is given', () => {
    const name = safeFileName(['Ä'.repeat(300), '\u0000\n/\\:*?"<>|', 'x'.repeat(300)]);
    expect(name).toMatch(/^[a-z0-9._-]+$/);
    expect(name.length).toBeLessThanOrEqual(150);
  });
});

describe('downloadBlob(blob, fileName)', () => {
  it('clicks a temporary link to an object URL with the file name, then revokes the URL', () => {
    vi.useFakeTimers();
    // Spies, not replacements: restoreAllMocks puts the real URL statics back for the other tests.
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });
    const blob = new Blob(['x'], { type: 'text/plain' });
    downloadBlob(blob, 'pak-aze-trade_2010-2020_all.svg');
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'pak-aze-trade_2010-2020_all.svg', inPage: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

describe('wrapText(text, maxChars, maxLines)', () => {
  it.each([
    ['short', 20, 2, ['short']],
    ['one two three four', 9, 3, ['one two ', 'three ', 'four']],
    ['http://x.org/?v=1&from=2010&to=2020', 12, 4, ['http://x.org', '/?v=1&from=2', '010&to=2020']],
    ['one two three four five six', 9, 2, ['one two ', 'three…']],
    ['  spaced   out  ', 20, 1, ['spaced out']],
    ['', 10, 2, []],
  ])('%j at %i chars, %i lines', (text, chars, lines, expected) => {
    expect(wrapText(text, chars, lines)).toEqual(expected);
  });

  it('breaks by the width a measure gives: wide letters take more of a line', () => {
    // 'm' twice as wide as other letters: four m's need two lines of width 4.
    const width = (line: string) => [...line].reduce((sum, c) => sum + (c === 'm' ? 2 : 1), 0);
    expect(wrapText('mmmm iiii', 4, 5, width)).toEqual(['mm', 'mm ', 'iiii']);
    expect(wrapText('mmmm iiii', 4, 1, width)).toEqual(['m…']);
  });

  it('keeps the text intact when it fits in the lines', () => {
    const text = 'Sources: IMF DOTS; UN Comtrade; https://example.org/a/very/long/path?with=query&and=more';
    expect(wrapText(text, 17, 10).join('')).toBe(text);
  });
});

describe('resolveVars(value, lookup)', () => {
  const tokens: Record<string, string> = { '--a': '#111111', '--b': ' #222222 ', '--c': 'var(--a)' };
  const lookup = (name: string) => tokens[name] ?? '';
  it.each([
    ['var(--a)', '#111111'],
    ['var(--b)', '#222222'],
    ['var(--missing, #333)', '#333'],
    ['var(--missing, var(--a))', '#111111'],
    ['var(--missing, rgb(1, 2, 3))', 'rgb(1, 2, 3)'],
    ['var(--missing)', ''],
    ['2px var(--a) solid', '2px #111111 solid'],
    ['none', 'none'],
  ])('%s -> %s', (value, expected) => {
    expect(resolveVars(value, lookup)).toBe(expected);
  });
});

describe('normaliseColour(value)', () => {
  it.each([
    ['rgb(0, 114, 178)', '#0072b2'],
    ['rgba(0, 0, 0, 0)', 'none'],
    ['rgba(0, 0, 0, 0.5)', 'rgba(0, 0, 0, 0.5)'],
    ['rgba(1, 2, 3, 1)', '#010203'],
    ['none', 'none'],
    ['12px', '12px'],
  ])('%s -> %s', (value, expected) => {
    expect(normaliseColour(value)).toBe(expected);
  });
});

// jsdom's getComputedStyle matches every stylesheet rule for every element, and the first render
// compiles the chart: on a busy machine that passes the default 5 s.
describe('exportSvg(source, meta, theme)', { timeout: 20_000 }, () => {
  it('is well-formed XML holding the title, subtitle, source line and permalink', () => {
    const doc = parse(exportSvg(chartSvg(), meta, 'light'));
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector(':scope > title')?.textContent).toBe(meta.title);
    const text = [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    for (const part of [meta.title, meta.subtitle, meta.sourceLine, meta.permalink]) expect(text).toContain(part);
    expect(root.querySelector('a')?.getAttribute('href')).toBe(meta.permalink);
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(0);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
  });

  it('keeps every data-row-id and the chart label, and drops var(), Tab stops, roles and handlers', () => {
    const source = chartSvg();
    const ids = [...source.querySelectorAll('[data-row-id]')].map((m) => m.getAttribute('data-row-id'));
    expect(ids.length).toBe(3);
    const svg = exportSvg(source, meta, 'light');
    const root = parse(svg).documentElement;
    expect([...root.querySelectorAll('[data-row-id]')].map((m) => m.getAttribute('data-row-id'))).toEqual(ids);
    expect(root.querySelector(':scope > svg > desc')?.textContent).toBe(source.getAttribute('aria-label'));
    expect(root.querySelector('[data-row-id] > title')?.textContent).toBe(
      source.querySelector('.mark')?.getAttribute('aria-label'),
    );
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/tabindex|role=|aria-pressed|\son[a-z]+=|svelte-|<!--/);
  });

  it('uses the requested theme’s colours whatever the page shows, and leaves the page’s theme as it was', () => {
    const source = chartSvg();
    document.documentElement.setAttribute('data-theme', 'light');
    const dark = exportSvg(source, meta, 'dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(parse(dark).querySelector('svg > rect')?.getAttribute('fill')).toBe('#171b21');
    expect(dark).toContain('#56b4e9'); // --c-pk-export, dark
    expect(dark).not.toContain('#0072b2'); // --c-pk-export, light
    document.documentElement.removeAttribute('data-theme');
    const light = exportSvg(source, meta, 'light');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(parse(light).querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(light).toContain('#0072b2');
  });

  it('writes a long permalink whole, however many lines it takes, and a subtitle of up to four lines', () => {
    const permalink = `http://127.0.0.1:4173/?v=1&from=2015&to=2025&cats=${'economic.'.repeat(40)}&q=jf#events`;
    const subtitle = `Events panel, 2015–2025, categories: ${'economic, cultural, '.repeat(6)}search "jf", selected ev-x`;
    const root = parse(exportSvg(chartSvg(), { ...meta, permalink, subtitle }, 'light')).documentElement;
    const linked = [...root.querySelectorAll('a text')].map((t) => t.textContent).join('');
    expect(linked).toBe(permalink);
    // More lines than the two subtitles were cut to, and not cut.
    const written = [...root.querySelectorAll('text')].find((t) => t.textContent?.startsWith('Events panel'));
    expect(written?.textContent).toBe(subtitle);
    expect(written?.querySelectorAll('tspan').length).toBeGreaterThanOrEqual(3);
  });

  it('shows markup in the text as text, and links only http(s) permalinks', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const svg = exportSvg(chartSvg(), { ...meta, title: hostile, permalink: 'javascript:alert(1)' }, 'light');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(hostile);
    expect(doc.querySelector('a')).toBeNull();
  });

  it("takes the map's legend too, the circle on an arc included, each label without its swatch's text", () => {
    const { container } = render(MapLegend, {
      legend: {
        airlines: [{ code: 'PK', name: 'Pakistan International Airlines' }],
        widths: [],
        patterns: [],
        hollow: false,
      },
    });
    const legend = panelLegend(container);
    expect(legend.map((e) => e.label)).toEqual([
      'Pakistan International Airlines',
      'Circle on an arc: weekly flights at launch (? if not reported)',
    ]);
    expect(legend[1]?.swatch.querySelector('circle')).not.toBeNull();
  });

  it('draws the legend under the chart: each swatch in concrete colours beside its text', () => {
    const source = chartSvg();
    const { container } = render(Legend, {
      items: [
        { label: 'Pakistan-reported exports', color: 'var(--c-pk-export)', line: 'solid', shape: 'circle' },
        { label: '<b>Hollow</b> diamond: a press report', color: 'var(--text)', shape: 'diamond', hollow: true },
      ],
    });
    const legend = panelLegend(container);
    expect(legend.map((e) => e.label)).toEqual(['Pakistan-reported exports', '<b>Hollow</b> diamond: a press report']);
    const svg = exportSvg(source, { ...meta, legend }, 'light');
    const root = parse(svg).documentElement;
    const texts = [...root.querySelectorAll(':scope > g.legend > text')].map((t) => t.textContent);
    expect(texts).toContain('Pakistan-reported exports');
    expect(texts).toContain('<b>Hollow</b> diamond: a press report');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelectorAll(':scope > svg')).toHaveLength(1);
    const swatches = [...root.querySelectorAll(':scope > g.legend > svg')];
    expect(swatches).toHaveLength(2);
    expect(swatches[0]?.querySelector('line')).not.toBeNull();
    expect(swatches[1]?.querySelector('path')).not.toBeNull();
    // Under the chart, and the image grows to hold them.
    const chartBottom =
      Number(root.querySelector(':scope > svg')?.getAttribute('y')) + Number(source.getAttribute('height'));
    expect(Number(swatches[0]?.getAttribute('y'))).toBeGreaterThanOrEqual(chartBottom);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(Number(swatches[1]?.getAttribute('y')));
    expect(svg).not.toContain('var(--');
  });

  it("draws the panel's caveats (gaps, conflicts) under the legend, as text, and only those notes", () => {
    const source = chartSvg();
    const panel = document.createElement('section');
    panel.innerHTML = `
      <ul class="legend"><li><svg><line /></svg>Pakistan-reported exports</li></ul>
      <p class="note caveat">No IMF DOTS or UN Comtrade figures
        after 2020 were found.</p>
      <p class="note">Select an airport (click, tap, or Tab then Enter).</p>
      <p class="caveat">Sources conflict for 2018: &lt;b&gt;both&lt;/b&gt; are shown.</p>
      <p class="caveat">   </p>`;
    const notes = panelNotes(panel);
    expect(notes).toEqual([
      'No IMF DOTS or UN Comtrade figures after 2020 were found.',
      'Sources conflict for 2018: <b>both</b> are shown.',
    ]);
    expect(panelNotes(null)).toEqual([]);
    const svg = exportSvg(source, { ...meta, legend: panelLegend(panel), notes }, 'light');
    const root = parse(svg).documentElement;
    const drawn = [...root.querySelectorAll(':scope > g.notes > text')].map((t) => t.textContent);
    expect(drawn).toEqual(notes);
    expect(root.querySelector('b')).toBeNull();
    // Under the legend, above the footer, and inside the image.
    const noteTop = (i: number) => Number(root.querySelectorAll(':scope > g.notes > text')[i]?.getAttribute('y'));
    const legendText = root.querySelector(':scope > g.legend > text');
    expect(noteTop(0)).toBeGreaterThan(Number(legendText?.getAttribute('y')));
    expect(noteTop(1)).toBeGreaterThan(noteTop(0));
    const footer = [...root.querySelectorAll(':scope > text')].find((t) => t.textContent?.startsWith('Sources:'));
    expect(Number(footer?.getAttribute('y'))).toBeGreaterThan(noteTop(1));
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(Number(footer?.getAttribute('y')));
    // Without notes, no group is drawn.
    expect(parse(exportSvg(source, meta, 'light')).querySelector('g.notes')).toBeNull();
  });

  it('stacks several charts, each under its own title, within one image', () => {
    const first = chartSvg();
    const second = chartSvg();
    const root = parse(exportSvg([first, second], meta, 'light')).documentElement;
    const charts = [...root.querySelectorAll(':scope > svg')];
    expect(charts).toHaveLength(2);
    const [y0, y1] = charts.map((c) => Number(c.getAttribute('y')));
    expect(y1).toBeGreaterThanOrEqual((y0 ?? 0) + Number(first.getAttribute('height')));
    expect(Number(root.getAttribute('height'))).toBeGreaterThan((y1 ?? 0) + Number(second.getAttribute('height')));
    expect(root.querySelectorAll('[data-row-id]')).toHaveLength(6);
  });
});
