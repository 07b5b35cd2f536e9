import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import TradeChart from '../../src/lib/charts/TradeChart.svelte';
import TradePanel from '../../src/lib/charts/TradePanel.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { yearRow, tradeRow } from '../fixtures/tradeRows';
import type { Rule } from '../../src/lib/charts/marks';
import { afterFirstChart } from '../../src/lib/charts/firstChartMark';

const rows = [
  yearRow('imf-pk-export-2013', 2013, { valueUsd: 49_693_956 }),
  yearRow('imf-pk-export-2014', 2014, { valueUsd: 27_656_491 }),
  yearRow('imf-pk-export-2016', 2016, { valueUsd: 61_268_381 }),
  yearRow('imf-az-import-2013', 2013, {
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    flow: 'import',
    valueUsd: 1_096_600,
  }),
  yearRow('imf-az-import-2014', 2014, {
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    flow: 'import',
    valueUsd: 2_607_800,
  }),
  tradeRow({
    id: 'turnover-2023-bashirli',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    flow: 'turnover',
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    valueUsd: 27_000_000,
    dataset: 'official-statement',
    sourceKind: 'official-statement',
    note: 'CONFLICT: DHA Press says 2024 turnover of $22m was up $4.9m on the previous year; not reconciled here.',
  }),
  tradeRow({
    id: 'sbp-pk-export-fy2020-21',
    periodStart: '2020-07-01',
    periodEnd: '2021-06-30',
    periodLabel: 'FY2020-21',
    periodType: 'fiscal-year',
    valueUsd: 15_530_000,
    dataset: 'pk-figures-press',
    sourceKind: 'press-report',
  }),
];

// The tooltip's code loads once the first chart is drawn (ChartFrame): loaded before the tests hover.
beforeAll(async () => {
  render(TradeChart, { rows, from: 2010, to: 2025, scale: 'log', title: 'Trade' }).unmount();
  await afterFirstChart();
  await vi.dynamicImportSettled();
});

function chart(extra: Partial<{ from: number; to: number; scale: 'log' | 'linear'; rule: Rule | null }> = {}) {
  return render(TradeChart, { rows, from: 2010, to: 2025, scale: 'log', title: 'Trade', ...extra });
}

/** The centre of a point mark's symbol, in the chart's pixels: its group's translate (the shape is drawn at 0, 0). */
function centreIn(container: HTMLElement, id: string) {
  const g = container.querySelector(`[data-row-id="${id}"]`);
  const match = /^translate\(([-\d.e]+),([-\d.e]+)\)$/.exec(g?.getAttribute('transform') ?? '');
  return { x: Number(match?.[1]), y: Number(match?.[2]) };
}
const tipIn = (container: HTMLElement) => container.querySelector('[role="tooltip"]')?.textContent ?? null;

