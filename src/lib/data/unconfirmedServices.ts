/**
 * Services listed as operating are drawn on to today (see serviceSpan), so a window after their last
 * report still shows them. Which of the window's services that is true of, and the sentence that says
 * so beside the chart and the map, so an extension is never read as a sourced fact. Pure.
 */
import { formatPartialDate } from './calendarDate';
import { yearWindowSpan } from './period';
import { serviceSpan } from './serviceSpan';
import type { CalendarDate } from './calendarDate';
import type { FlightRow } from './rows';

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
  const latest = ends.length > 0 ? new Date(Math.max(...ends)) : null;
  const dated = latest
    ? ` (the latest dated ${formatPartialDate({ year: latest.getUTCFullYear(), month: latest.getUTCMonth() + 1, day: latest.getUTCDate(), precision: 'day' })})`
    : '';
  const one = rows.length === 1;
  return `${one ? '1 service is' : `${rows.length} services are`} drawn as operating from ${one ? 'its last report' : 'their last reports'}${dated}: no source confirms ${one ? 'it' : 'them'} in ${years}.`;
}
