import { inWindow, outsideWindow } from '../data/period';
import { hiddenText } from '../charts/summarise';
import { eventSpan, eventYear, eventDateText } from '../data/events';
import type { Rule } from '../charts/marks';
import type { CalendarDate } from '../data/calendarDate';
import type { Dashboard } from './dashboard.svelte';
import type { DataStore } from './dataStore.svelte';
import type { TimeSpan } from './panelWindow.svelte';

/**
 * What the panels show: the loaded rows narrowed to the dashboard's time window (embeds and slides
 * use it as it is; the page adds the rows behind each view: see pageData.svelte.ts), or to the
 * window one panel draws (`span`: see panelWindow.svelte.ts).
 */
export class WindowedData {
  constructor(
    protected readonly store: DataStore,
    protected readonly dashboard: Dashboard,
    protected readonly today: CalendarDate,
    protected readonly span: TimeSpan = dashboard,
  ) {}

  // $derived.by with arrows: evaluated lazily, after the constructor has set store and dashboard.
  trade = $derived.by(() => inWindow(this.store.trade, this.span.from, this.span.to));
  tourism = $derived.by(() => inWindow(this.store.tourism, this.span.from, this.span.to));
  /** Product-level trade figures (trade_products.csv), shown as a table beside the trade totals. */
  products = $derived.by(() => inWindow(this.store.products, this.span.from, this.span.to));
  events = $derived.by(() =>
    this.store.events.filter((e) => {
      const year = eventYear(e);
      return year >= this.span.from && year <= this.span.to;
    }),
  );
  tradeHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.trade, this.span.from, this.span.to);
    return hiddenText(before, after);
  });
  tourismHidden = $derived.by(() => {
    const { before, after } = outsideWindow(this.store.tourism, this.span.from, this.span.to);
    return hiddenText(before, after);
  });
  /** Each loaded event's year, worked out once per file rather than on every window change. */
  readonly eventYears = $derived.by(() => this.store.events.map(eventYear));
  eventsHidden = $derived.by(() => {
    const years = this.eventYears;
    const before = years.filter((y) => y < this.span.from).length;
    const after = years.filter((y) => y > this.span.to).length;
    return hiddenText(before, after, ['event', 'events']);
  });
  /** The selected event as a rule for the time charts (at the middle of its day, month or year). */
  eventRule = $derived.by((): Rule | null => {
    const event = this.store.events.find((e) => e.id === this.dashboard.event);
    const span = event ? eventSpan(event) : null;
    return event && span ? { x: (span.start + span.end) / 2, label: `${event.title} (${eventDateText(event)})` } : null;
  });
}
