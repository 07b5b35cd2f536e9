/** What the map's legend lists: only the airlines, widths and line patterns the drawn arcs use. Pure. */
import { airlineName } from '../data/flightText';
import { arcLook, arcWeight, PATTERNS, type ArcPattern } from './arcStyle';
import type { CalendarDate } from '../data/calendarDate';
import type { FlightRow } from '../data/rows';

export interface MapLegend {
  airlines: { code: string; name: string }[];
  /** Known weekly frequencies drawn, ascending, with their widths. */
  widths: { flights: number; weight: number }[];
  patterns: ArcPattern[];
  hollow: boolean;
}

export function mapLegend(rows: readonly FlightRow[], today: CalendarDate): MapLegend {
  const airlines = new Map<string, string>();
  const flights = new Set<number>();
  const patterns = new Set<ArcPattern>();
  let hollow = false;
  for (const row of rows) {
    if (!airlines.has(row.airlineCode)) airlines.set(row.airlineCode, airlineName(row));
    const look = arcLook(row, today);
    patterns.add(look.pattern);
    hollow ||= look.hollow;
    if (look.pattern !== 'frequency-unknown' && row.weeklyFrequency !== null) flights.add(row.weeklyFrequency);
  }
  return {
    airlines: [...airlines].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)),
    widths: [...flights].sort((a, b) => a - b).map((n) => ({ flights: n, weight: arcWeight(n) })),
    patterns: PATTERNS.filter((p) => patterns.has(p)),
    hollow,
  };
}
