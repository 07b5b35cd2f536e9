import { describe, expect, it } from 'vitest';
import {
  endUnknownBefore,
  endUnknownText,
  extendedInWindow,
  extendedText,
  unconfirmedInWindow,
  unconfirmedText,
} from '../../src/lib/data/unconfirmedServices';
import { cityAirports, flightRow, pia2022KarachiRow } from '../fixtures/flightRows';

const today = { year: 2026, month: 12, day: 5 };
const azal = flightRow({ id: 'j2' }); // operating, last confirmed 2025-11-17
const pia = flightRow({ id: 'pk', airlineCode: 'PK', lastConfirmed: '2025-04-21' });
const ended = flightRow({
  id: 'old',
  endKnown: true,
  endDate: '2024-01-01',
  endPrecision: 'day',
  status: 'discontinued',
});
const unconfirmed = flightRow({ id: 'tk', status: 'status-unconfirmed', lastConfirmed: '2021-04-26' });

describe('unconfirmedInWindow(shown, from, to, today)', () => {
  it('finds the operating services whose last report is before the window starts', () => {
    expect(unconfirmedInWindow([azal, pia, ended, unconfirmed], 2026, 2026, today).map((r) => r.id)).toEqual([
      'j2',
      'pk',
    ]);
  });
  it('finds none when a report falls in the window, even in its last year only', () => {
    expect(unconfirmedInWindow([azal, pia], 2025, 2026, today)).toEqual([]);
    expect(unconfirmedInWindow([azal, pia], 2020, 2025, today)).toEqual([]);
  });
});

describe('unconfirmedText(rows, years)', () => {
  it('says how many are drawn from older reports, the latest report, and that none covers the window', () => {
    expect(unconfirmedText([pia, azal], '2026', today)).toBe(
      '2 services are drawn as operating from their last reports (the latest dated 17 November 2025): no source confirms them in 2026.',
    );
    expect(unconfirmedText([pia], '2026', today)).toBe(
      '1 service is drawn as operating from its last report (the latest dated 21 April 2025): no source confirms it in 2026.',
    );
    expect(unconfirmedText([], '2026', today)).toBe('');
  });
  it('dates the latest day a source confirms, from the start when no report is later', () => {
    // No confirmation dates at all: the service is known from its start alone.
    const startOnly = flightRow({ id: 's', startDate: '2024-06-01', firstConfirmed: null, lastConfirmed: null });
    expect(unconfirmedInWindow([startOnly], 2026, 2026, today)).toEqual([startOnly]);
    expect(unconfirmedText([startOnly], '2026', today)).toContain('(the latest dated 1 June 2024)');
    // A known start after the last dated report: the start is what a source confirms last.
    const lateStart = flightRow({ id: 'l', startDate: '2025-02-10', lastConfirmed: '2024-12-01' });
    expect(unconfirmedText([lateStart], '2026', today)).toContain('(the latest dated 10 February 2025)');
  });
});

describe('extendedInWindow and extendedText: services drawn on past their last report inside the window', () => {
  const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore' });
  const piaLahore = flightRow({
    id: 'pk',
    airline: 'Pakistan International Airlines (PIA)',
    airlineCode: 'PK',
    origin: 'LHE',
    destination: 'GYD',
    lastConfirmed: '2025-04-21',
  });
  it('finds the operating services whose last report falls in the window, before its end and before today', () => {
    expect(extendedInWindow([azal, piaLahore, ended, unconfirmed], 2020, 2026, today).map((r) => r.id)).toEqual([
      'j2',
      'pk',
    ]);
    // A window that ends before their last reports shows only what sources confirm.
    expect(extendedInWindow([azal, piaLahore], 2020, 2024, today)).toEqual([]);
    // A window after their last reports is unconfirmedInWindow's, not this one's.
    expect(extendedInWindow([azal, piaLahore], 2026, 2026, today)).toEqual([]);
  });
  it('names each with its last report, earliest first', () => {
    expect(extendedText([azal, piaLahore], airports, today)).toBe(
      'Listed as operating in their last reports, and drawn on to today with no source since: PIA Lahore to Baku (last confirmed 21 April 2025); AZAL Baku to Lahore (17 November 2025).',
    );
    expect(extendedText([azal], airports, today)).toBe(
      'Listed as operating in its last report, and drawn on to today with no source since: AZAL Baku to Lahore (last confirmed 17 November 2025).',
    );
    expect(extendedText([], airports, today)).toBe('');
  });
});

describe('endUnknownBefore and endUnknownText: services with no known end, last confirmed before the window', () => {
  const airports = cityAirports({ GYD: 'Baku', KHI: 'Karachi', LHE: 'Lahore' });
  const pia2022 = pia2022KarachiRow({ id: 'pk-2022' });
  const azalKarachi = flightRow({
    id: 'j2-khi',
    destination: 'KHI',
    startDate: '2024-04-18',
    firstConfirmed: '2024-04-18',
    lastConfirmed: '2025-04-21',
    status: 'status-unconfirmed',
  });
  const all = [azal, pia2022, azalKarachi, ended, unconfirmed];
  const ids = (from: number, to: number) => endUnknownBefore(all, from, to, today).map((r) => r.id);

  it('finds them, and neither the operating (drawn on), the ended (a known end) nor those confirmed in the window', () => {
    expect(ids(2023, 2023)).toEqual(['pk-2022']);
    // tk: status unconfirmed, confirmed from its start (23 September 2023) only.
    expect(ids(2026, 2026)).toEqual(['pk-2022', 'j2-khi', 'tk']);
    // Confirmed in the window: drawn, with their unknown end faded.
    expect(ids(2022, 2026)).toEqual([]);
    expect(ids(1991, 2021)).toEqual([]);
  });

  it("names each with its last report and status, earliest first, in the window's words", () => {
    expect(endUnknownText([azalKarachi, pia2022], airports, '2026', today)).toBe(
      'Not drawn, as no source dates their end or confirms them in 2026: PIA Karachi to Baku (last confirmed 17 March 2022; discontinued); AZAL Baku to Karachi (last confirmed 21 April 2025; status unconfirmed).',
    );
    expect(endUnknownText([pia2022], airports, '2023–2024', today)).toBe(
      'Not drawn, as no source dates its end or confirms it in 2023–2024: PIA Karachi to Baku (last confirmed 17 March 2022; discontinued).',
    );
    expect(endUnknownText([], airports, '2023', today)).toBe('');
  });
});
