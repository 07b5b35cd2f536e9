/**
 * What the map says about services and airports: accessible names for arc handles and airport
 * markers, and the card's lines (dates with their precision). Plain text only, never HTML. Pure.
 */
import { formatPartialDate, parseIsoDate, parsePartialDate, type DatePrecision } from '../data/calendarDate';
import { airlineName, endText, routeName, serviceTypeText, startText, statusText } from '../data/flightText';
import type { AirportRow, FlightRow } from '../data/rows';
import { counted } from '../charts/format';

export function weeklyText(weeklyFrequency: number | null): string {
  if (weeklyFrequency === null) return 'weekly frequency not reported';
  return `${counted(weeklyFrequency, 'flight')} a week`;
}

/** 'Baku to Lahore, Azerbaijan Airlines, 2 flights a week, from 23 September 2023'; services that are
 *  not operating add how they end ('end unknown (last confirmed 17 March 2022)'). */
export function handleName(row: FlightRow, airports: readonly AirportRow[]): string {
  const parts = [routeName(row, airports), airlineName(row)];
  if (row.serviceType === 'one-stop-via-baku') parts.push(serviceTypeText(row));
  parts.push(weeklyText(row.weeklyFrequency), startText(row));
  if (row.status !== 'operating' || row.endKnown) parts.push(endText(row));
  return parts.join(', ');
}

/** 'Baku (GYD), Heydar Aliyev International Airport, Azerbaijan: 4 route services in the window'. */
export function airportName(airport: AirportRow, services: number): string {
  const count = `${counted(services, 'route service')} in the window`;
  return `${airport.city} (${airport.id}), ${airport.name}, ${airport.country}: ${count}`;
}

const PRECISION_NOTE: Record<DatePrecision, string> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
};

function dated(text: string | null, precision: DatePrecision | null): string | null {
  const parsed = text && precision ? parsePartialDate(text, precision) : null;
  return parsed ? `${formatPartialDate(parsed)} (${PRECISION_NOTE[parsed.precision]})` : null;
}

function day(text: string | null): string | null {
  const parsed = text ? parseIsoDate(text) : null;
  return parsed ? formatPartialDate({ ...parsed, precision: 'day' }) : null;
}

export interface CardLine {
  term: string;
  value: string;
}

/** The card's facts about a service, in reading order. */
export function serviceCardLines(row: FlightRow): CardLine[] {
  const start = row.startKnown ? dated(row.startDate, row.startPrecision) : null;
  const end = row.endKnown ? dated(row.endDate, row.endPrecision) : null;
  const first = day(row.firstConfirmed);
  const last = day(row.lastConfirmed);
  const announced = day(row.announcedDate);
  const lines: CardLine[] = [
    { term: 'Service', value: row.serviceType === 'direct' ? 'Direct' : 'One-stop via Baku (through service)' },
    { term: 'Start', value: start ?? `Unknown${first ? `; first reported ${first}` : ''}` },
    {
      term: 'End',
      value:
        end ??
        (row.status === 'operating'
          ? `None reported: operating${last ? ` (last confirmed ${last})` : ''}`
          : `End unknown${last ? ` (last confirmed ${last})` : ''}`),
    },
    {
      term: 'Weekly flights at launch',
      value: row.weeklyFrequency === null ? 'Not reported' : String(row.weeklyFrequency),
    },
    { term: 'Status', value: statusText(row) },
  ];
  if (announced) lines.splice(1, 0, { term: 'Announced', value: announced });
  return lines;
}

/** What the map shows, in words: the still map's accessible name, and the exported image's name and description. */
export function mapImageLabel(shown: readonly FlightRow[], airports: readonly AirportRow[]): string {
  const n = shown.length;
  const head = `Map of air links between Azerbaijan and Pakistan: ${counted(n, 'route service')}`;
  if (n === 0) return `${head}.`;
  const list = shown.map((row) => `${routeName(row, airports)} (${airlineName(row)})`).join('; ');
  return `${head}: ${list}.`;
}
