import { describe, expect, it } from 'vitest';
import { coversAYear, inWindow, periodMidpoint, yearRuns, yearSpan } from '../../src/lib/data/period';
import { tradeRow, yearRow } from '../fixtures/tradeRows';

describe('inWindow(rows, from, to)', () => {
  const rows = [
    yearRow('y2012', 2012),
    yearRow('y2013', 2013),
    yearRow('y2016', 2016),
    yearRow('y2017', 2017),
    tradeRow({ id: 'fy', periodStart: '2020-07-01', periodEnd: '2021-06-30', periodType: 'fiscal-year' }),
  ];
  it('keeps rows whose period overlaps the years, both ends inclusive', () => {
    expect(inWindow(rows, 2013, 2016).map((r) => r.id)).toEqual(['y2013', 'y2016']);
  });
  it('keeps a fiscal year that straddles the window edge', () => {
    expect(inWindow(rows, 2021, 2025).map((r) => r.id)).toEqual(['fy']);
    expect(inWindow(rows, 2018, 2020).map((r) => r.id)).toEqual(['fy']);
  });
  it('drops a row whose period cannot be read', () => {
    expect(inWindow([tradeRow({ id: 'bad', periodStart: 'x', periodEnd: 'y' })], 1990, 2030)).toEqual([]);
  });
});

describe('periodMidpoint(row)', () => {
  it('puts a fiscal year in the middle of July–June, not at a calendar year', () => {
    const mid = periodMidpoint(tradeRow({ id: 'fy', periodStart: '2020-07-01', periodEnd: '2021-06-30' }));
    // 365 days from 1 July 2020: the middle falls on 30 December.
    expect(mid && new Date(mid).toISOString().slice(0, 10)).toBe('2020-12-30');
  });
});

describe('yearSpan(from, to)', () => {
  it('reads a window as first–last year, and a one-year window as that year', () => {
    expect(yearSpan(2005, 2022)).toBe('2005–2022');
    expect(yearSpan(2015, 2015)).toBe('2015');
  });
});

describe('yearRuns(years)', () => {
  it('groups years into runs of consecutive years, in order, each year once', () => {
    expect(yearRuns([2016, 1995, 1996, 2012, 2013, 1998, 2014, 2015, 1997, 2013])).toEqual([
      [1995, 1998],
      [2012, 2016],
    ]);
    expect(yearRuns([2004, 1998, 2002])).toEqual([
      [1998, 1998],
      [2002, 2002],
      [2004, 2004],
    ]);
    expect(yearRuns([])).toEqual([]);
  });
});

describe('coversAYear(row)', () => {
  it('is true of a calendar or fiscal year (a leap year too), false of a part of one', () => {
    const period = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd, periodLabel: '' });
    expect(
      [
        period('2023-01-01', '2023-12-31'),
        period('2024-01-01', '2024-12-31'),
        period('2020-07-01', '2021-06-30'),
        period('2023-01-01', '2023-09-30'),
        period('2015-01-01', '2015-03-31'),
        period('2023-01-01', 'not a date'),
      ].map(coversAYear),
    ).toEqual([true, true, true, false, false, false]);
  });
});
