import { describe, expect, it } from 'vitest';
import { differingTotals } from '../../src/lib/charts/tradeMarks';
import { tradeRow, yearRow } from '../fixtures/tradeRows';

const total = (id: string, year: number, valueUsd: number, over: Parameters<typeof tradeRow>[0] | object = {}) =>
  tradeRow({
    id,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    periodLabel: String(year),
    flow: 'turnover',
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    valueUsd,
    dataset: 'az-figures-press',
    sourceKind: 'press-report',
    ...over,
  });

describe('differingTotals(rows)', () => {
  it('names the periods whose published totals, for one reporter and flow, differ, in time order', () => {
    const rows = [
      total('t2022-a', 2022, 28_100_000),
      total('t2022-b', 2022, 27_000_000),
      total('t2020-a', 2020, 13_200_000),
      total('t2020-b', 2020, 13_283_000),
      // The same figure twice is not a difference; one figure alone is not either.
      total('t2021-a', 2021, 11_700_000),
      total('t2021-b', 2021, 11_700_000),
      total('t2023', 2023, 27_000_000),
      // Other reporters, flows or periods are not compared with these.
      total('t2023-pk', 2023, 6_000_000, { reporter: 'Pakistan', partner: 'Azerbaijan' }),
      total('t2023-part', 2023, 18_300_000, { periodEnd: '2023-10-31', periodLabel: 'Jan–Oct 2023' }),
    ];
    expect(differingTotals(rows)).toBe('2020 and 2022');
  });

  it('compares the figures marked contested within their year, whatever part of it each covers', () => {
    const contested = { note: 'Contested: see the other.' };
    const rows = [
      total('t2020-a', 2020, 13_200_000),
      total('t2020-b', 2020, 13_283_000),
      total('t2023', 2023, 27_000_000, contested),
      total('t2023-part', 2023, 18_300_000, { ...contested, periodEnd: '2023-10-31', periodLabel: 'Jan–Oct 2023' }),
      // Not marked contested: a part of a year is not compared with the whole.
      total('t2024', 2024, 22_000_000),
      total('t2024-part', 2024, 9_000_000, { periodEnd: '2024-06-30', periodLabel: 'Jan–Jun 2024' }),
    ];
    expect(differingTotals(rows)).toBe('2020 and 2023');
    // One contested figure alone differs from nothing shown.
    expect(differingTotals(rows.filter((r) => r.id !== 't2023-part'))).toBe('2020');
  });

  it('leaves the statistical series out: their datasets differ by design, each its own line', () => {
    expect(
      differingTotals([yearRow('imf', 2019), yearRow('comtrade', 2019, { dataset: 'un-comtrade', valueUsd: 1 })]),
    ).toBe('');
  });
});
