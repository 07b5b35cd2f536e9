import type { DeckPanel } from './deckCodec';
import { resourcePath, type DataPackage, type ResourceName } from '../data/schema';
import { noRowsText, unreadyText, type TableState } from '../data/load';

/**
 * The file whose rows a panel's marks are. The map's marks are its airports: its routes, read from
 * flights.csv, are said apart (`routesNotice`). Events only add markers to other panels' charts.
 */
export const PANEL_FILE: Record<DeckPanel, ResourceName> = {
  trade: 'trade',
  tourism: 'tourism',
  flights: 'flights',
  events: 'events',
  map: 'airports',
};

/** What a notice needs of the data store (a plain object in tests). */
export interface StoreFiles {
  pkg: DataPackage;
  tables: Record<ResourceName, TableState>;
  /** flights.csv checked against airports.csv: the state the flights panel and the map read. */
  flightsChecked: TableState;
}

/** A sentence to show in place of a chart; `failed` makes it an alert, else a polite status. */
export interface Notice {
  text: string;
  failed: boolean;
}

function notice(store: StoreFiles, name: ResourceName, withEmpty: boolean): Notice | null {
  const state = name === 'flights' ? store.flightsChecked : store.tables[name];
  const file = resourcePath(store.pkg, name);
  const text = unreadyText(file, state) ?? (withEmpty ? noRowsText(file, state) : null);
  return text ? { text, failed: state.status === 'failed' } : null;
}

/**
 * Why a panel drawn on its own (a slide, an embed) has nothing to draw, or null when it can draw:
 * its file is still loading, failed (in the words of its own failure), or has no row to show. The
 * page's panels say the same above their charts; without it a slide would read "no figures fall in
 * 1991–2026" for a file that never arrived.
 */
export function panelNotice(panel: DeckPanel, store: StoreFiles): Notice | null {
  return notice(store, PANEL_FILE[panel], true);
}

/** Why the product-level figures (trade_products.csv) cannot be listed, or null: said under trade. */
export function productsNotice(store: StoreFiles): Notice | null {
  return notice(store, 'trade_products', true);
}

/** Why the map has no routes to draw yet (flights.csv loading or failed), or null: said in the map. */
export function routesNotice(store: StoreFiles): Notice | null {
  return notice(store, 'flights', false);
}
