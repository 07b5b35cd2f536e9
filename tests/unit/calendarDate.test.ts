import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  parseIsoDate,
  parsePartialDate,
  precisionOf,
  spanOf,
  toUtcMs,
} from '../../src/lib/data/calendarDate';

describe('parsePartialDate(text, precision)', () => {
  it('parses a date once: asked again, it returns the same frozen result, per precision', () => {
    const first = parsePartialDate('2001-03', 'month');
    expect(parsePartialDate('2001-03', 'month')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parsePartialDate('2001-03', 'day')).toBeNull();
    expect(parsePartialDate('2001-03', 'month')).toEqual({ year: 2001, month: 3, precision: 'month' });
  });

  it.each([
    ['1993', 'year', { year: 1993, precision: 'year' }],
    ['1995-10', 'month', { year: 1995, month: 10, precision: 'month' }],
    ['1996-04-09', 'day', { year: 1996, month: 4, day: 9, precision: 'day' }],
    ['2024-02-29', 'day', { year: 2024, month: 2, day: 29, precision: 'day' }],
  ] as const)('reads %s at %s precision', (text, precision, expected) => {
    expect(parsePartialDate(text, precision)).toEqual(expected);
  });

  it.each([
    ['1995-10', 'year'],
    ['1995', 'month'],
    ['1995-13', 'month'],
    ['1995-00', 'month'],
    ['2023-02-29', 'day'],
    ['2024-04-31', 'day'],
    ['1900-02-29', 'day'],
    ['95-10-01', 'day'],
    ['1995-10-01T00:00', 'day'],
  ] as const)('rejects %s at %s precision', (text, precision) => {
    expect(parsePartialDate(text, precision)).toBeNull();
  });
});

describe('precisionOf(text)', () => {
  it('names the precision a shape implies', () => {
    expect([precisionOf('1993'), precisionOf('1993-03'), precisionOf('1993-03-12'), precisionOf('March 1993')]).toEqual(
      ['year', 'month', 'day', null],
    );
  });
});

describe('spanOf(partial)', () => {
  it('a month covers its first to its last day, leap years included', () => {
    const feb = parsePartialDate('2024-02', 'month');
    expect(feb && spanOf(feb)).toEqual({
      start: { year: 2024, month: 2, day: 1 },
      end: { year: 2024, month: 2, day: 29 },
    });
  });
  it('a year covers 1 January to 31 December', () => {
    const y = parsePartialDate('1993', 'year');
    expect(y && spanOf(y)).toEqual({
      start: { year: 1993, month: 1, day: 1 },
      end: { year: 1993, month: 12, day: 31 },
    });
  });
});

describe('toUtcMs(date)', () => {
  it('places a calendar day at UTC midnight whatever the local time zone', () => {
    const d = parseIsoDate('1991-12-12');
    expect(d && new Date(toUtcMs(d)).toISOString()).toBe('1991-12-12T00:00:00.000Z');
  });
});

describe('formatPartialDate(partial)', () => {
  it('says no more than the precision allows', () => {
    const texts = (['1993', '1995-10', '2023-09-23'] as const).map((t, i) => {
      const p = parsePartialDate(t, (['year', 'month', 'day'] as const)[i] ?? 'year');
      return p && formatPartialDate(p);
    });
    expect(texts).toEqual(['1993', 'October 1995', '23 September 2023']);
  });
});
