import { serviceSpan } from '../data/serviceSpan';
import {
  airlineName,
  airlineShortName,
  endText,
  frequencyText,
  routeName,
  serviceLabel,
  serviceTypeText,
  startText,
  statusText,
} from '../data/flightText';
import type { CalendarDate } from '../data/calendarDate';
import type { AirportRow, FlightRow } from '../data/rows';
import { airlineColor } from './airlineColors';
import type { TooltipContent } from './marks';
import { compareCodeUnits } from '../data/compareText';

/** One row of the flights timeline, in time positions (UTC ms) and words. */
export interface ServiceBar {
  id: string;
  /** The airline's code: its rows are named alike (see drawnTitles). */
  airline: string;
  title: string;
  /** The title with the airline's short name, for a row too narrow for the whole title. */
  shortTitle: string;
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
        airline: row.airlineCode,
        title: `${airlineName(row)} · ${routeName(row, airports)}${row.serviceType === 'direct' ? '' : ' · through service'}`,
        shortTitle: `${airlineShortName(row)} · ${routeName(row, airports)}${row.serviceType === 'direct' ? '' : ' · through'}`,
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
            ['Status', statusText(row)],
            ['Row id', row.id],
          ],
          sourceNames: row.sourceNames,
          sourceUrls: row.sourceUrls,
          note: row.note,
        },
      };
      return [bar];
    })
    .sort((a, b) => a.start - b.start || compareCodeUnits(a.id, b.id));
}

/**
 * The words under a bar: its frequency, then what the bar's drawn ends stand for where a source does
 * not date them ('start unknown' for the faint lead-in before it, 'operating' for the arrow, 'end unknown'
 * for the fade), so that the picture's conventions are also said in the row.
 */
export function barNote(bar: Pick<ServiceBar, 'frequency' | 'startKnown' | 'after'>): string {
  const ends =
    !bar.startKnown && bar.after === 'unknown'
      ? ['start and end unknown']
      : [
          !bar.startKnown && 'start unknown',
          bar.after === 'ongoing' ? 'operating' : bar.after === 'unknown' && 'end unknown',
        ];
  return [bar.frequency, ...ends.filter((part) => part)].join(' · ');
}

/** Which of the timeline's drawn conventions are on screen. */
export interface BarConventions {
  /** A faint lead-in before a bar whose start no source dates. */
  startUnknown: boolean;
  /** A dimmer bar and an arrow on to today, for a service operating when last reported. */
  ongoing: boolean;
  /** A fade after a bar whose end no source dates. */
  endUnknown: boolean;
  /** A hatched bar: a through service. */
  oneStop: boolean;
}

/**
 * Which conventions the bars use as drawn over `span` (UTC ms), for a key that explains only what is
 * on screen: a lead-in or a fade is drawn only where the bar's start or last report is inside the
 * window (cut by its edge, it has no room).
 */
export function barConventions(
  bars: readonly Pick<ServiceBar, 'start' | 'confirmedEnd' | 'startKnown' | 'after' | 'oneStop'>[],
  span: { start: number; end: number },
): BarConventions {
  return {
    startUnknown: bars.some((bar) => !bar.startKnown && bar.start > span.start),
    ongoing: bars.some((bar) => bar.after === 'ongoing'),
    endUnknown: bars.some((bar) => bar.after === 'unknown' && bar.confirmedEnd < span.end),
    oneStop: bars.some((bar) => bar.oneStop),
  };
}

/** Where a one-line label goes so that it stays inside a row of `width` pixels. */
export interface LabelPlace {
  x: number;
  anchor: 'start' | 'end';
  /** Set when even the whole row is too narrow: the text is drawn squeezed to this length. */
  squeezeTo: number | null;
}

/**
 * Places a label of `chars` characters that would start at `x`: there if it fits, else ending at the
 * row's right edge, else from the left edge squeezed to the row. `pxPerChar` is a generous average
 * glyph width (SVG text cannot be measured before it is drawn, and the font is the reader's).
 */
export function fitLabel(x: number, chars: number, width: number, pxPerChar: number): LabelPlace {
  const length = chars * pxPerChar;
  if (x + length <= width) return { x, anchor: 'start', squeezeTo: null };
  if (length <= width) return { x: width, anchor: 'end', squeezeTo: null };
  return { x: 0, anchor: 'start', squeezeTo: Math.max(0, width) };
}

/**
 * Each bar's title as drawn in a row `width` pixels wide: the whole title, or the one with the
 * airline's short name on every row of an airline any of whose whole titles does not fit, so that
 * one chart does not call the same airline by two names.
 */
export function drawnTitles(bars: readonly ServiceBar[], width: number, pxPerChar: number): Map<string, string> {
  const short = new Set(
    bars.filter((bar) => fitLabel(0, bar.title.length, width, pxPerChar).squeezeTo !== null).map((bar) => bar.airline),
  );
  return new Map(bars.map((bar) => [bar.id, short.has(bar.airline) ? bar.shortTitle : bar.title]));
}
