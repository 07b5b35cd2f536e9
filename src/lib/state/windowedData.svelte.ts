import { collectSources } from '../data/collectSources';
import { coverage, inWindow } from '../data/period';
import { parsePartialDate, spanOf } from '../data/calendarDate';
import type { Dashboard } from './dashboard.svelte';
import type { DataStore } from './dataStore.svelte';
import type { EventRow } from '../data/rows';

function eventYear(row: EventRow): number {
  const parsed = parsePartialDate(row.date, row.precision);
  return parsed ? spanOf(parsed).start.year : Number.NaN;
}

/** What the panels show: the loaded rows narrowed to the dashboard's time window, and their sources. */
export class WindowedData {
  constructor(
    private readonly store: DataStore,
    private readonly dashboard: Dashboard,
  ) {}

  // $derived.by with arrows: evaluated lazily, after the constructor has set store and dashboard.
  trade = $derived.by(() => inWindow(this.store.trade, this.dashboard.from, this.dashboard.to));
  tourism = $derived.by(() => inWindow(this.store.tourism, this.dashboard.from, this.dashboard.to));
  events = $derived.by(() =>
    this.store.events.filter((e) => {
      const year = eventYear(e);
      return year >= this.dashboard.from && year <= this.dashboard.to;
    }),
  );
  tradeCoverage = $derived.by(() => coverage(this.store.trade));
  tourismCoverage = $derived.by(() => coverage(this.store.tourism));
  eventsCoverage = $derived.by(() => {
    const years = this.store.events.map(eventYear).filter(Number.isFinite);
    return years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
  });
  /** Every source of every loaded row, whatever the window: the page's bibliography. */
  sources = $derived.by(() =>
    collectSources([
      ...this.store.trade,
      ...this.store.tourism,
      ...this.store.flights,
      ...this.store.airports,
      ...this.store.events,
      ...this.store.products,
    ]),
  );
}
