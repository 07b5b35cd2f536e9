import { inWindow, outsideWindow } from '../data/period';
import { hiddenText } from '../charts/summarise';
import { eventSpan, eventYear, eventDateText } from '../data/events';
import type { Rule } from '../charts/marks';
import type { CalendarDate } from '../data/calendarDate';
import { eventViewRows, flightViewRows, tradeViewRows } from '../data/viewRows';
import type { Dashboard } from './dashboard.svelte';
import type { DataStore } from './dataStore.svelte';

/** What the panels show: the loaded rows narrowed to the dashboard's time window (the embed uses it too). */
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
  tradeHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.trade, this.dashboard.from, this.dashboard.to);
    return hiddenText(before, after);
  });
  tourismHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.tourism, this.dashboard.from, this.dashboard.to);
    return hiddenText(before, after);
  });
  /** Each loaded event's year, worked out once per file rather than on every window change. */
  readonly eventYears = $derived.by(() => this.store.events.map(eventYear));
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
}
