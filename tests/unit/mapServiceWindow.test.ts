import { describe, expect, it } from 'vitest';
import { hiddenServicesText, servicesInWindow, unplacedText } from '../../src/lib/map/serviceWindow';
import { endedFlightRow, flightRow } from '../fixtures/flightRows';

const today = { year: 2026, month: 11, day: 28 };
const rows = [
  flightRow({
    id: 'tk',
    startKnown: false,
    startDate: null,
    startPrecision: null,
    firstConfirmed: '2019-05-29',
    lastConfirmed: '2021-04-26',
    status: 'status-unconfirmed',
  }),
  flightRow({
    id: 'pk',
    startDate: '2022-03-16',
    firstConfirmed: '2022-03-16',
    lastConfirmed: '2022-03-17',
    status: 'discontinued',
  }),
  flightRow({ id: 'j2' }),
  flightRow({
    id: 'undated',
    startKnown: false,
    startDate: null,
    startPrecision: null,
    firstConfirmed: null,
    lastConfirmed: null,
  }),
];
const ids = (from: number, to: number) => servicesInWindow(rows, from, to, today).shown.map((r) => r.id);

describe('servicesInWindow(rows, from, to, today)', () => {
  it.each([
    [1991, 2026, ['tk', 'pk', 'j2']],
    [2019, 2021, ['tk']],
    [2022, 2022, ['pk']],
    [2024, 2026, ['j2']],
    [1991, 2018, []],
  ] as const)('%i–%i shows %j', (from, to, expected) => {
    expect(ids(from, to)).toEqual(expected);
  });

  it('counts what the window hides: earlier (a known end), later and undated', () => {
    const ended = endedFlightRow();
    const { before, after, endUnknown, undated } = servicesInWindow([...rows, ended], 2022, 2022, today);
    // tk, last confirmed in 2021 with no known end, is not said to be earlier: no source says it ended.
    expect({ before, after, undated }).toEqual({ before: 1, after: 1, undated: 1 });
    expect(endUnknown.map((r) => r.id)).toEqual(['tk']);
  });

  it('counts a service with no known end, last confirmed before the window, neither earlier nor later', () => {
    // tk: status unconfirmed, last confirmed 2021; pk: discontinued on no known day, last confirmed 2022.
    const { shown, before, after, endUnknown, undated } = servicesInWindow(rows, 2024, 2024, today);
    expect(shown.map((r) => r.id)).toEqual(['j2']);
    expect({ before, after, undated }).toEqual({ before: 0, after: 0, undated: 1 });
    expect(endUnknown.map((r) => r.id)).toEqual(['tk', 'pk']);
  });

  it('runs an operating service to today, so it shows in the current year', () => {
    expect(ids(2026, 2026)).toEqual(['j2']);
  });
});

describe('hiddenServicesText(windowed)', () => {
  it.each([
    [{ before: 2, after: 4, endUnknown: [], undated: 0 }, '2 earlier services and 4 later services outside the window'],
    [{ before: 1, after: 0, endUnknown: [], undated: 0 }, '1 earlier service outside the window'],
    [{ before: 0, after: 0, endUnknown: [], undated: 1 }, '1 undated service not drawn'],
    [
      { before: 0, after: 1, endUnknown: [rows[0]!, rows[1]!], undated: 0 },
      '1 later service outside the window; 2 services last confirmed before it, with no known end, not drawn',
    ],
    [
      { before: 0, after: 0, endUnknown: [rows[0]!], undated: 1 },
      '1 service last confirmed before the window, with no known end, not drawn; 1 undated service not drawn',
    ],
    [{ before: 0, after: 0, endUnknown: [], undated: 0 }, ''],
  ])('%j: %s', (counts, text) => {
    expect(hiddenServicesText({ shown: [], ...counts })).toBe(text);
  });
});

describe('unplacedText(shown, positions)', () => {
  const at = (...codes: string[]) => new Map(codes.map((c) => [c, { lat: 0, lon: 0 }]));
  const gydLhe = flightRow({ id: 'a', origin: 'GYD', destination: 'LHE' });
  const gydKhi = flightRow({ id: 'b', origin: 'GYD', destination: 'KHI' });
  const khiGyd = flightRow({ id: 'c', origin: 'KHI', destination: 'GYD' });

  it('says how many services of the window the map cannot draw, and for which airports', () => {
    expect(unplacedText([gydLhe, gydKhi, khiGyd], at('GYD', 'LHE'))).toBe(
      'In the window, 2 services are not drawn: no airport row the map can place for KHI (see the data issues).',
    );
    expect(unplacedText([gydLhe, gydKhi], at())).toBe(
      'In the window, 2 services are not drawn: no airport row the map can place for GYD, KHI and LHE (see the data issues).',
    );
    expect(unplacedText([gydLhe], at('LHE'))).toBe(
      'In the window, 1 service is not drawn: no airport row the map can place for GYD (see the data issues).',
    );
  });

  it('says nothing when every service can be drawn, or none is in the window', () => {
    expect(unplacedText([gydLhe, gydKhi], at('GYD', 'LHE', 'KHI'))).toBe('');
    expect(unplacedText([], at())).toBe('');
  });
});
