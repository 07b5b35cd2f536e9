import { eventViewRows, flightViewRows, productViewRows, tradeViewRows } from '../data/viewRows';
import { WindowedData } from './windowedData.svelte';
import { validPoint } from '../data/placeable';

/**
 * The page's windowed data, plus the rows behind each panel's view after every filter: what the
 * panels' downloads of "what is shown" hold and the page summary counts. Embeds and slides have
 * no downloads, so they use WindowedData and leave this code out.
 */
export class PageData extends WindowedData {
  shown = $derived.by(() => ({
    trade: tradeViewRows(this.trade, this.dashboard.tradeView),
    products: productViewRows(this.products, this.dashboard.tradeView),
    tourism: this.tourism,
    flights: flightViewRows(this.store.flights, this.dashboard.from, this.dashboard.to, this.today),
    events: eventViewRows(this.events, { categories: this.dashboard.categories, search: this.dashboard.search }),
    // The map draws every airport it can place, whatever the window.
    airports: this.store.airports.filter(validPoint),
  }));
}
