import type { CalendarDate } from './calendarDate';
import type { FlightRow, TradeRow } from './rows';
import { serviceInWindow } from './serviceSpan';
import { MIRROR_DATASET, rowsForView, type TradeView } from './tradeViews';

/**
 * The rows behind each panel's current view, after every filter: what the panel draws, what its
 * table lists and what "CSV of what is shown" writes. One definition, used by all three.
 */
export function tradeViewRows(windowed: readonly TradeRow[], view: TradeView): TradeRow[] {
  if (view !== 'mirror') return rowsForView(windowed, view);
  return windowed.filter((r) => r.dataset === MIRROR_DATASET && r.periodType === 'calendar-year' && r.flow !== 'turnover');
}

export function flightViewRows(rows: readonly FlightRow[], from: number, to: number, today: CalendarDate): FlightRow[] {
  return rows.filter((f) => serviceInWindow(f, from, to, today));
}

export { filterEvents as eventViewRows } from './events';