describe('TradeChart', () => {
  it('draws one mark per row, each naming its row id, with no NaN anywhere', () => {
    const { container } = chart();
    const marks = [...container.querySelectorAll('svg .mark')];
    expect(marks.map((m) => m.getAttribute('data-row-id')).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(container.innerHTML).not.toContain('NaN');
  });

  it('breaks the line at a missing year: two path segments for 2013–2014 and 2016', () => {
    const { container } = chart();
    expect(container.querySelectorAll('path[data-series^="Pakistan:export:imf-dots"]')).toHaveLength(2);
  });

  it('draws statement and press figures hollow, statistics filled', () => {
    const { container } = chart();
    const hollow = container.querySelector('[data-row-id="turnover-2023-bashirli"] path');
    const filled = container.querySelector('[data-row-id="imf-pk-export-2013"] circle');
    expect(hollow?.getAttribute('fill')).toBe('var(--surface)');
    expect(filled?.getAttribute('fill')).toBe('var(--c-pk-export)');
  });

  it('moves apart two datasets’ near-equal figures for one year, so that neither covers the other', () => {
    const { container } = render(TradeChart, {
      rows: [
        ...rows,
        // The shipped 2018 pair: IMF DOTS 14,430,370 and UN Comtrade 14,043,809, 2.7% apart.
        yearRow('imf-pk-export-2018', 2018, { valueUsd: 14_430_370 }),
        yearRow('comtrade-pk-export-2018', 2018, { valueUsd: 14_043_809, dataset: 'un-comtrade' }),
      ],
      from: 2010,
      to: 2025,
      scale: 'log',
      title: 'Trade',
    });
    const centre = (id: string) => centreIn(container, id);
    const [dots, comtrade] = [centre('imf-pk-export-2018'), centre('comtrade-pk-export-2018')];
    expect(Math.abs(dots.y - comtrade.y)).toBeLessThan(12);
    expect(Math.abs(dots.x - comtrade.x)).toBeGreaterThanOrEqual(10);
    // Both stay on either side of their year; a mark with nothing on it keeps its place on the line.
    const year2016 = centre('imf-pk-export-2016').x;
    const year2013 = centre('imf-pk-export-2013').x;
    const yearMid2018 = year2016 + ((year2016 - year2013) / 3) * 2;
    expect((dots.x + comtrade.x) / 2).toBeCloseTo(yearMid2018, 0);
  });

  it('draws a fiscal-year figure as a labelled span over July–June', () => {
    const { container } = chart();
    const span = container.querySelector('[data-row-id="sbp-pk-export-fy2020-21"]');
    expect(span?.querySelectorAll('line')).toHaveLength(3);
    expect(span?.querySelector('text')?.textContent).toBe('FY2020-21');
  });

  it('summarises each series of the window in the chart label, from the data', () => {
    const { getByRole } = chart();
    const label = getByRole('group', { name: /Trade, 2010–2025/ }).getAttribute('aria-label');
    expect(label).toContain(
      'Pakistan-reported exports to Azerbaijan (IMF DOTS), 2013–2016: from US$ 49.7 M to US$ 61.3 M, peak US$ 61.3 M in 2016; no figure for 2015',
    );
    expect(label).toContain(
      'Azerbaijan-reported imports from Pakistan (IMF DOTS), 2013–2014: from US$ 1.1 M to US$ 2.6 M',
    );
  });

  it('has one Tab stop, and arrow keys move focus between marks', async () => {
    const { container } = chart();
    const stops = [...container.querySelectorAll('.mark[tabindex="0"]')];
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGGElement;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    const focused = document.activeElement;
    expect(focused).not.toBe(first);
    expect(focused?.getAttribute('data-row-id')).toBeTruthy();
    expect(container.querySelectorAll('.mark[tabindex="0"]')).toHaveLength(1);
    expect(container.querySelector('[role="tooltip"]')?.textContent).toContain(
      focused?.getAttribute('data-row-id') ?? 'x',
    );
  });

  it('the pointer shows the tooltip of the mark nearest to it, within a few pixels; leaving hides it', async () => {
    const { container } = chart();
    // jsdom lays nothing out: the plot's origin is at client (0, 0), so client pixels are plot pixels.
    const layer = container.querySelector('g.marks') as SVGGElement;
    const centre = (id: string) => centreIn(container, id);
    const tip = () => tipIn(container);
    const [a, b] = [centre('imf-pk-export-2013'), centre('imf-pk-export-2014')];
    // Off the symbol but near it: its tooltip, and a ring round the mark meant.
    await fireEvent.pointerMove(layer, { clientX: a.x + 6, clientY: a.y + 6 });
    expect(tip()).toContain('imf-pk-export-2013');
    const ring = () => {
      const r = container.querySelector('.hover-ring');
      return r && { x: Number(r.getAttribute('cx')), y: Number(r.getAttribute('cy')) };
    };
    expect(ring()).toEqual(a);
    // Nearer the next year's mark: that one.
    await fireEvent.pointerMove(layer, { clientX: b.x - 3, clientY: b.y });
    expect(tip()).toContain('imf-pk-export-2014');
    expect(container.querySelectorAll('.hover-ring')).toHaveLength(1);
    expect(ring()).toEqual(b);
    // Far from every mark, then off the chart: nothing.
    await fireEvent.pointerMove(layer, { clientX: b.x, clientY: b.y + 40 });
    expect(tip()).toBeNull();
    await fireEvent.pointerMove(layer, { clientX: a.x, clientY: a.y });
    expect(tip()).toContain('imf-pk-export-2013');
    await fireEvent.pointerLeave(layer);
    expect(tip()).toBeNull();
    expect(container.querySelector('.hover-ring')).toBeNull();
    // A click or tap near a mark pins its tooltip.
    await fireEvent.click(layer, { clientX: b.x + 5, clientY: b.y - 5 });
    expect(container.querySelector('[role="tooltip"] button')?.textContent).toContain('Close');
    expect(tip()).toContain('imf-pk-export-2014');
  });

  it('keeps the ring on a pinned mark, hides it over others meanwhile, and shows a tooltip again after Escape', async () => {
    const { container } = chart();
    const layer = container.querySelector('g.marks') as SVGGElement;
    const centre = (id: string) => centreIn(container, id);
    const tip = () => tipIn(container);
    const ring = () => container.querySelector('.hover-ring')?.getAttribute('cx') ?? null;
    const [a, b] = [centre('imf-pk-export-2013'), centre('imf-pk-export-2014')];
    await fireEvent.pointerMove(layer, { clientX: a.x, clientY: a.y });
    await fireEvent.click(layer, { clientX: a.x, clientY: a.y });
    expect(ring()).toBe(String(a.x));
    // Over another mark while one is pinned: the pinned tooltip stays, and no ring claims the other.
    await fireEvent.pointerMove(layer, { clientX: b.x, clientY: b.y });
    expect(tip()).toContain('imf-pk-export-2013');
    expect(ring()).toBeNull();
    // Escape on the pinned mark closes it; the pointer, still on the other mark, brings its tooltip back.
    const markA = container.querySelector('[data-row-id="imf-pk-export-2013"]') as SVGGElement;
    await fireEvent.keyDown(markA, { key: 'Escape' });
    expect(tip()).toBeNull();
    await fireEvent.pointerMove(layer, { clientX: b.x + 1, clientY: b.y });
    expect(tip()).toContain('imf-pk-export-2014');
    expect(ring()).toBe(String(b.x));
  });

  it('Enter pins the tooltip with value, period, reporter, dataset and source; Escape clears it', async () => {
    const { container } = chart();
    const mark = container.querySelector('[data-row-id="imf-pk-export-2013"]') as SVGGElement;
    await fireEvent.keyDown(mark, { key: 'Enter' });
    const tip = container.querySelector('[role="tooltip"]');
    expect(tip?.textContent).toContain('US$ 49,693,956');
    expect(tip?.textContent).toContain('2013');
    expect(tip?.textContent).toContain('Pakistan');
    expect(tip?.textContent).toContain('IMF DOTS');
    await fireEvent.keyDown(mark, { key: 'Escape' });
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
  });
});

describe('TradeChart notes', () => {
  it("a mark's tooltip gives its row's note (a conflict, here); none is made up for a row without one", async () => {
    const { container } = chart();
    const mark = container.querySelector('[data-row-id="turnover-2023-bashirli"]') as SVGGElement;
    await fireEvent.keyDown(mark, { key: 'Enter' });
    const note = container.querySelector('[role="tooltip"] .note');
    expect(note?.textContent).toBe(
      'Note CONFLICT: DHA Press says 2024 turnover of $22m was up $4.9m on the previous year; not reconciled here.',
    );
    await fireEvent.keyDown(mark, { key: 'Escape' });
    const plain = container.querySelector('[data-row-id="imf-pk-export-2013"]') as SVGGElement;
    await fireEvent.keyDown(plain, { key: 'Enter' });
    expect(container.querySelector('[role="tooltip"]')?.textContent).toContain('49,693,956');
    expect(container.querySelector('[role="tooltip"] .note')).toBeNull();
  });
});

/** The panel as the page draws it, with the file's statistical series reaching 2020. */
const panel = (dashboard: Dashboard) =>
  render(TradePanel, { rows, dashboard, period: dashboard, hidden: '', statisticsTo: 2020 });

describe('TradePanel', () => {
  it('says under the chart which series break where, and which years they have no figure for', async () => {
    const note = (panelRows: typeof rows) => {
      const dashboard = new Dashboard();
      return (
        render(TradePanel, {
          rows: panelRows,
          dashboard,
          period: dashboard,
          hidden: '',
          statisticsTo: 2020,
        }).container.querySelector('[data-testid="trade-gaps"]')?.textContent ?? null
      );
    };
    expect(note(rows)).toBe(
      'A break in a line is a year with no figure in that series: Pakistan-reported exports to Azerbaijan (IMF DOTS): 2015.',
    );
    // Without the missing year inside a series (the window ends in 2014): no break, no note.
    expect(note(rows.filter((r) => !r.id.endsWith('2016')))).toBeNull();
  });

  it('switches to the mirror view: two charts, each with both reporters and a shaded gap', async () => {
    const dashboard = new Dashboard();
    const { getByLabelText, container } = panel(dashboard);
    await fireEvent.click(getByLabelText('Mirror'));
    expect(dashboard.tradeView).toBe('mirror');
    const charts = container.querySelectorAll('svg[role="group"]');
    expect(charts).toHaveLength(2);
    const first = charts[0];
    expect([...(first?.querySelectorAll('.mark') ?? [])].map((m) => m.getAttribute('data-row-id')).sort()).toEqual([
      'imf-az-import-2013',
      'imf-az-import-2014',
      'imf-pk-export-2013',
      'imf-pk-export-2014',
      'imf-pk-export-2016',
    ]);
    expect(first?.querySelectorAll('path[fill="var(--c-gap)"]')).toHaveLength(1);
  });

  it('shows only one reporter in a reporter view', async () => {
    const dashboard = new Dashboard();
    const { getByLabelText, container } = panel(dashboard);
    await fireEvent.click(getByLabelText('Azerbaijan-reported'));
    const ids = [...container.querySelectorAll('svg .mark')].map((m) => m.getAttribute('data-row-id'));
    expect(ids.sort()).toEqual(['imf-az-import-2013', 'imf-az-import-2014', 'turnover-2023-bashirli']);
  });

  it('the Table toggle shows the same rows as a table with sources', async () => {
    const dashboard = new Dashboard();
    const { getByRole, container } = render(TradePanel, {
      rows,
      dashboard,
      period: dashboard,
      hidden: '2 earlier figures outside the window',
      statisticsTo: 2020,
    });
    await fireEvent.click(getByRole('button', { name: 'Table' }));
    expect(dashboard.tables).toEqual(['trade']);
    // The table's code is loaded when first asked for.
    await vi.waitFor(() => expect(container.querySelectorAll('tbody tr[data-row-id]')).toHaveLength(rows.length));
    expect(container.textContent).toContain('2 earlier figures outside the window.');
    // Each row's note is in the table too, whole; a row without one says so.
    // A header's text is its label and its sort arrow.
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const noteAt = headers.findIndex((h) => h.startsWith('Note'));
    expect(noteAt).toBeGreaterThan(-1);
    const noteOf = (id: string) =>
      container.querySelector(`tbody tr[data-row-id="${id}"]`)?.querySelectorAll('td, th')[noteAt]?.textContent?.trim();
    expect(noteOf('turnover-2023-bashirli')).toMatch(/^CONFLICT: DHA Press says 2024 turnover/);
    expect(noteOf('imf-pk-export-2013')).toBe('none');
    // What the tooltip says of a figure, the table says too: its valuation and the kind of its source.
    const cell = (id: string, header: string) => {
      const cells = container.querySelector(`tbody tr[data-row-id="${id}"]`)?.querySelectorAll('td, th');
      return cells?.[headers.findIndex((h) => h.startsWith(header))]?.textContent?.trim();
    };
    expect(rows.map((r) => [cell(r.id, 'Valuation'), cell(r.id, 'Kind')])).toEqual(
      rows.map((r) => [r.valuation, r.sourceKind.replace(/-/g, ' ')]),
    );
    expect(cell('turnover-2023-bashirli', 'Kind')).toBe('official statement');
  });

  it('a window change moves each mark by its translate and leaves its shape as drawn', () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2010, 2025);
    const { container, rerender } = panel(dashboard);
    const transforms = () =>
      [...container.querySelectorAll('g.mark')].map((g) => [
        g.getAttribute('data-row-id'),
        g.getAttribute('transform'),
      ]);
    const before = transforms();
    const observer = new MutationObserver(() => {});
    observer.observe(container, { subtree: true, attributes: true, childList: true, characterData: true });
    dashboard.setWindow(2012, 2025);
    // As the app hands it over: the window's rows, a new array (here holding the same rows).
    void rerender({ rows: [...rows] });
    flushSync();
    const changes = observer.takeRecords();
    observer.disconnect();
    // Every mark moved (the scale changed), each by its group's transform alone.
    const after = transforms();
    expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id));
    after.forEach(([, t], i) => expect(t).not.toBe(before[i]?.[1]));
    const inside = (selector: string) =>
      changes.filter((c) => (c.target instanceof Element ? c.target : c.target.parentElement)?.closest(selector));
    const inMarks = inside('g.mark').map((c) => {
      const el = c.target as Element;
      return `${el.matches('g.mark') ? 'mark' : el.tagName} ${c.type} ${c.attributeName ?? ''}`;
    });
    // A span's ends are drawn from its centre, so a zoom redraws them; nothing else inside a mark changes.
    expect(new Set(inMarks)).toEqual(
      new Set(['mark attributes transform', 'line attributes x1', 'line attributes x2']),
    );
  });

  it('says from the file how far its statistical series reach, not from a fixed year', () => {
    const dashboard = new Dashboard();
    const said = (statisticsTo: number | null) => {
      const view = render(TradePanel, { rows, dashboard, period: dashboard, hidden: '', statisticsTo });
      const text = view.container.textContent ?? '';
      view.unmount();
      return text;
    };
    expect(said(2020)).toContain('No IMF DOTS or UN Comtrade figures after 2020 were found; later years have only');
    expect(said(2023)).toContain('No IMF DOTS or UN Comtrade figures after 2023 were found');
    expect(said(null)).toContain('No IMF DOTS or UN Comtrade figures were found.');
  });

  it('says so when no figure falls in the window', () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(1991, 1992);
    const { getByText } = render(TradePanel, {
      rows: [],
      dashboard,
      period: dashboard,
      hidden: '',
      statisticsTo: 2020,
    });
    expect(getByText('No trade figures fall in 1991–1992.')).toBeInTheDocument();
  });
});

