import { collectSources } from '../data/collectSources';
import { coverage, inWindow, outsideWindow } from '../data/period';
import { hiddenText } from '../charts/summarise';
import { counted } from '../charts/format';
import { yearDensity } from '../ui/yearRange';
import { YEAR_BOUNDS } from './urlCodec';
import { eventSpan, eventYear, eventDateText } from '../data/events';
import type { Rule } from '../charts/marks';
import type { CalendarDate } from '../data/calendarDate';
import { eventViewRows, flightViewRows, tradeViewRows } from '../data/viewRows';
import type { Dashboard } from './dashboard.svelte';
import type { DataStore } from './dataStore.svelte';

/** What the panels show: the loaded rows narrowed to the dashboard's time window, and their sources. */
export class WindowedData {
  constructor(
    private readonly store: DataStore,
    private readonly dashboard: Dashboard,
    private readonly today: CalendarDate,
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
  /** The rows behind each panel's view after every filter (what downloads of "what is shown" hold). */
  shown = $derived.by(() => ({
    trade: tradeViewRows(this.trade, this.dashboard.tradeView),
    tourism: this.tourism,
    flights: flightViewRows(this.store.flights, this.dashboard.from, this.dashboard.to, this.today),
    events: eventViewRows(this.events, { categories: this.dashboard.categories, search: this.dashboard.search }),
  }));
  /**
   * What the window holds: '117 trade figures, 20 tourism figures, 8 route services, 98 events'. The
   * window alone decides it (not the reporter view, categories or search), so that it changes, and
   * is announced, only with the window; '' until all four files are read (no partial claim).
   */
  counts = $derived.by(() => {
    const tables = this.store.tables;
    const read = [tables.trade, tables.tourism, this.store.flightsChecked, tables.events];
    if (read.some((t) => t.status !== 'ready')) return '';
    return [
      counted(this.trade.length, 'trade figure'),
      counted(this.tourism.length, 'tourism figure'),
      counted(this.shown.flights.length, 'route service'),
      counted(this.events.length, 'event'),
    ].join(', ');
  });
  tradeHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.trade, this.dashboard.from, this.dashboard.to);
    return hiddenText(before, after);
  });
  tourismHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.tourism, this.dashboard.from, this.dashboard.to);
    return hiddenText(before, after);
  });
  /** Dated items per year (trade and tourism figures, events), for the overview strip. */
  density = $derived.by(() =>
    yearDensity(
      [
        ...this.store.trade.map((r) => Number(r.periodStart.slice(0, 4))),
        ...this.store.tourism.map((r) => Number(r.periodStart.slice(0, 4))),
        ...this.eventYears,
      ],
      YEAR_BOUNDS,
    ),
  );
  /** Each loaded event's year, worked out once per file rather than on every window change. */
  private eventYears = $derived.by(() => this.store.events.map(eventYear));
  eventsHidden = $derived.by(() => {
    const years = this.eventYears;
    const before = years.filter((y) => y < this.dashboard.from).length;
    const after = years.filter((y) => y > this.dashboard.to).length;
    return hiddenText(before, after, ['event', 'events']);
  });
  /** The selected event as a rule for the time charts (at the middle of its day, month or year). */
  eventRule = $derived.by((): Rule | null => {
    const event = this.store.events.find((e) => e.id === this.dashboard.event);
    const span = event ? eventSpan(event) : null;
    return event && span ? { x: (span.start + span.end) / 2, label: `${event.title} (${eventDateText(event)})` } : null;
  });
  /** Selections in the link that name no loaded row (checked once each file is read), for the notice. */
  unknownSelections = $derived.by(() => {
    const unknown: { param: string; value: string }[] = [];
    const check = (param: string, value: string | null, ready: boolean, ids: () => string[]) => {
      if (value !== null && ready && !ids().includes(value)) unknown.push({ param, value });
    };
    const tables = this.store.tables;
    check('event', this.dashboard.event, tables.events.status === 'ready', () => this.store.events.map((e) => e.id));
    check('service', this.dashboard.service, tables.flights.status === 'ready', () =>
      this.store.flights.map((f) => f.id),
    );
    check('airport', this.dashboard.airport, tables.airports.status === 'ready', () =>
      this.store.airports.map((a) => a.id),
    );
    return unknown;
  });
  tradeCoverage = $derived.by(() => coverage(this.store.trade));
  tourismCoverage = $derived.by(() => coverage(this.store.tourism));
  eventsCoverage = $derived.by(() => {
    const years = this.eventYears.filter(Number.isFinite);
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
