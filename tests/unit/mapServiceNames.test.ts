import { describe, expect, it } from 'vitest';
import { airportName, handleName, serviceCardLines, weeklyText } from '../../src/lib/map/serviceNames';
import type { AirportRow } from '../../src/lib/data/rows';
import { flightRow, turkishThroughRow } from '../fixtures/flightRows';

const airport = (id: string, city: string, country: string, name = `${city} Airport`): AirportRow => ({
  id,
  city,
  country,
  name,
  lat: 0,
  lon: 0,
  note: '',
  line: 2,
  sourceNames: ['OpenFlights'],
  sourceUrls: ['https://example.org/openflights'],
});
const airports = [
  airport('GYD', 'Baku', 'Azerbaijan', 'Heydar Aliyev International Airport'),
  airport('LHE', 'Lahore', 'Pakistan'),
  airport('KHI', 'Karachi', 'Pakistan'),
];

describe('handleName(row, airports)', () => {
  it('names an operating service as the issue asks', () => {
    expect(handleName(flightRow({ id: 'j2-gyd-lhe' }), airports)).toBe(
      'Baku to Lahore, Azerbaijan Airlines, 2 flights a week, from 23 September 2023',
    );
  });

  it('says when the end is unknown, with the last confirmation', () => {
    const row = flightRow({
      id: 'pk',
      airline: 'Pakistan International Airlines (PIA)',
      origin: 'KHI',
      destination: 'GYD',
      startDate: '2022-03-16',
      weeklyFrequency: 1,
      status: 'discontinued',
      lastConfirmed: '2022-03-17',
    });
    expect(handleName(row, airports)).toBe(
      'Karachi to Baku, Pakistan International Airlines, 1 flight a week, from 16 March 2022, end unknown (last confirmed 17 March 2022)',
    );
  });

  it('names a one-stop service with no start date or frequency without guessing either', () => {
    const row = turkishThroughRow({ id: 'tk' });
    expect(handleName(row, airports)).toBe(
      'Baku to Lahore, Turkish Airlines, through service from beyond Baku, stopping there, weekly frequency not reported, start unknown (first reported 29 May 2019), end unknown (last confirmed 26 April 2021)',
    );
  });

  it('falls back to the code for an airport it does not know', () => {
    expect(handleName(flightRow({ id: 'x', destination: 'ISB' }), airports)).toMatch(/^Baku to ISB,/);
  });
});

describe('weeklyText(n)', () => {
  it.each([
    [1, '1 flight a week'],
    [2, '2 flights a week'],
    [null, 'weekly frequency not reported'],
  ])('%s: %s', (n, text) => {
    expect(weeklyText(n)).toBe(text);
  });
});

describe('airportName(airport, services)', () => {
  it('gives city, code, name, country and the services in the window', () => {
    expect(airportName(airports[0] as AirportRow, 4)).toBe(
      'Baku (GYD), Heydar Aliyev International Airport, Azerbaijan: 4 route services in the window',
    );
    expect(airportName(airports[1] as AirportRow, 1)).toMatch(/: 1 route service in the window$/);
  });
});

describe('serviceCardLines(row)', () => {
  const value = (lines: { term: string; value: string }[], term: string) => lines.find((l) => l.term === term)?.value;

  it('gives the dates with their precision', () => {
    const lines = serviceCardLines(
      flightRow({
        id: 'x',
        startDate: '2022-03',
        startPrecision: 'month',
        endKnown: true,
        endDate: '2024',
        endPrecision: 'year',
        status: 'discontinued',
      }),
    );
    expect(value(lines, 'Start')).toBe('March 2022 (month only)');
    expect(value(lines, 'End')).toBe('2024 (year only)');
  });

  it('says "end unknown" for a service with no end date that is not operating', () => {
    const lines = serviceCardLines(
      flightRow({
        id: 'pk',
        status: 'discontinued',
        statusNote: 'discontinued (end date not found)',
        lastConfirmed: '2022-03-17',
      }),
    );
    expect(value(lines, 'End')).toBe('End unknown (last confirmed 17 March 2022)');
    expect(value(lines, 'Status')).toBe('discontinued (end date not found)');
  });

  it('says an operating service has no end reported, and gives the frequency or "Not reported"', () => {
    expect(value(serviceCardLines(flightRow({ id: 'a' })), 'End')).toBe(
      'None reported: operating (last confirmed 17 November 2025)',
    );
    expect(value(serviceCardLines(flightRow({ id: 'a' })), 'Weekly flights at launch')).toBe('2');
    expect(value(serviceCardLines(flightRow({ id: 'b', weeklyFrequency: null })), 'Weekly flights at launch')).toBe(
      'Not reported',
    );
  });

  it('adds the announcement date only when there is one', () => {
    expect(value(serviceCardLines(flightRow({ id: 'a', announcedDate: '2024-01-27' })), 'Announced')).toBe(
      '27 January 2024',
    );
    expect(value(serviceCardLines(flightRow({ id: 'a' })), 'Announced')).toBeUndefined();
  });
});
