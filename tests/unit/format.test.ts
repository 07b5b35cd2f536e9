import { describe, expect, it } from 'vitest';
import { counted, formatCount, formatUsd, formatUsdExact, formatWhole } from '../../src/lib/charts/format';
import { valueTicks } from '../../src/lib/charts/ticks';
import { scaleLinear, scaleLog } from 'd3';

describe('formatUsd(value)', () => {
  it.each([
    [12_400_000, 'US$ 12.4 M'],
    [182_800, 'US$ 183 k'],
    [18_280, 'US$ 18.3 k'],
    [100_000_000, 'US$ 100 M'],
    [2_000_000_000, 'US$ 2 bn'],
    [950, 'US$ 950'],
  ])('%d -> %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });
  it('formats counts and exact values', () => {
    expect([formatCount(46_000), formatUsdExact(49_693_956)]).toEqual(['46 k', 'US$ 49,693,956']);
  });
});

describe('valueTicks(scale, count, log)', () => {
  it('keeps 1-2-5 ticks of a log scale', () => {
    expect(valueTicks(scaleLog().domain([1e4, 1e6]), 5, true)).toEqual([1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6]);
  });
  it('keeps powers of ten when a log scale spans many decades', () => {
    const ticks = valueTicks(scaleLog().domain([1e3, 1e9]), 3, true);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.every((t) => Number.isInteger(Math.log10(t)))).toBe(true);
  });
  it('passes linear ticks through', () => {
    expect(valueTicks(scaleLinear().domain([0, 10]), 5, false)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('formatWhole', () => {
  it('groups thousands and rounds half away from zero, as en-US Intl.NumberFormat does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const values = [0, 7, 999, 1000, 41_268, 49_693_956.4, 1_234_567_890, 2.5, 3.5, -2.5, -1234.5, 999_999.5, 1e15];
    for (const value of values) expect(formatWhole(value)).toBe(intl.format(value));
  });

  it('passes non-finite values through as text', () => {
    expect([formatWhole(Number.NaN), formatWhole(Number.POSITIVE_INFINITY)]).toEqual(['NaN', 'Infinity']);
  });
});

describe('counted(n, one, many)', () => {
  it('gives a count its noun in the singular only for one', () => {
    expect([counted(1, 'event'), counted(0, 'row'), counted(1200, 'figure')]).toEqual([
      '1 event',
      '0 rows',
      '1,200 figures',
    ]);
    expect(counted(2, 'category', 'categories')).toBe('2 categories');
  });
});
