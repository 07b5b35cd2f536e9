import { formatPartialDate, parseIsoDate, parsePartialDate } from './calendarDate';
import type { AirportRow, FlightRow } from './rows';

/** Short airline name: 'Azerbaijan Airlines' from 'Azerbaijan Airlines (AZAL)'. */
export function airlineName(row: Pick<FlightRow, 'airline'>): string {
  return row.airline.replace(/\s*\(.*\)\s*$/, '');
}

/** The name the airline is known by for short, as the data gives it in brackets ('PIA', 'AZAL'), or its name. */
export function airlineShortName(row: Pick<FlightRow, 'airline'>): string {
  return /\(([^()]+)\)\s*$/.exec(row.airline)?.[1]?.trim() || airlineName(row);
}

function cityOf(iata: string, airports: readonly AirportRow[]): string {
  return airports.find((a) => a.id === iata)?.city ?? iata;
}

/** 'Baku to Lahore': the leg between the two countries (for a through service, the leg from Baku on). */
export function routeName(row: FlightRow, airports: readonly AirportRow[]): string {
  return `${cityOf(row.origin, airports)} to ${cityOf(row.destination, airports)}`;
}

/**
 * 'direct', or for a through service (Turkish Airlines' Istanbul–Baku–Lahore, say, whose row gives the
 * leg from Baku on) 'through service from beyond Baku, stopping there': never 'Baku to Lahore via Baku'.
 */
export function serviceTypeText(row: Pick<FlightRow, 'serviceType'>): string {
  return row.serviceType === 'direct' ? 'direct' : THROUGH_SERVICE;
}
export const THROUGH_SERVICE = 'through service from beyond Baku, stopping there';

/** '17 November 2025' for '2025-11-17'; null for no date or one that cannot be read. */
export function dayText(iso: string | null): string | null {
  const parsed = iso ? parseIsoDate(iso) : null;
  return parsed ? formatPartialDate({ ...parsed, precision: 'day' }) : null;
}

/** 'from 23 September 2023', or 'start unknown (first reported 29 May 2019)'. */
export function startText(row: FlightRow): string {
  const parsed = row.startKnown && row.startDate && row.startPrecision ? parsePartialDate(row.startDate, row.startPrecision) : null;
  if (parsed) return `from ${formatPartialDate(parsed)}`;
  const first = dayText(row.firstConfirmed);
  return first ? `start unknown (first reported ${first})` : 'start unknown';
}

/** 'until May 2024', 'still operating (last confirmed 17 November 2025)', 'end unknown (last confirmed …)'. */
export function endText(row: FlightRow): string {
  const parsed = row.endKnown && row.endDate && row.endPrecision ? parsePartialDate(row.endDate, row.endPrecision) : null;
  if (parsed) return `until ${formatPartialDate(parsed)}`;
  const last = dayText(row.lastConfirmed);
  const confirmed = last ? ` (last confirmed ${last})` : '';
  return row.status === 'operating' ? `operating${confirmed}` : `end unknown${confirmed}`;
}

/**
 * The dates the Start and End columns sort by: the dates their text gives (ISO, so a month sorts
 * before the days in it), the start or end when known, else the first or last report; '' for none.
 * A service still operating has not ended: it sorts after every dated end (a word sorts after the
 * digits), by its last report.
 */
export function startSortValue(row: FlightRow): string {
  return (row.startKnown ? row.startDate : null) ?? row.firstConfirmed ?? '';
}
export function endSortValue(row: FlightRow): string {
  const date = (row.endKnown ? row.endDate : null) ?? row.lastConfirmed ?? '';
  return row.status === 'operating' && !row.endKnown ? `operating ${date}` : date;
}

export function frequencyText(row: Pick<FlightRow, 'weeklyFrequency'>): string {
  if (row.weeklyFrequency === null) return 'frequency not reported';
  return `${row.weeklyFrequency} ${row.weeklyFrequency === 1 ? 'flight' : 'flights'} a week at launch`;
}

export const STATUS_TEXT: Record<FlightRow['status'], string> = {
  operating: 'operating',
  discontinued: 'discontinued',
  'status-unconfirmed': 'status unconfirmed',
};

/**
 * The service's status, with the row's note on it: 'operating (as of April 2025 reports)' as the row
 * words it when its note starts with the status, else 'status unconfirmed (reported suspended in
 * 2025 …)'; the bare status when the row has no note.
 */
export function statusText(row: Pick<FlightRow, 'status' | 'statusNote'>): string {
  const status = STATUS_TEXT[row.status];
  if (!row.statusNote || row.statusNote.startsWith(status)) return row.statusNote || status;
  return `${status} (${row.statusNote})`;
}

/** 'Baku to Lahore, Azerbaijan Airlines, 2 flights a week at launch, from 23 September 2023, operating (…)'. */
export function serviceLabel(row: FlightRow, airports: readonly AirportRow[]): string {
  return `${routeName(row, airports)}, ${airlineName(row)}, ${serviceTypeText(row)}, ${frequencyText(row)}, ${startText(row)}, ${endText(row)}`;
}
