import { parseIsoDate, parsePartialDate, spanOf, toUtcMs, toUtcMsEndOfDay, type CalendarDate } from './calendarDate';
import { overlaps, yearWindowSpan } from './period';
import type { FlightRow } from './rows';

/**
 * What the sources say about when a service ran, on a UTC time axis. `confirmedEnd` is the last day a
 * source confirms it; after that it is `ended` (a known end), `ongoing` (still operating: drawn to
 * today) or `unknown` (no end date found: drawn distinctly, never guessed).
 */
export interface ServiceSpan {
  start: number;
  startKnown: boolean;
  confirmedEnd: number;
  end: number;
  after: 'ended' | 'ongoing' | 'unknown';
}

function partialStart(date: string | null, precision: FlightRow['startPrecision']): CalendarDate | null {
  if (!date || !precision) return null;
  const parsed = parsePartialDate(date, precision);
  return parsed ? spanOf(parsed).start : null;
}

function partialEnd(date: string | null, precision: FlightRow['endPrecision']): CalendarDate | null {
  if (!date || !precision) return null;
  const parsed = parsePartialDate(date, precision);
  return parsed ? spanOf(parsed).end : null;
}

/**
 * The span of a service, or null when no date at all is known for it. Worked out once per row and
 * day (every window change asks again for every service), and shared: read it, do not change it.
 */
export function serviceSpan(row: FlightRow, today: CalendarDate): ServiceSpan | null {
  const known = spans.get(row);
  if (known && sameDay(known.today, today)) return known.span;
  const span = readServiceSpan(row, today);
  spans.set(row, { today: { ...today }, span: span && Object.freeze(span) });
  return span;
}
const spans = new WeakMap<FlightRow, { today: CalendarDate; span: ServiceSpan | null }>();
const sameDay = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;

function readServiceSpan(row: FlightRow, today: CalendarDate): ServiceSpan | null {
  const knownStart = row.startKnown ? partialStart(row.startDate, row.startPrecision) : null;
  const firstConfirmed = row.firstConfirmed ? parseIsoDate(row.firstConfirmed) : null;
  const startDate = knownStart ?? firstConfirmed;
  if (!startDate) return null;
  const start = toUtcMs(startDate);
  const knownEnd = row.endKnown ? partialEnd(row.endDate, row.endPrecision) : null;
  if (knownEnd) {
    const end = toUtcMsEndOfDay(knownEnd);
    return { start, startKnown: knownStart !== null, confirmedEnd: end, end, after: 'ended' };
  }
  const lastConfirmed = row.lastConfirmed ? parseIsoDate(row.lastConfirmed) : null;
  const confirmedEnd = Math.max(start, lastConfirmed ? toUtcMsEndOfDay(lastConfirmed) : toUtcMsEndOfDay(startDate));
  if (row.status === 'operating') {
    return { start, startKnown: knownStart !== null, confirmedEnd, end: Math.max(confirmedEnd, toUtcMsEndOfDay(today)), after: 'ongoing' };
  }
  return { start, startKnown: knownStart !== null, confirmedEnd, end: confirmedEnd, after: 'unknown' };
}

/** Whether a service is shown for the window of years [from, to]: its sourced period overlaps it. */
export function serviceInWindow(row: FlightRow, from: number, to: number, today: CalendarDate): boolean {
  const span = serviceSpan(row, today);
  return span !== null && overlaps({ start: span.start, end: span.end }, yearWindowSpan(from, to));
}

/** Today's calendar date in the reader's time zone (the one impure helper; pass it in everywhere). */
export function localToday(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
