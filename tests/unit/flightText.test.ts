import { describe, expect, it } from 'vitest';
import { airlineShortName, endText, frequencyText, serviceLabel, startText } from '../../src/lib/data/flightText';
import { serviceBars } from '../../src/lib/charts/serviceBars';
import { cityAirports, flightRow } from '../fixtures/flightRows';

const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore' });

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
});
