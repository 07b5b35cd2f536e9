import { describe, expect, it } from 'vitest';
import { yearOf, yearTicks } from '../../src/lib/charts/yearTicks';

const years = (ticks: number[]) => ticks.map(yearOf);

describe('yearTicks(start, end, maxCount)', () => {
  it('gives every year when they fit', () => {
    expect(years(yearTicks(Date.UTC(2013, 0, 1), Date.UTC(2017, 0, 1) - 1, 10))).toEqual([2013, 2014, 2015, 2016]);
  });
  it('steps by 5 or 10 years when space is short, on round years', () => {
    expect(years(yearTicks(Date.UTC(1991, 0, 1), Date.UTC(2027, 0, 1) - 1, 8))).toEqual([
      1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
    expect(years(yearTicks(Date.UTC(1991, 0, 1), Date.UTC(2027, 0, 1) - 1, 4))).toEqual([2000, 2010, 2020]);
  });
  it('never puts a tick before the start', () => {
    const ticks = yearTicks(Date.UTC(2013, 5, 1), Date.UTC(2016, 0, 1), 10);
    expect(years(ticks)).toEqual([2014, 2015, 2016]);
  });
  it('gives one tick for a one-year window', () => {
    expect(years(yearTicks(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1) - 1, 3))).toEqual([2020]);
  });
});
