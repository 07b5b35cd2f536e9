import { describe, expect, it } from 'vitest';
import { localToday, serviceInWindow, serviceSpan } from '../../src/lib/data/serviceSpan';
import { flightRow } from '../fixtures/flightRows';

const today = { year: 2026, month: 11, day: 28 };
const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

describe('serviceSpan(row, today)', () => {
  it('works a row out once per day: the same frozen span again, a new one when the day changes', () => {
    const row = flightRow({ id: 'a' });
    const first = serviceSpan(row, today);
    expect(serviceSpan(row, { ...today })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const tomorrow = serviceSpan(row, { ...today, day: 29 });
    expect(iso(tomorrow?.end)).toBe('2026-11-29'); // still operating: drawn to the new today
  });

  it('runs an operating service to today, confirmed up to its last dated source', () => {
    const span = serviceSpan(flightRow({ id: 'a' }), today);
    expect([iso(span?.start), iso(span?.confirmedEnd), iso(span?.end), span?.after]).toEqual([
      '2023-09-23',
      '2025-11-17',
      '2026-11-28',
      'ongoing',
    ]);
  });

  it('never guesses an end: a discontinued service with no end date stops at its last confirmation, marked unknown', () => {
    const span = serviceSpan(
      flightRow({
        id: 'pia',
        status: 'discontinued',
        startDate: '2022-03-16',
        firstConfirmed: '2022-03-16',
        lastConfirmed: '2022-03-17',
      }),
      today,
    );
    expect([iso(span?.start), iso(span?.end), span?.after]).toEqual(['2022-03-16', '2022-03-17', 'unknown']);
  });

  it('uses a known end date when the data has one', () => {
    const span = serviceSpan(
      flightRow({ id: 'x', status: 'discontinued', endKnown: true, endDate: '2024-05', endPrecision: 'month' }),
      today,
    );
    expect([iso(span?.end), span?.after]).toEqual(['2024-05-31', 'ended']);
  });

  it('starts an unknown-start service at its first confirmation', () => {
    const span = serviceSpan(
      flightRow({
        id: 'tk',
        startKnown: false,
        startDate: null,
        startPrecision: null,
        firstConfirmed: '2019-05-29',
        lastConfirmed: '2021-04-26',
        status: 'status-unconfirmed',
      }),
      today,
    );
    expect([iso(span?.start), span?.startKnown, iso(span?.end), span?.after]).toEqual([
      '2019-05-29',
      false,
      '2021-04-26',
      'unknown',
    ]);
  });

  it('is null when no date at all is known', () => {
    expect(
      serviceSpan(
        flightRow({ id: 'n', startKnown: false, startDate: null, firstConfirmed: null, lastConfirmed: null }),
        today,
      ),
    ).toBeNull();
  });
});

describe('serviceInWindow(row, from, to, today)', () => {
  const pia = flightRow({
    id: 'pia',
    status: 'discontinued',
    startDate: '2022-03-16',
    firstConfirmed: '2022-03-16',
    lastConfirmed: '2022-03-17',
  });
  it.each([
    [2022, 2022, true],
    [2023, 2026, false],
    [2010, 2021, false],
  ])('a 2022-only service in %d–%d: %s', (from, to, shown) => {
    expect(serviceInWindow(pia, from, to, today)).toBe(shown);
  });
  it('an operating service shows in every window up to today', () => {
    expect(serviceInWindow(flightRow({ id: 'a' }), 2026, 2026, today)).toBe(true);
  });
});

describe('localToday(now)', () => {
  it('reads the calendar date of a Date in local time', () => {
    expect(localToday(new Date(2026, 10, 28, 23, 59))).toEqual({ year: 2026, month: 11, day: 28 });
  });
});
