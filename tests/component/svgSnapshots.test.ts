import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import TradeChart from '../../src/lib/charts/TradeChart.svelte';
import TourismPanel from '../../src/lib/charts/TourismPanel.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { tradeRow, yearRow } from '../fixtures/tradeRows';
import type { TourismRow } from '../../src/lib/data/rows';

/** The chart's SVG with every number rounded to one decimal; Svelte's anchors and style hashes removed. */
function roundedSvg(container: HTMLElement): string {
  const svg = container.querySelector('svg[role="group"]');
  return (svg?.outerHTML ?? '')
    .replace(/<!---->/g, '')
    .replace(/\s?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<');
}

const trade = [
  yearRow('imf-pk-export-2013', 2013, { valueUsd: 49_693_956 }),
  yearRow('imf-pk-export-2014', 2014, { valueUsd: 27_656_491 }),
  yearRow('imf-pk-export-2016', 2016, { valueUsd: 61_268_381 }),
  yearRow('imf-az-import-2013', 2013, {
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    flow: 'import',
    valueUsd: 1_096_600,
  }),
  tradeRow({
    id: 'sbp-fy',
    periodStart: '2020-07-01',
    periodEnd: '2021-06-30',
    periodLabel: 'FY2020-21',
    periodType: 'fiscal-year',
    valueUsd: 15_530_000,
    dataset: 'pk-figures-press',
    sourceKind: 'press-report',
  }),
];

const tourism: TourismRow[] = [
  {
    id: 't-2018-a',
    arrivals: 41_268,
    qualifier: 'as-stated',
    periodType: 'annual',
    periodLabel: '2018',
    periodStart: '2018-01-01',
    periodEnd: '2018-12-31',
  },
  {
    id: 't-2018-b',
    arrivals: 22_000,
    qualifier: 'as-stated',
    periodType: 'annual',
    periodLabel: '2018',
    periodStart: '2018-01-01',
    periodEnd: '2018-12-31',
  },
  {
    id: 't-2019-q',
    arrivals: 33_000,
    qualifier: 'as-stated',
    periodType: 'partial-year',
    periodLabel: 'Jan–Sep 2019',
    periodStart: '2019-01-01',
    periodEnd: '2019-09-30',
  },
  {
    id: 't-2024',
    arrivals: 80_000,
    qualifier: 'lower-bound',
    periodType: 'annual',
    periodLabel: '2024',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
  },
].map((r) => ({
  ...r,
  line: 2,
  sourceNames: ['S'],
  sourceUrls: ['https://example.org/'],
  origin: 'Pakistan',
  destination: 'Azerbaijan',
  sourceKind: 'press-report' as const,
  note: '',
})) as TourismRow[];

describe('SVG snapshots of fixed fixtures (numbers rounded)', () => {
  it('trade chart, log scale, 2010–2022', async () => {
    const { container } = render(TradeChart, { rows: trade, from: 2010, to: 2022, scale: 'log', title: 'Trade' });
    await expect(roundedSvg(container)).toMatchFileSnapshot('__snapshots__/trade-log.svg');
  });

  it('trade chart, linear scale, 2012–2017', async () => {
    const { container } = render(TradeChart, {
      rows: trade.slice(0, 4),
      from: 2012,
      to: 2017,
      scale: 'linear',
      title: 'Trade',
    });
    await expect(roundedSvg(container)).toMatchFileSnapshot('__snapshots__/trade-linear.svg');
  });

  it('tourism chart with a conflict, a partial year and a lower bound', async () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2016, 2025);
    const { container } = render(TourismPanel, {
      rows: tourism,
      dashboard,
      period: dashboard,
      hidden: '',
      today: { year: 2026, month: 11, day: 28 },
    });
    await expect(roundedSvg(container)).toMatchFileSnapshot('__snapshots__/tourism.svg');
  });
});
