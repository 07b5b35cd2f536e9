/**
 * How an arc is drawn: width from the weekly frequency at launch, line pattern from what is known of
 * the service, a hollow (double) line for one-stop services via Baku. Colour comes from the airline
 * (charts/airlineColors, shared with the timeline). Pure.
 */
import { serviceSpan } from '../data/serviceSpan';
import type { CalendarDate } from '../data/calendarDate';
import type { FlightRow } from '../data/rows';

/** Line width in px: 2 for an unknown frequency, else 2 + 1.5 px per weekly flight, up to 8 flights. */
export const WIDTH = { unknown: 2, base: 2, perFlight: 1.5, maxFlights: 8 } as const;

export function arcWeight(weeklyFrequency: number | null): number {
  if (weeklyFrequency === null || !Number.isFinite(weeklyFrequency) || weeklyFrequency <= 0) return WIDTH.unknown;
  return WIDTH.base + WIDTH.perFlight * Math.min(weeklyFrequency, WIDTH.maxFlights);
}

/**
 * Line patterns, one per kind of arc. An unknown frequency takes precedence (thin and dashed, as the
 * legend says); the service's end (ongoing, ended, unknown) then shows in its name and card.
 */
export const PATTERNS = ['operating', 'end-unknown', 'ended', 'frequency-unknown'] as const;
export type ArcPattern = (typeof PATTERNS)[number];

export const DASH: Record<ArcPattern, string | null> = {
  operating: null,
  'end-unknown': '10 6',
  ended: '12 5 2 5',
  'frequency-unknown': '4 4',
};

export const PATTERN_TEXT: Record<ArcPattern, string> = {
  operating: 'Solid: operating when last reported',
  'end-unknown': 'Long dashes: end date unknown (never guessed)',
  ended: 'Dash-dot: ended (end date known)',
  'frequency-unknown': 'Thin, short dashes: weekly frequency not reported',
};

export function arcPattern(row: FlightRow, today: CalendarDate): ArcPattern {
  if (arcWeight(row.weeklyFrequency) === WIDTH.unknown) return 'frequency-unknown';
  const after = serviceSpan(row, today)?.after ?? 'unknown';
  return after === 'ongoing' ? 'operating' : after === 'ended' ? 'ended' : 'end-unknown';
}

/** The hollow line's outer stroke is this much wider than the arc; its inner stroke is the arc's width. */
export const HOLLOW_EXTRA = 4;

export interface ArcLook {
  weight: number;
  dashArray: string | null;
  pattern: ArcPattern;
  /** One-stop via Baku: drawn as a hollow double line. */
  hollow: boolean;
}

export function arcLook(row: FlightRow, today: CalendarDate): ArcLook {
  const pattern = arcPattern(row, today);
  return {
    weight: arcWeight(row.weeklyFrequency),
    dashArray: DASH[pattern],
    pattern,
    hollow: row.serviceType === 'one-stop-via-baku',
  };
}

/** How strongly an arc shows, given the selection: the chosen service (or an airport's services)
 *  stand out and the rest step back; with nothing selected every arc shows plainly. */
export type Emphasis = 'selected' | 'plain' | 'muted';

export function arcEmphasis(row: FlightRow, service: string | null, airport: string | null): Emphasis {
  if (service !== null) return row.id === service ? 'selected' : 'muted';
  if (airport !== null) return row.origin === airport || row.destination === airport ? 'selected' : 'muted';
  return 'plain';
}

export const EMPHASIS_OPACITY: Record<Emphasis, number> = { selected: 1, plain: 1, muted: 0.3 };
/** Extra width for a selected arc, so that the selection does not rest on colour alone. */
export const SELECTED_EXTRA = 2;

/** One arc's strokes as drawn, given the selection: on Leaflet's map, the still map and the exported image. */
export interface ArcStrokes {
  /** The arc's stroke width (a hollow arc's outer stroke). */
  outer: number;
  /** The inner stroke of a hollow (through) service, in the land colour; null for a plain line. */
  inner: number | null;
  dashArray: string | null;
  opacity: number;
  /** Drawn above the other arcs. */
  selected: boolean;
}

export function arcStrokes(
  row: FlightRow,
  today: CalendarDate,
  service: string | null,
  airport: string | null,
): ArcStrokes {
  const look = arcLook(row, today);
  const emphasis = arcEmphasis(row, service, airport);
  const selected = emphasis === 'selected';
  const weight = look.weight + (selected ? SELECTED_EXTRA : 0);
  return {
    outer: look.hollow ? weight + HOLLOW_EXTRA : weight,
    inner: look.hollow ? weight : null,
    dashArray: look.dashArray,
    opacity: EMPHASIS_OPACITY[emphasis],
    selected,
  };
}
