import { describe, expect, it } from 'vitest';
import {
  airlineShortName,
  endText,
  frequencyText,
  serviceLabel,
  startText,
  statusText,
} from '../../src/lib/data/flightText';
import { barConventions, barNote, drawnTitles, serviceBars } from '../../src/lib/charts/serviceBars';
import { cityAirports, flightRow, turkishThroughRow } from '../fixtures/flightRows';

const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore', ISB: 'Islamabad' });

describe('flight texts', () => {
  it('names a service in words, as a screen reader hears it', () => {
    expect(serviceLabel(flightRow({ id: 'a' }), airports)).toBe(
      'Baku to Lahore, Azerbaijan Airlines, direct, 2 flights a week at launch, from 23 September 2023, operating (last confirmed 17 November 2025)',
    );
  });
  it('says "end unknown" and never invents an end', () => {
    expect(endText(flightRow({ id: 'p', status: 'discontinued', lastConfirmed: '2022-03-17' }))).toBe(
      'end unknown (last confirmed 17 March 2022)',
    );
  });
  it('says when the start is unknown and when it was first reported', () => {
    expect(startText(flightRow({ id: 't', startKnown: false, startDate: null, firstConfirmed: '2019-05-29' }))).toBe(
      'start unknown (first reported 29 May 2019)',
    );
  });
  it('words the status as the row does, once, with the bare status where the row has no note on it', () => {
    const noted = flightRow({ id: 'n', statusNote: 'operating (as of April 2025 reports)', note: 'Quote: "…"' });
    expect(statusText(noted)).toBe('operating (as of April 2025 reports)');
    expect(statusText(flightRow({ id: 'b', status: 'status-unconfirmed' }))).toBe('status unconfirmed');
    // A note that does not start with the status keeps the status before it, not in place of it.
    expect(
      statusText(flightRow({ id: 'k', status: 'status-unconfirmed', statusNote: 'reported suspended in 2025' })),
    ).toBe('status unconfirmed (reported suspended in 2025)');
    // The timeline's tooltip says it so too (not "operating (operating (…))"), and gives the row's note.
    const [bar] = serviceBars([noted], airports, { year: 2026, month: 11, day: 28 });
    expect(bar?.tooltip.rows).toContainEqual(['Status', 'operating (as of April 2025 reports)']);
    expect(bar?.tooltip.note).toBe('Quote: "…"');
  });
  it('calls a through service (its row gives the leg from Baku on) so, never "Baku to Lahore · one-stop via Baku"', () => {
    const through = flightRow({
      id: 'tk',
      airline: 'Turkish Airlines',
      airlineCode: 'TK',
      serviceType: 'one-stop-via-baku',
    });
    const [bar] = serviceBars([through], airports, { year: 2026, month: 11, day: 28 });
    expect([bar?.title, bar?.shortTitle]).toEqual([
      'Turkish Airlines · Baku to Lahore · through service',
      'Turkish Airlines · Baku to Lahore · through',
    ]);
    expect(bar?.tooltip.rows).toContainEqual(['Service', 'through service from beyond Baku, stopping there']);
    expect(serviceLabel(through, airports)).not.toMatch(/via Baku/);
  });
  it('words frequencies, and says when none was reported', () => {
    expect([frequencyText({ weeklyFrequency: 1 }), frequencyText({ weeklyFrequency: null })]).toEqual([
      '1 flight a week at launch',
      'frequency not reported',
    ]);
  });
  it("gives a short title, with the airline's short name from the data, for a row too narrow for the whole", () => {
    expect(airlineShortName({ airline: 'Pakistan International Airlines (PIA)' })).toBe('PIA');
    expect(airlineShortName({ airline: 'Turkish Airlines' })).toBe('Turkish Airlines');
    const [bar] = serviceBars([flightRow({ id: 'a' })], airports, { year: 2026, month: 11, day: 28 });
    expect([bar?.title, bar?.shortTitle]).toEqual(['Azerbaijan Airlines · Baku to Lahore', 'AZAL · Baku to Lahore']);
  });

  it('names an airline alike on every row: short on all its rows if any whole title does not fit', () => {
    const today = { year: 2026, month: 11, day: 28 };
    const bars = serviceBars(
      [
        flightRow({ id: 'lahore' }),
        flightRow({ id: 'islamabad', destination: 'ISB' }),
        flightRow({ id: 'turkish', airline: 'Turkish Airlines', airlineCode: 'TK' }),
      ],
      airports,
      today,
    );
    const wholeLength = (id: string) => bars.find((b) => b.id === id)?.title.length ?? 0;
    // Wide enough for the Lahore row's whole title, not the Islamabad row's: both are AZAL's.
    const width = (wholeLength('lahore') + 1) * 7;
    expect(wholeLength('islamabad') * 7).toBeGreaterThan(width);
    expect(wholeLength('turkish') * 7).toBeLessThanOrEqual(width);
    expect(Object.fromEntries(drawnTitles(bars, width, 7))).toEqual({
      lahore: 'AZAL · Baku to Lahore',
      islamabad: 'AZAL · Baku to Islamabad',
      turkish: 'Turkish Airlines · Baku to Lahore',
    });
    // Wide enough for all: every whole title.
    expect([...drawnTitles(bars, 1000, 7).values()]).toEqual(bars.map((b) => b.title));
  });

  it('says under each bar what its drawn ends stand for, and the key names only the ends drawn', () => {
    const today = { year: 2026, month: 11, day: 28 };
    const turkish = turkishThroughRow({ id: 'turkish' });
    const operating = flightRow({ id: 'operating' });
    const ended = flightRow({
      id: 'ended',
      endKnown: true,
      endDate: '2024-06-30',
      endPrecision: 'day',
      status: 'discontinued',
    });
    const bars = serviceBars(
      [turkish, operating, ended, { ...operating, id: 'late', startKnown: false }],
      airports,
      today,
    );
    expect(Object.fromEntries(bars.map((bar) => [bar.id, barNote(bar)]))).toEqual({
      turkish: 'frequency not reported · start and end unknown',
      operating: '2 flights a week at launch · operating',
      ended: '2 flights a week at launch',
      late: '2 flights a week at launch · start unknown · operating',
    });
    const all = { start: Date.UTC(1991, 0, 1), end: Date.UTC(2027, 0, 1) };
    const only = (...ids: string[]) =>
      barConventions(
        bars.filter((bar) => ids.includes(bar.id)),
        all,
      );
    expect(only('turkish')).toEqual({ startUnknown: true, ongoing: false, endUnknown: true, oneStop: true });
    // Cut by the window's edge, a lead-in or a fade is not drawn, so not keyed: Turkish Airlines' first
    // report (29 May 2019) before a window from 2020, its last (26 April 2021) after one to 2020.
    const turkishOnly = bars.filter((bar) => bar.id === 'turkish');
    expect(barConventions(turkishOnly, { start: Date.UTC(2020, 0, 1), end: all.end })).toMatchObject({
      startUnknown: false,
      endUnknown: true,
    });
    expect(barConventions(turkishOnly, { start: all.start, end: Date.UTC(2021, 0, 1) })).toMatchObject({
      startUnknown: true,
      endUnknown: false,
    });
    expect(only('operating', 'ended')).toEqual({
      startUnknown: false,
      ongoing: true,
      endUnknown: false,
      oneStop: false,
    });
    expect(only('ended')).toEqual({ startUnknown: false, ongoing: false, endUnknown: false, oneStop: false });
  });
});
