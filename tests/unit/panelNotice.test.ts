import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFetched, type TableState } from '../../src/lib/data/load';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { findResource, RESOURCE_NAMES, type ResourceName } from '../../src/lib/data/schema';
import { panelNotice, routesNotice, type StoreFiles } from '../../src/lib/state/panelNotice';
import { DECK_PANELS } from '../../src/lib/state/deckCodec';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));

/** Every shipped file read as it is, except those given. */
function readAll(): Record<ResourceName, TableState> {
  const tables = {} as Record<ResourceName, TableState>;
  for (const name of RESOURCE_NAMES) {
    const resource = findResource(pkg, name)!;
    tables[name] = readFetched({ ok: true, text: readFileSync(`data/${resource.path}`, 'utf8') }, resource);
  }
  return tables;
}

function storeWith(changed: Partial<Record<ResourceName, TableState>>): StoreFiles {
  const tables = { ...readAll(), ...changed };
  return { pkg, tables, flightsChecked: tables.flights };
}

const failed = (file: string): TableState => ({
  status: 'failed',
  message: `${file} could not be loaded (HTTP 404 Not Found)`,
  issues: [],
});

function headerOnly(name: ResourceName): TableState {
  const resource = findResource(pkg, name)!;
  const header = readFileSync(`data/${resource.path}`, 'utf8').split('\n')[0];
  return readFetched({ ok: true, text: `${header}\n` }, resource);
}

describe('panelNotice (a slide or an embed says why it has nothing to draw)', () => {
  it('is null for every panel when every file is read', () => {
    const store = storeWith({});
    for (const panel of DECK_PANELS) expect(panelNotice(panel, store)).toBeNull();
    expect(routesNotice(store)).toBeNull();
  });

  it("says a panel's own file is still loading, by its name", () => {
    expect(panelNotice('trade', storeWith({ trade: { status: 'loading' } }))).toEqual({
      text: 'trade.csv is still loading.',
      failed: false,
    });
  });

  it("repeats a failed file's own reason as an alert, for the panel drawn from it only", () => {
    const store = storeWith({ tourism: failed('tourism.csv') });
    expect(panelNotice('tourism', store)).toEqual({
      text: 'tourism.csv could not be loaded (HTTP 404 Not Found).',
      failed: true,
    });
    expect(panelNotice('trade', store)).toBeNull();
  });

  it('does not hold back a chart when only events.csv, which adds its markers, failed', () => {
    const store = storeWith({ events: failed('events.csv') });
    expect(panelNotice('trade', store)).toBeNull();
    expect(panelNotice('tourism', store)).toBeNull();
    expect(panelNotice('flights', store)).toBeNull();
    expect(panelNotice('events', store)?.failed).toBe(true);
  });

  it('says a file that has only its header has nothing to show, not that the window is empty', () => {
    expect(panelNotice('trade', storeWith({ trade: headerOnly('trade') }))).toEqual({
      text: 'trade.csv has no rows, only its header: there is nothing to show.',
      failed: false,
    });
  });

  it('reads the flights panel from flights.csv as checked against airports.csv', () => {
    const store = { ...storeWith({}), flightsChecked: failed('flights.csv') };
    expect(panelNotice('flights', store)?.text).toBe('flights.csv could not be loaded (HTTP 404 Not Found).');
  });

  it('holds the map back for airports.csv; flights.csv only takes away its routes, said apart', () => {
    const noAirports = storeWith({ airports: failed('airports.csv') });
    expect(panelNotice('map', noAirports)?.text).toBe('airports.csv could not be loaded (HTTP 404 Not Found).');

    const noFlights = { ...storeWith({}), flightsChecked: failed('flights.csv') };
    expect(panelNotice('map', noFlights)).toBeNull();
    expect(routesNotice(noFlights)).toEqual({
      text: 'flights.csv could not be loaded (HTTP 404 Not Found).',
      failed: true,
    });
    const loading = { ...storeWith({}), flightsChecked: { status: 'loading' } as const };
    expect(routesNotice(loading)).toEqual({ text: 'flights.csv is still loading.', failed: false });
  });

  it('gives no routes notice for a flights.csv read with no rows: the map counts 0 of 0 services', () => {
    const store = { ...storeWith({}), flightsChecked: headerOnly('flights') };
    expect(routesNotice(store)).toBeNull();
  });

  it('names the file the data package lists', () => {
    const renamed = {
      ...pkg,
      resources: pkg.resources.map((r) => (r.name === 'trade' ? { ...r, path: 'trade-v2.csv' } : r)),
    };
    const store = { ...storeWith({ trade: { status: 'loading' } }), pkg: renamed };
    expect(panelNotice('trade', store)?.text).toBe('trade-v2.csv is still loading.');
  });
});
