import { describe, expect, it } from 'vitest';
import {
  brushRange,
  keyStep,
  nearestThumb,
  xOf,
  yearAt,
  yearDensity,
  type Thumb,
  type YearRange,
} from '../../src/lib/ui/yearRange';

const bounds = { min: 1991, max: 2026 };
const mid: YearRange = { from: 2000, to: 2010 };

describe('keyStep(range, thumb, key, bounds)', () => {
  it.each<[Thumb, string, YearRange]>([
    ['from', 'ArrowLeft', { from: 1999, to: 2010 }],
    ['from', 'ArrowDown', { from: 1999, to: 2010 }],
    ['from', 'ArrowRight', { from: 2001, to: 2010 }],
    ['from', 'ArrowUp', { from: 2001, to: 2010 }],
    ['from', 'PageDown', { from: 1995, to: 2010 }],
    ['from', 'PageUp', { from: 2005, to: 2010 }],
    ['from', 'Home', { from: 1991, to: 2010 }],
    ['from', 'End', { from: 2010, to: 2010 }],
    ['to', 'ArrowLeft', { from: 2000, to: 2009 }],
    ['to', 'ArrowDown', { from: 2000, to: 2009 }],
    ['to', 'ArrowRight', { from: 2000, to: 2011 }],
    ['to', 'ArrowUp', { from: 2000, to: 2011 }],
    ['to', 'PageDown', { from: 2000, to: 2005 }],
    ['to', 'PageUp', { from: 2000, to: 2015 }],
    ['to', 'Home', { from: 2000, to: 2000 }],
    ['to', 'End', { from: 2000, to: 2026 }],
  ])('moves the %s thumb of 2000–2010 on %s', (thumb, key, expected) => {
    expect(keyStep(mid, thumb, key, bounds)).toEqual(expected);
  });

  it.each<[YearRange, Thumb, string, YearRange]>([
    [{ from: 1991, to: 2010 }, 'from', 'ArrowLeft', { from: 1991, to: 2010 }],
    [{ from: 1993, to: 2010 }, 'from', 'PageDown', { from: 1991, to: 2010 }],
    [{ from: 2000, to: 2026 }, 'to', 'ArrowRight', { from: 2000, to: 2026 }],
    [{ from: 2000, to: 2024 }, 'to', 'PageUp', { from: 2000, to: 2026 }],
  ])('keeps %o inside the bounds when the %s thumb gets %s', (range, thumb, key, expected) => {
    expect(keyStep(range, thumb, key, bounds)).toEqual(expected);
  });

  it.each<[YearRange, Thumb, string, YearRange]>([
    [{ from: 2008, to: 2010 }, 'from', 'PageUp', { from: 2010, to: 2010 }],
    [{ from: 2010, to: 2010 }, 'from', 'ArrowRight', { from: 2010, to: 2010 }],
    [{ from: 2000, to: 2002 }, 'to', 'PageDown', { from: 2000, to: 2000 }],
    [{ from: 2000, to: 2000 }, 'to', 'ArrowLeft', { from: 2000, to: 2000 }],
    [{ from: 2000, to: 2000 }, 'from', 'ArrowLeft', { from: 1999, to: 2000 }],
    [{ from: 2000, to: 2000 }, 'to', 'ArrowRight', { from: 2000, to: 2001 }],
  ])('lets %o meet but not pass the other thumb (%s thumb, %s)', (range, thumb, key, expected) => {
    expect(keyStep(range, thumb, key, bounds)).toEqual(expected);
  });

  it.each(['Enter', 'Tab', ' ', 'a', '', 'arrowleft', 'constructor', 'toString'])(
    'returns null for the key %j',
    (key) => {
      expect(keyStep(mid, 'from', key, bounds)).toBeNull();
      expect(keyStep(mid, 'to', key, bounds)).toBeNull();
    },
  );
});

describe('xOf(year, width, bounds) and yearAt(x, width, bounds)', () => {
  it('puts the bounds at the ends of the track', () => {
    expect(xOf(1991, 600, bounds)).toBe(0);
    expect(xOf(2026, 600, bounds)).toBe(600);
  });

  it.each([600, 35, 1234.5, 120])('round-trips every year at width %d', (width) => {
    for (let year = bounds.min; year <= bounds.max; year++) {
      expect(yearAt(xOf(year, width, bounds), width, bounds)).toBe(year);
    }
  });

  it('rounds to the nearest whole year', () => {
    const pitch = 600 / 35;
    expect(yearAt(xOf(2000, 600, bounds) + 0.4 * pitch, 600, bounds)).toBe(2000);
    expect(yearAt(xOf(2000, 600, bounds) + 0.6 * pitch, 600, bounds)).toBe(2001);
  });

  it.each([
    [-50, 600, 1991],
    [650, 600, 2026],
    [Number.NaN, 600, 1991],
    [Number.POSITIVE_INFINITY, 600, 1991],
    [100, 0, 1991],
    [100, Number.NaN, 1991],
  ])('yearAt(%d, %d) is clamped to %d', (x, width, expected) => {
    expect(yearAt(x, width, bounds)).toBe(expected);
  });

  it('gives 0 instead of NaN when the bounds are a single year', () => {
    expect(xOf(2000, 600, { min: 2000, max: 2000 })).toBe(0);
  });
});

describe('brushRange(a, b)', () => {
  it.each([
    [2000, 2010],
    [2010, 2000],
  ])('orders %d and %d', (a, b) => {
    expect(brushRange(a, b)).toEqual({ from: 2000, to: 2010 });
  });

  it('keeps a single year', () => {
    expect(brushRange(2005, 2005)).toEqual({ from: 2005, to: 2005 });
  });
});

describe('nearestThumb(x, range, width, bounds)', () => {
  const width = 350; // 10 px per year
  it.each<[number, YearRange, Thumb]>([
    [80, { from: 2000, to: 2010 }, 'from'],
    [139, { from: 2000, to: 2010 }, 'from'],
    [141, { from: 2000, to: 2010 }, 'to'],
    [340, { from: 2000, to: 2010 }, 'to'],
    [85, { from: 2000, to: 2000 }, 'from'],
    [95, { from: 2000, to: 2000 }, 'to'],
    [90, { from: 2000, to: 2000 }, 'to'],
  ])('at x=%d with %o grabs the %s thumb', (x, range, expected) => {
    expect(nearestThumb(x, range, width, bounds)).toBe(expected);
  });
});

describe('yearDensity(years, bounds)', () => {
  it('counts items per year from bounds.min to bounds.max inclusive', () => {
    const counts = yearDensity([1991, 2000, 2000, 2026], bounds);
    expect(counts).toHaveLength(36);
    expect(counts[0]).toBe(1);
    expect(counts[9]).toBe(2);
    expect(counts[35]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('ignores years outside the bounds and values that are not whole years', () => {
    const counts = yearDensity([1990, 2027, 1200, 2000.5, Number.NaN, 2005], bounds);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(counts[14]).toBe(1);
  });

  it('gives all zeros for no items', () => {
    expect(yearDensity([], bounds)).toEqual(new Array(36).fill(0));
  });
});