describe('the selected event rule on the trade chart', () => {
  const label = 'President Farooq Leghari visits Azerbaijan and signs a long list of agreements';
  // The rule's code loads when a rule is first drawn: wait for it.
  const textOf = (container: HTMLElement) => vi.waitFor(() => container.querySelector('.event-rule text') ?? fail());
  const fail = () => {
    throw new Error('no rule drawn yet');
  };

  it('shortens its label so that it ends before the value-axis title it shares a row with', async () => {
    const { container } = chart({ rule: { x: Date.UTC(2022, 5, 1), label } });
    const text = await textOf(container);
    expect(text?.getAttribute('text-anchor')).toBe('end');
    expect(text?.textContent?.endsWith('…')).toBe(true);
    expect(container.querySelector('.event-rule')?.getAttribute('data-rule-label')).toBe(label); // whole, as data
  });

  it('goes just inside the plot when the rule stands beside that title', async () => {
    const { container } = chart({ rule: { x: Date.UTC(2010, 2, 1), label: 'Visit' } });
    expect(Number((await textOf(container)).getAttribute('y'))).toBeGreaterThan(0);
  });
});

describe('a pinned tooltip', () => {
  const pinFirstMark = async (container: HTMLElement) => {
    const mark = container.querySelector<SVGGElement>('.mark[data-row-id]');
    if (!mark) throw new Error('no mark drawn');
    mark.focus();
    await fireEvent.keyDown(mark, { key: 'Enter' });
    expect(container.querySelector('.tooltip.pinned')).not.toBeNull();
    return mark;
  };

  it('is closed by Escape on its mark, which keeps the key from anything around the chart', async () => {
    const { container } = chart();
    const mark = await pinFirstMark(container);
    const notPrevented = await fireEvent.keyDown(mark, { key: 'Escape' });
    expect(notPrevented).toBe(false); // a presentation around the chart sees the Escape as used
    expect(container.querySelector('.tooltip.pinned')).toBeNull();
  });

  it('closes when its Close button is clicked with the mouse', async () => {
    const { container, getByRole } = chart();
    await pinFirstMark(container);
    const close = getByRole('button', { name: 'Close' });
    close.focus(); // as a pressed button takes focus in the browser
    await fireEvent.click(close, { detail: 1 });
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
  });
});
