import type { TradeView } from '../data/tradeViews';
import { DEFAULT_VIEW, YEAR_BOUNDS, type Scale, type TablePanel, type Theme, type ViewState } from './urlCodec';

/** The one dashboard state. Every panel reads it; the URL mirrors it (see urlSync). */
export class Dashboard {
  from = $state(DEFAULT_VIEW.from);
  to = $state(DEFAULT_VIEW.to);
  theme = $state<Theme>(DEFAULT_VIEW.theme);
  tradeView = $state<TradeView>(DEFAULT_VIEW.tradeView);
  tradeScale = $state<Scale>(DEFAULT_VIEW.tradeScale);
  tables = $state<TablePanel[]>([...DEFAULT_VIEW.tables]);

  get view(): ViewState {
    return {
      from: this.from,
      to: this.to,
      theme: this.theme,
      tradeView: this.tradeView,
      tradeScale: this.tradeScale,
      tables: [...this.tables],
    };
  }

  apply(view: ViewState): void {
    this.from = view.from;
    this.to = view.to;
    this.theme = view.theme;
    this.tradeView = view.tradeView;
    this.tradeScale = view.tradeScale;
    this.tables = [...view.tables];
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
