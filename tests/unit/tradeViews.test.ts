import { describe, expect, it } from 'vitest';
import { bandPoints, farApartYears, lastStatisticsYear, mirrorPair, rowsForView } from '../../src/lib/data/tradeViews';
import { tradeRow, yearRow } from '../fixtures/tradeRows';

const pkExport = (year: number, value: number) => yearRow(`pk-x-${year}`, year, { valueUsd: value });
const azImport = (year: number, value: number) =>
  yearRow(`az-m-${year}`, year, {
    reporter: 'Azerbaijan',
    partner: 'Pakistan',
    flow: 'import',
    valueUsd: value,
    valuation: 'CIF',
  });

describe('mirrorPair(rows, exporter)', () => {
  const rows = [
    pkExport(2013, 49_693_956),
    pkExport(2014, 27_656_491),
    pkExport(2016, 61_268_381),
    azImport(2013, 1_096_600),
    azImport(2014, 2_607_800),
    azImport(2015, 1_702_800),
    azImport(2016, 5_862_200),
    yearRow('comtrade-2015', 2015, { dataset: 'un-comtrade', valueUsd: 42_199_089 }),
  ];

  it('pairs what the exporter reports exporting with what the importer reports importing', () => {
    const pair = mirrorPair(rows, 'Pakistan');
    expect(pair.exports.map((r) => r.id)).toEqual(['pk-x-2013', 'pk-x-2014', 'pk-x-2016']);
    expect(pair.imports.map((r) => r.id)).toEqual(['az-m-2013', 'az-m-2014', 'az-m-2015', 'az-m-2016']);
  });

  it('compares IMF DOTS with IMF DOTS only: a Comtrade figure is not used to fill a missing year', () => {
    const pair = mirrorPair(rows, 'Pakistan');
    expect(pair.exports.some((r) => r.dataset !== 'imf-dots')).toBe(false);
  });

  it('shades only runs of years both sides report, never across a missing year', () => {
    const runs = mirrorPair(rows, 'Pakistan').bothReported.map((run) => run.map((p) => p.year));
    expect(runs).toEqual([[2013, 2014], [2016]]);
  });

  it('gives band points with the two reported values', () => {
    const [first] = mirrorPair(rows, 'Pakistan').bothReported;
    expect(first && bandPoints(first).map((p) => [p.y0, p.y1])).toEqual([
      [1_096_600, 49_693_956],
      [2_607_800, 27_656_491],
    ]);
  });

  it('is empty for the other direction when nobody reports it', () => {
    const pair = mirrorPair(rows, 'Azerbaijan');
    expect([pair.exports.length, pair.bothReported.length]).toEqual([0, 0]);
  });
});

describe('farApartYears(pair, factor)', () => {
  it('gives the years both sides report figures ten or more times apart, either side the larger', () => {
    const rows = [
      pkExport(2012, 10),
      azImport(2012, 100), // the importer's ten times larger
      pkExport(2013, 49_693_956),
      azImport(2013, 1_096_600), // 45 times
      pkExport(2014, 27_656_491),
      azImport(2014, 2_766_000), // just under ten times
      pkExport(2015, 0),
      azImport(2015, 0), // both zero: not apart
      pkExport(2016, 61_268_381), // no import figure: not compared
    ];
    const pair = mirrorPair(rows, 'Pakistan');
    expect(farApartYears(pair)).toEqual([2012, 2013]);
    expect(farApartYears(pair, 5)).toEqual([2012, 2013, 2014]);
  });
});

describe('rowsForView(rows, view)', () => {
  const rows = [pkExport(2013, 1), azImport(2013, 2)];
  it.each([
    ['all', ['pk-x-2013', 'az-m-2013']],
    ['pakistan', ['pk-x-2013']],
    ['azerbaijan', ['az-m-2013']],
  ] as const)('%s', (view, ids) => {
    expect(rowsForView(rows, view).map((r) => r.id)).toEqual(ids);
  });
});

describe('lastStatisticsYear(rows)', () => {
  it('is the last year of IMF DOTS or UN Comtrade figures; published totals do not count', () => {
    const rows = [
      yearRow('imf-2019', 2019),
      yearRow('comtrade-2020', 2020, { dataset: 'un-comtrade' }),
      tradeRow({ id: 'press-2024', periodStart: '2024-01-01', periodEnd: '2024-12-31', dataset: 'az-figures-press' }),
    ];
    expect(lastStatisticsYear(rows)).toBe(2020);
    expect(lastStatisticsYear(rows.slice(2))).toBeNull();
  });
});
