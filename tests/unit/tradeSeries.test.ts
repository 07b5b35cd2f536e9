import { describe, expect, it } from 'vitest';
import { missingYears, splitAtGaps, tradeSeries } from '../../src/lib/data/tradeSeries';
import { gapYears, seriesGapsNote, tradeMarks } from '../../src/lib/charts/tradeMarks';
import { tradeLegend } from '../../src/lib/charts/tradeLegend';
import { tradeRow, yearRow } from '../fixtures/tradeRows';

describe('splitAtGaps(rows)', () => {
  it('starts a new segment after a missing year, so no line is drawn across it', () => {
    const rows = [yearRow('a', 2010), yearRow('b', 2011), yearRow('c', 2013), yearRow('d', 2014)];
    expect(splitAtGaps(rows).map((s) => s.map((r) => r.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('missingYears(series) and the words for them', () => {
  const years = (...ys: number[]) => tradeSeries(ys.map((y) => yearRow(`dots-${y}`, y))).series[0]!;
  it('names the years inside a series with no figure, as ranges, and none before or after it', () => {
    const series = years(1993, 1995, 1996, 2000, 2001, 2013);
    expect(missingYears(series)).toEqual([
      [1994, 1994],
      [1997, 1999],
      [2002, 2012],
    ]);
    expect(gapYears(series)).toBe('1994, 1997–1999 and 2002–2012');
    expect(gapYears(years(2010, 2012))).toBe('2011');
    expect(missingYears(years(2010, 2011, 2012))).toEqual([]);
    expect(gapYears(years(2010))).toBe('');
  });
  it('says which series break where, and nothing when no line breaks', () => {
    const out = tradeSeries([
      yearRow('dots-1993', 1993, { reporter: 'Azerbaijan', partner: 'Pakistan' }),
      yearRow('dots-1995', 1995, { reporter: 'Azerbaijan', partner: 'Pakistan' }),
      yearRow('pk-2010', 2010),
      yearRow('pk-2011', 2011),
    ]);
    expect(seriesGapsNote(out.series)).toBe(
      'A break in a line is a year with no figure in that series: Azerbaijan-reported exports to Pakistan (IMF DOTS): 1994.',
    );
    expect(seriesGapsNote(tradeSeries([yearRow('pk-2010', 2010), yearRow('pk-2011', 2011)]).series)).toBe('');
  });
});

describe('tradeSeries(rows)', () => {
  it('keeps the same flow from two datasets as two series, never merged', () => {
    const rows = [
      yearRow('dots-2013', 2013, { dataset: 'imf-dots' }),
      yearRow('comtrade-2013', 2013, { dataset: 'un-comtrade' }),
    ];
    const out = tradeSeries(rows);
    expect(out.series.map((s) => [s.key, s.rows.map((r) => r.id)])).toEqual([
      ['Pakistan:export:imf-dots', ['dots-2013']],
      ['Pakistan:export:un-comtrade', ['comtrade-2013']],
    ]);
  });

  it('keeps reporters apart: what Pakistan reports and what Azerbaijan reports are separate series', () => {
    const rows = [
      yearRow('pk', 2014, { reporter: 'Pakistan', flow: 'export' }),
      yearRow('az', 2014, { reporter: 'Azerbaijan', partner: 'Pakistan', flow: 'import' }),
    ];
    expect(tradeSeries(rows).series.map((s) => s.key)).toEqual([
      'Azerbaijan:import:imf-dots',
      'Pakistan:export:imf-dots',
    ]);
  });

  it('keeps turnover, fiscal-year, partial-year and press figures out of the lines, as markers', () => {
    const rows = [
      yearRow('stat', 2020),
      yearRow('turnover', 2020, { flow: 'turnover', sourceKind: 'press-report', dataset: 'az-figures-press' }),
      tradeRow({ id: 'fy', periodStart: '2020-07-01', periodEnd: '2021-06-30', periodType: 'fiscal-year' }),
      tradeRow({ id: 'partial', periodStart: '2020-01-01', periodEnd: '2020-10-31', periodType: 'partial-year' }),
      yearRow('press', 2022, { sourceKind: 'press-report', dataset: 'az-figures-press' }),
    ];
    const out = tradeSeries(rows);
    expect(out.series.flatMap((s) => s.rows.map((r) => r.id))).toEqual(['stat']);
    expect(out.markers.map((r) => r.id).sort()).toEqual(['fy', 'partial', 'press', 'turnover']);
  });
});

describe('tradeSeries(rows), asked again', () => {
  it('gives the same result for the same array (worked out once), and a fresh one for a new array', () => {
    const rows = [yearRow('a', 2010), yearRow('b', 2011)];
    const first = tradeSeries(rows);
    expect(tradeSeries(rows)).toBe(first);
    const again = tradeSeries([...rows]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe("a series' points: a second way to tell the lines apart than colour", () => {
  it('draws exports as circles and imports as squares, on the chart and in its legend', () => {
    const rows = [
      yearRow('pk-x', 2014, { reporter: 'Pakistan', flow: 'export' }),
      yearRow('az-m', 2014, { reporter: 'Azerbaijan', partner: 'Pakistan', flow: 'import' }),
    ];
    expect(tradeMarks(rows).map((m) => [m.id, m.shape])).toEqual([
      ['pk-x', 'circle'],
      ['az-m', 'square'],
    ]);
    const legend = tradeLegend(tradeSeries(rows), rows, true);
    expect(legend.filter((i) => i.line).map((i) => [i.label, i.shape])).toEqual([
      ['Azerbaijan-reported imports from Pakistan (IMF DOTS)', 'square'],
      ['Pakistan-reported exports to Azerbaijan (IMF DOTS)', 'circle'],
    ]);
  });
});
