import { collectSources } from '../data/collectSources';
import { counted } from '../charts/format';
import { yearDensity } from '../ui/yearRange';
import { YEAR_BOUNDS } from './urlCodec';
import { unknownSelections } from './unknownSelections';
import type { Dashboard } from './dashboard.svelte';
import type { DataStore } from './dataStore.svelte';
import type { PageData } from './pageData.svelte';

/**
 * What the full page says about all its files at once (the embed, one panel, needs none of it): what
 * the window holds, how the dated items spread over the years, every source, and selections in the
 * link that name no loaded row.
 */
export class PageSummary {
  constructor(
    private readonly store: DataStore,
    private readonly dashboard: Dashboard,
    private readonly windowed: PageData,
  ) {}

  /**
   * What the window holds: '117 trade figures, 20 tourism figures, 8 route services, 98 events'. The
   * window alone decides it (not the reporter view, categories or search), so that it changes, and
   * is announced, only with the window. '' while any file is still loading (flights are counted once
   * checked against airports); a file that failed is left out (its panel says why).
   */
  counts = $derived.by(() => {
    const tables = this.store.tables;
    const files = [tables.trade, tables.tourism, tables.flights, tables.airports, tables.events];
    if (files.some((t) => t.status === 'loading')) return '';
    const flights = this.store.flightsChecked;
    return [
      tables.trade.status === 'ready' ? counted(this.windowed.trade.length, 'trade figure') : '',
      tables.tourism.status === 'ready' ? counted(this.windowed.tourism.length, 'tourism figure') : '',
      flights.status === 'ready' ? counted(this.windowed.shown.flights.length, 'route service') : '',
      tables.events.status === 'ready' ? counted(this.windowed.events.length, 'event') : '',
    ]
      .filter(Boolean)
      .join(', ');
  });

  /** Dated items per year (trade and tourism figures, events), for the overview strip. */
  density = $derived.by(() =>
    yearDensity(
      [
        ...this.store.trade.map((r) => Number(r.periodStart.slice(0, 4))),
        ...this.store.tourism.map((r) => Number(r.periodStart.slice(0, 4))),
        ...this.windowed.eventYears,
      ],
      YEAR_BOUNDS,
    ),
  );

  /** Selections in the link that name no loaded row (checked once each file is read), for the notice. */
  unknownSelections = $derived.by(() => unknownSelections(this.dashboard, this.store));

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
