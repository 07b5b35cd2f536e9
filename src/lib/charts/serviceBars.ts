import { serviceSpan } from '../data/serviceSpan';
import {
  airlineName,
  endText,
  frequencyText,
  routeName,
  serviceLabel,
  serviceTypeText,
  startText,
  STATUS_TEXT,
} from '../data/flightText';
import type { CalendarDate } from '../data/calendarDate';
import type { AirportRow, FlightRow } from '../data/rows';
import { airlineColor } from './airlineColors';
import type { TooltipContent } from './marks';
import { compareCodeUnits } from '../data/compareText';

/** One row of the flights timeline, in time positions (UTC ms) and words. */
export interface ServiceBar {
  id: string;
  title: string;
  frequency: string;
  label: string;
  start: number;
  confirmedEnd: number;
  end: number;
  after: 'ended' | 'ongoing' | 'unknown';
  startKnown: boolean;
  oneStop: boolean;
  color: string;
  /** Bar thickness in pixels, from the weekly frequency at launch (thin when not reported). */
  thickness: number;
  tooltip: TooltipContent;
}

export function barThickness(weekly: number | null): number {
  return weekly === null ? 4 : Math.min(16, 5 + weekly * 3);
}

/** Timeline rows for the services, in start order; services with no known date are left out. */
export function serviceBars(
  rows: readonly FlightRow[],
  airports: readonly AirportRow[],
  today: CalendarDate,
): ServiceBar[] {
  return rows
    .flatMap((row) => {
      const span = serviceSpan(row, today);
      if (!span) return [];
      const bar: ServiceBar = {
        id: row.id,
        title: `${airlineName(row)} · ${routeName(row, airports)}${row.serviceType === 'direct' ? '' : ' · one-stop via Baku'}`,
        frequency: frequencyText(row),
        label: serviceLabel(row, airports),
        ...span,
        oneStop: row.serviceType !== 'direct',
        color: airlineColor(row.airlineCode),
        thickness: barThickness(row.weeklyFrequency),
        tooltip: {
          title: `${airlineName(row)}: ${routeName(row, airports)}`,
          rows: [
            ['Service', serviceTypeText(row)],
            ['Start', startText(row)],
            ['End', endText(row)],
            ['Frequency', frequencyText(row)],
            ['Status', `${STATUS_TEXT[row.status]} (${row.statusNote})`],
            ['Row id', row.id],
          ],
          sourceNames: row.sourceNames,
          sourceUrls: row.sourceUrls,
        },
      };
      return [bar];
    })
    .sort((a, b) => a.start - b.start || compareCodeUnits(a.id, b.id));
}
