/**
 * Services listed as operating are drawn on to today (see serviceSpan), so a window after their last
 * report still shows them. Which of the window's services that is true of, and the sentence that says
 * so beside the chart and the map, so an extension is never read as a sourced fact. Pure.
 */
import { toUtcMsEndOfDay, type CalendarDate } from './calendarDate';
import { yearWindowSpan } from './period';
import { serviceSpan } from './serviceSpan';
import type { AirportRow, FlightRow } from './rows';
import { airlineShortName, dayText, routeName, STATUS_TEXT } from './flightText';

/** Of `shown` (the window's services), those with no source dated in or after the window's first day. */
export function unconfirmedInWindow(
  shown: readonly FlightRow[],
  from: number,
  to: number,
  today: CalendarDate,
): FlightRow[] {
  const start = yearWindowSpan(from, to).start;
  return shown.filter((row) => {
    const span = serviceSpan(row, today);
    return span !== null && span.after === 'ongoing' && span.confirmedEnd < start;
  });
}

/**
 * '2 services are drawn as operating from their last reports (the latest dated 17 November 2025): no
 * source confirms them in 2026.', or '' for no row. The date is the latest day a source confirms any of
 * `rows` (what decided they are unconfirmed in the window: see serviceSpan's `confirmedEnd`).
 */
export function unconfirmedText(rows: readonly FlightRow[], years: string, today: CalendarDate): string {
  if (rows.length === 0) return '';
  const ends = rows.map((r) => serviceSpan(r, today)?.confirmedEnd ?? Number.NaN).filter(Number.isFinite);
  const dated = ends.length > 0 ? ` (the latest dated ${msDayText(Math.max(...ends))})` : '';
  const one = rows.length === 1;
  return `${one ? '1 service is' : `${rows.length} services are`} drawn as operating from ${one ? 'its last report' : 'their last reports'}${dated}: no source confirms ${one ? 'it' : 'them'} in ${years}.`;
}

/** A UTC time as its day in words ('17 November 2025'). */
function msDayText(ms: number): string {
  return dayText(new Date(ms).toISOString().slice(0, 10)) ?? '';
}

/**
 * Of `shown`, the services drawn on to today whose last report falls in the window, before its end
 * (and before today): the window shows both their confirmed run and, after it, a stretch no source
 * confirms. (Those whose last report comes before the window are `unconfirmedInWindow`'s.)
 */
export function extendedInWindow(
  shown: readonly FlightRow[],
  from: number,
  to: number,
  today: CalendarDate,
): FlightRow[] {
  const window = yearWindowSpan(from, to);
  const shownUpTo = Math.min(window.end, toUtcMsEndOfDay(today));
  return shown.filter((row) => {
    const span = serviceSpan(row, today);
    return span !== null && span.after === 'ongoing' && span.confirmedEnd >= window.start && span.confirmedEnd < shownUpTo;
  });
}


/**
 * 'Listed as operating in their last reports, and drawn on to today with no source since: PIA Lahore to
 * Baku (last confirmed 21 April 2025); AZAL Baku to Lahore (17 November 2025).', or '' for no row.
 */
export function extendedText(rows: readonly FlightRow[], airports: readonly AirportRow[], today: CalendarDate): string {
  // The last day a source confirms each (its last report, or a later known start: see serviceSpan).
  const items = rows.flatMap((row) => {
    const span = serviceSpan(row, today);
    return span ? [{ end: span.confirmedEnd, name: `${airlineShortName(row)} ${routeName(row, airports)}` }] : [];
  });
  if (items.length === 0) return '';
  const listed = items
    .sort((a, b) => a.end - b.end)
    .map((item, i) => `${item.name} (${i === 0 ? 'last confirmed ' : ''}${msDayText(item.end)})`)
    .join('; ');
  const one = items.length === 1;
  return `Listed as operating in ${one ? 'its last report' : 'their last reports'}, and drawn on to today with no source since: ${listed}.`;
}

/**
 * Of `rows`, the services with no known end whose last report comes before the window (not listed as
 * operating, so not drawn on): no source says whether they still ran in it, so they are neither drawn
 * nor counted as outside it.
 */
export function endUnknownBefore(
  rows: readonly FlightRow[],
  from: number,
  to: number,
  today: CalendarDate,
): FlightRow[] {
  const start = yearWindowSpan(from, to).start;
  return rows.filter((row) => {
    const span = serviceSpan(row, today);
    return span !== null && span.after === 'unknown' && span.end < start;
  });
}

/**
 * 'Not drawn, as no source dates their end or confirms them in 2023: PIA Karachi to Baku (last
 * confirmed 17 March 2022; discontinued); …', or '' for no row.
 */
export function endUnknownText(
  rows: readonly FlightRow[],
  airports: readonly AirportRow[],
  years: string,
  today: CalendarDate,
): string {
  const items = rows.flatMap((row) => {
    const span = serviceSpan(row, today);
    if (!span) return [];
    // Never 'operating' here (an operating service is drawn on to today): discontinued, or unconfirmed.
    const name = `${airlineShortName(row)} ${routeName(row, airports)}`;
    const said = `last confirmed ${msDayText(span.confirmedEnd)}; ${STATUS_TEXT[row.status]}`;
    return [{ end: span.confirmedEnd, text: `${name} (${said})` }];
  });
  if (items.length === 0) return '';
  const one = items.length === 1;
  const listed = items
    .sort((a, b) => a.end - b.end)
    .map((item) => item.text)
    .join('; ');
  return `Not drawn, as no source dates ${one ? 'its' : 'their'} end or confirms ${one ? 'it' : 'them'} in ${years}: ${listed}.`;
}
