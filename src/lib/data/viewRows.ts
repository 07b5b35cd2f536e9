import type { CalendarDate } from './calendarDate';
import type { FlightRow, ProductRow, TradeRow } from './rows';
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

/**
 * The product-level figures (trade_products.csv) listed under the trade chart in its view: the
 * reporter's, as the chart's; none in the mirror view, which compares IMF DOTS yearly totals.
 */
export function productViewRows(windowed: readonly ProductRow[], view: TradeView): ProductRow[] {
  return view === 'mirror' ? [] : rowsForView(windowed, view);
}

export function flightViewRows(rows: readonly FlightRow[], from: number, to: number, today: CalendarDate): FlightRow[] {
  return rows.filter((f) => serviceInWindow(f, from, to, today));
}

export { filterEvents as eventViewRows } from './events';
