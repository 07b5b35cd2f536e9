import type { TradeView } from '../data/tradeViews';
import type { EventCategory } from '../data/rows';
import { moveSlide, type DeckPanel, type Slide } from './deckCodec';
import { yearSpan } from '../data/period';
import {
  DEFAULT_VIEW,
  YEAR_BOUNDS,
  type MapCamera,
  type Scale,
  type TablePanel,
  type Theme,
  type ViewState,
} from './urlCodec';

/** The one dashboard state. Every panel reads it; the URL mirrors it (see urlSync). */
export class Dashboard {
  from = $state(DEFAULT_VIEW.from);
  to = $state(DEFAULT_VIEW.to);
  theme = $state<Theme>(DEFAULT_VIEW.theme);
  tradeView = $state<TradeView>(DEFAULT_VIEW.tradeView);
  tradeScale = $state<Scale>(DEFAULT_VIEW.tradeScale);
  tables = $state<TablePanel[]>([...DEFAULT_VIEW.tables]);
  categories = $state<EventCategory[]>([...DEFAULT_VIEW.categories]);
  search = $state(DEFAULT_VIEW.search);
  /** Selections, shared by every panel that shows the row (flights timeline and map, events). */
  event = $state<string | null>(DEFAULT_VIEW.event);
  service = $state<string | null>(DEFAULT_VIEW.service);
  airport = $state<string | null>(DEFAULT_VIEW.airport);
  /** The presentation deck (in the URL, so one link shares it) and the slide being presented. */
  deck = $state<Slide[]>([]);
  /** The map's centre and zoom after the reader moved it (null: fitted to the airports). */
  mapView = $state<MapCamera | null>(null);
  slide = $state<number | null>(null);

  /** The window as read: '2005–2022', or '2015' for a single year. */
  get years(): string {
    return yearSpan(this.from, this.to);
  }

  get view(): ViewState {
    return {
      from: this.from,
      to: this.to,
      theme: this.theme,
      tradeView: this.tradeView,
      tradeScale: this.tradeScale,
      tables: [...this.tables],
      categories: [...this.categories],
      search: this.search,
      event: this.event,
      service: this.service,
      airport: this.airport,
      deck: this.deck.map((s) => ({ ...s })),
      slide: this.slide,
      mapView: this.mapView,
    };
  }

  apply(view: ViewState): void {
    this.from = view.from;
    this.to = view.to;
    this.theme = view.theme;
    this.tradeView = view.tradeView;
    this.tradeScale = view.tradeScale;
    this.tables = [...view.tables];
    this.categories = [...view.categories];
    this.search = view.search;
    this.event = view.event;
    this.service = view.service;
    this.airport = view.airport;
    this.deck = view.deck.map((s) => ({ ...s }));
    this.slide = view.slide;
    this.mapView = view.mapView;
  }

  addSlide(panel: DeckPanel, query: string, note: string): void {
    this.deck = [...this.deck, { panel, query, note }];
  }

  removeSlide(index: number): void {
    this.deck = this.deck.filter((_, i) => i !== index);
    if (this.slide !== null && this.slide > this.deck.length) this.slide = this.deck.length || null;
  }

  moveSlide(from: number, to: number): void {
    this.deck = moveSlide(this.deck, from, to);
  }

  setNote(index: number, note: string): void {
    this.deck = this.deck.map((s, i) => (i === index ? { ...s, note } : s));
  }

  /** Presents slide n (1-based, clamped to the deck), or stops presenting with null. */
  present(n: number | null): void {
    this.slide = n === null || this.deck.length === 0 ? null : Math.max(1, Math.min(this.deck.length, n));
  }

  /** Selects a flight service (or clears with null); an airport selection gives way to it. */
  selectService(id: string | null): void {
    this.service = id;
    if (id !== null) this.airport = null;
  }

  /** Selects an airport (or clears with null); a service selection gives way to it. */
  selectAirport(iata: string | null): void {
    this.airport = iata;
    if (iata !== null) this.service = null;
  }

  toggleCategory(category: EventCategory): void {
    this.categories = this.categories.includes(category)
      ? this.categories.filter((c) => c !== category)
      : [...this.categories, category];
  }

  /** Back to the whole span of the data. */
  resetWindow(): void {
    this.from = DEFAULT_VIEW.from;
    this.to = DEFAULT_VIEW.to;
  }

  /** Sets the window, clamped to the allowed years and kept in order. */
  setWindow(from: number, to: number): void {
    const clamp = (y: number) => Math.min(YEAR_BOUNDS.max, Math.max(YEAR_BOUNDS.min, Math.round(y)));
    const a = clamp(from);
    const b = clamp(to);
    this.from = Math.min(a, b);
    this.to = Math.max(a, b);
  }

  showsTable(panel: TablePanel): boolean {
    return this.tables.includes(panel);
  }

  toggleTable(panel: TablePanel): void {
    this.tables = this.showsTable(panel) ? this.tables.filter((p) => p !== panel) : [...this.tables, panel];
  }
}
