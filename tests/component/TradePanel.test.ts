import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import TradePanel from '../../src/lib/charts/TradePanel.svelte';
import { yearRow, tradeRow } from '../fixtures/tradeRows';

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
  }),
];

describe('TradePanel', () => {
  it('draws one mark per row, each naming its row id, with no NaN anywhere', () => {
    const { container } = render(TradePanel, { rows, from: 2010, to: 2025 });
    const marks = [...container.querySelectorAll('svg .mark')];
    expect(marks.map((m) => m.getAttribute('data-row-id')).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(container.innerHTML).not.toContain('NaN');
  });

  it('breaks the line at a missing year: two path segments for 2013–2014 and 2016', () => {
    const { container } = render(TradePanel, { rows, from: 2010, to: 2025 });
    const paths = [...container.querySelectorAll('path[data-series^="Pakistan:export:imf-dots"]')];
    expect(paths).toHaveLength(2);
  });

  it('draws statement and press figures hollow, statistics filled', () => {
    const { container } = render(TradePanel, { rows, from: 2010, to: 2025 });
    const hollow = container.querySelector('[data-row-id="turnover-2023-bashirli"]');
    const filled = container.querySelector('[data-row-id="imf-pk-export-2013"]');
    expect(hollow?.getAttribute('fill')).toBe('var(--surface)');
    expect(filled?.getAttribute('fill')).not.toBe('var(--surface)');
  });

  it('summarises the window in the chart label', () => {
    const { getByRole } = render(TradePanel, { rows, from: 2010, to: 2025 });
    expect(getByRole('img').getAttribute('aria-label')).toBe(
      'Trade between Pakistan and Azerbaijan, 2010–2025, US dollars, log scale: 2 statistical series and 1 published figures shown as separate markers; 5 figures in all.',
    );
  });

  it('says so when no figure falls in the window', () => {
    const { getByText, container } = render(TradePanel, { rows: [], from: 1991, to: 1992 });
    expect(getByText('No trade figures fall in 1991–1992.')).toBeInTheDocument();
    expect(container.querySelector('svg .mark')).toBeNull();
  });

  it('lists the rows with their sources in the table alternative', () => {
    const { getAllByRole } = render(TradePanel, { rows, from: 2010, to: 2025 });
    const cells = getAllByRole('row').slice(1);
    expect(cells).toHaveLength(rows.length);
    expect(getAllByRole('link', { name: 'IMF DOTS' })[0]?.getAttribute('href')).toBe('https://example.org/dots');
  });
});
