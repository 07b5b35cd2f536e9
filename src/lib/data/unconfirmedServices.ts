/**
 * Services listed as operating are drawn on to today (see serviceSpan), so a window after their last
 * report still shows them. Which of the window's services that is true of, and the sentence that says
 * so beside the chart and the map, so an extension is never read as a sourced fact. Pure.
 */
import { formatPartialDate, parseIsoDate } from './calendarDate';
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
 * '2 services are drawn as operating from reports before 2026 (the latest dated 17 November 2025): no
 * source confirms them in 2026.' or '' when every service shown is confirmed in the window.
 */
export function unconfirmedText(rows: readonly FlightRow[], years: string): string {
  if (rows.length === 0) return '';
  const dates = rows.map((r) => r.lastConfirmed ?? r.firstConfirmed ?? '').filter(Boolean).sort();
  const latest = parseIsoDate(dates.at(-1) ?? '');
  const one = rows.length === 1;
  const dated = latest ? ` (the latest dated ${formatPartialDate({ ...latest, precision: 'day' })})` : '';
  return `${one ? '1 service is' : `${rows.length} services are`} drawn as operating from ${one ? 'its last report' : 'their last reports'}${dated}: no source confirms ${one ? 'it' : 'them'} in ${years}.`;
}
