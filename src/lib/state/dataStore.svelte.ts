import { fetchText, readFetched, type TableState } from '../data/load';
import { afterPaint, CommitQueue } from './commitQueue';
import { findResource, resourcePath, RESOURCE_NAMES, type DataPackage, type ResourceName } from '../data/schema';
import { checkForeignKeys, keySet, type KeyIndex, type ValidatedTable, type ValidRecord } from '../data/validate';
import {
  toAirportRow,
  toEventRow,
  toFlightRow,
  toProductRow,
  toTourismRow,
  toTradeRow,
  type AirportRow,
  type EventRow,
  type FlightRow,
  type ProductRow,
  type TourismRow,
  type TradeRow,
} from '../data/rows';
import type { DataIssue } from '../data/issues';
import { lastStatisticsYear } from '../data/tradeViews';

function rowsOf<T>(state: TableState, map: (r: ValidRecord) => T): T[] {
  return state.status === 'ready' ? state.table.records.map(map) : [];
}

function issuesOf(state: TableState): DataIssue[] {
  if (state.status === 'failed') return state.issues;
  if (state.status === 'ready') return state.table.issues;
  return [];
}

/**
 * A file's state is replaced whole, never changed in place, so each is a raw state of its own: a deep
 * `$state` would wrap every record and cell of a table in a reactive proxy as the rows are read.
 */
function tableStates(): Record<ResourceName, TableState> {
  const tables = {} as Record<ResourceName, TableState>;
  for (const name of RESOURCE_NAMES) {
    let state = $state.raw<TableState>({ status: 'loading' });
    Object.defineProperty(tables, name, {
      enumerable: true,
      get: () => state,
      set: (next: TableState) => {
        state = next;
      },
    });
  }
  return tables;
}

/** The loaded data package: one state per file, so each panel draws as soon as its file arrives. */
export class DataStore {
  readonly pkg: DataPackage;
  /** One state per file, each replaced whole when its file is read. */
  readonly tables: Record<ResourceName, TableState> = tableStates();

  constructor(pkg: DataPackage) {
    this.pkg = pkg;
  }

  /** Flights checked against airports once both are read (foreign keys). */
  flightsChecked: TableState = $derived.by(() => {
    const flights = this.tables.flights;
    const airports = this.tables.airports;
    const schema = findResource(this.pkg, 'flights')?.schema;
    if (flights.status !== 'ready' || !schema) return flights;
    const keysOf = (resource: string, fields: string[]): KeyIndex | undefined =>
      resource === 'airports' && airports.status === 'ready' ? keySet(airports.table, fields) : undefined;
    const checked: ValidatedTable = checkForeignKeys(flights.table, schema, resourcePath(this.pkg, 'flights'), keysOf);
    return { status: 'ready', table: checked };
  });

  trade: TradeRow[] = $derived(rowsOf(this.tables.trade, toTradeRow));
  tourism: TourismRow[] = $derived(rowsOf(this.tables.tourism, toTourismRow));
  flights: FlightRow[] = $derived(rowsOf(this.flightsChecked, toFlightRow));
  airports: AirportRow[] = $derived(rowsOf(this.tables.airports, toAirportRow));
  events: EventRow[] = $derived(rowsOf(this.tables.events, toEventRow));
  products: ProductRow[] = $derived(rowsOf(this.tables.trade_products, toProductRow));
  /** The last year of the statistical series (IMF DOTS, UN Comtrade) in trade.csv; null for none. */
  statisticsTo: number | null = $derived(lastStatisticsYear(this.trade));

  /** Every issue from every file, in file order. */
  issues: DataIssue[] = $derived(
    RESOURCE_NAMES.flatMap((name) => issuesOf(name === 'flights' ? this.flightsChecked : this.tables[name])),
  );

  /**
   * Starts every file's fetch at once (or only `names`, for an embed that shows one panel). Each file
   * is read and committed as it arrives, one per task and in `names` order among those that have
   * arrived, with a paint between two (`pause`): the first panel's chart draws without waiting for
   * the other files to be read, and a slow or missing file holds back no other.
   */
  load(
    base: string,
    fetchImpl: typeof fetch = fetch,
    names: readonly ResourceName[] = RESOURCE_NAMES,
    pause: () => Promise<void> = afterPaint,
  ): Promise<void> {
    const queue = new CommitQueue(pause);
    const jobs = names.map(async (name, priority) => {
      const resource = findResource(this.pkg, name);
      if (!resource) {
        const message = `the data package has no resource named ${name}`;
        this.tables[name] = {
          status: 'failed',
          message,
          issues: [{ file: `${name}.csv`, line: 0, message, severity: 'error' }],
        };
        return;
      }
      const fetched = await fetchText(resource, base, fetchImpl);
      await queue.add(priority, () => {
        this.tables[name] = readFetched(fetched, resource);
      });
    });
    return Promise.all(jobs).then(() => undefined);
  }
}
