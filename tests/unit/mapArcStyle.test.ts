import { describe, expect, it } from 'vitest';
import {
  arcEmphasis,
  arcLook,
  arcPattern,
  arcStrokes,
  arcWeight,
  DASH,
  PATTERNS,
  WIDTH,
} from '../../src/lib/map/arcStyle';
import { mapLegend } from '../../src/lib/map/mapLegend';
import { flightRow } from '../fixtures/flightRows';

const today = { year: 2026, month: 11, day: 28 };

describe('arcWeight(weeklyFrequency)', () => {
  it.each([
    [1, 3.5],
    [2, 5],
    [7, 12.5],
    [8, 14],
    [20, 14],
  ])('%s flights a week draw %s px', (flights, px) => {
    expect(arcWeight(flights)).toBe(px);
  });

  it('grows with every extra weekly flight up to the cap', () => {
    for (let n = 1; n < WIDTH.maxFlights; n++) expect(arcWeight(n + 1)).toBeGreaterThan(arcWeight(n));
  });

  it.each([null, 0, -1, Number.NaN, Infinity])('draws an unknown or impossible frequency (%s) thinnest', (value) => {
    expect(arcWeight(value)).toBe(WIDTH.unknown);
    expect(WIDTH.unknown).toBeLessThan(arcWeight(1));
  });
});

describe('arcPattern(row, today)', () => {
  it('is solid for an operating service', () => {
    expect(arcPattern(flightRow({ id: 'a' }), today)).toBe('operating');
    expect(DASH.operating).toBeNull();
  });

  it('is dashed for a service whose end is unknown (never guessed)', () => {
    const row = flightRow({ id: 'pk', status: 'discontinued', lastConfirmed: '2022-03-17' });
    expect(arcPattern(row, today)).toBe('end-unknown');
  });

  it('is dash-dot for a service with a known end', () => {
    const row = flightRow({
      id: 'x',
      status: 'discontinued',
      endKnown: true,
      endDate: '2024-05',
      endPrecision: 'month',
    });
    expect(arcPattern(row, today)).toBe('ended');
  });

  it('is thin and dashed when the weekly frequency is not reported, whatever the status', () => {
    const row = flightRow({ id: 'tk', weeklyFrequency: null });
    expect(arcPattern(row, today)).toBe('frequency-unknown');
    expect(arcLook(row, today)).toMatchObject({ weight: WIDTH.unknown, dashArray: DASH['frequency-unknown'] });
  });

  it('gives every pattern but the operating one a distinct dash', () => {
    const dashes = PATTERNS.map((p) => DASH[p]);
    expect(new Set(dashes).size).toBe(PATTERNS.length);
  });
});

describe('arcLook(row, today)', () => {
  it('draws one-stop services via Baku hollow, direct ones not', () => {
    expect(arcLook(flightRow({ id: 'tk', serviceType: 'one-stop-via-baku' }), today).hollow).toBe(true);
    expect(arcLook(flightRow({ id: 'j2' }), today).hollow).toBe(false);
  });
});

describe('arcEmphasis(row, service, airport)', () => {
  const row = flightRow({ id: 'j2-gyd-lhe', origin: 'GYD', destination: 'LHE' });
  it.each([
    [null, null, 'plain'],
    ['j2-gyd-lhe', null, 'selected'],
    ['other', null, 'muted'],
    [null, 'LHE', 'selected'],
    [null, 'GYD', 'selected'],
    [null, 'KHI', 'muted'],
  ] as const)('service %s, airport %s: %s', (service, airport, expected) => {
    expect(arcEmphasis(row, service, airport)).toBe(expected);
  });
});

describe('mapLegend(rows, today)', () => {
  it('lists only the airlines, widths and patterns drawn', () => {
    const legend = mapLegend(
      [
        flightRow({ id: 'a', airline: 'Azerbaijan Airlines (AZAL)', airlineCode: 'J2', weeklyFrequency: 2 }),
        flightRow({ id: 'b', airline: 'Azerbaijan Airlines (AZAL)', airlineCode: 'J2', weeklyFrequency: 2 }),
        flightRow({
          id: 'c',
          airline: 'Turkish Airlines',
          airlineCode: 'TK',
          weeklyFrequency: null,
          serviceType: 'one-stop-via-baku',
        }),
      ],
      today,
    );
    expect(legend).toEqual({
      airlines: [
        { code: 'J2', name: 'Azerbaijan Airlines' },
        { code: 'TK', name: 'Turkish Airlines' },
      ],
      widths: [{ flights: 2, weight: 5 }],
      patterns: ['operating', 'frequency-unknown'],
      hollow: true,
    });
  });

  it('is empty for no rows', () => {
    expect(mapLegend([], today)).toEqual({ airlines: [], widths: [], patterns: [], hollow: false });
  });
});

describe('arcStrokes(row, today, service, airport)', () => {
  const direct = flightRow({ id: 'j2', weeklyFrequency: 2 });
  const through = flightRow({ id: 'tk', serviceType: 'one-stop-via-baku', weeklyFrequency: 2 });

  it('draws a plain arc at its weight, a through service as a wider outer stroke around an inner one', () => {
    expect(arcStrokes(direct, today, null, null)).toEqual({
      outer: 5,
      inner: null,
      dashArray: DASH[arcPattern(direct, today)],
      opacity: 1,
      selected: false,
    });
    expect(arcStrokes(through, today, null, null)).toMatchObject({ outer: 9, inner: 5, opacity: 1, selected: false });
  });

  it('widens the selection by 2 px, so that it does not rest on colour alone, and fades the rest', () => {
    expect(arcStrokes(direct, today, 'j2', null)).toMatchObject({ outer: 7, inner: null, selected: true });
    expect(arcStrokes(through, today, 'j2', null)).toMatchObject({ outer: 9, inner: 5, opacity: 0.3, selected: false });
    expect(arcStrokes(through, today, 'tk', null)).toMatchObject({ outer: 11, inner: 7, opacity: 1, selected: true });
  });
});
