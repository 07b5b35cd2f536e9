import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchText, noRowsText, readFetched, unreadyText, type TableState } from '../../src/lib/data/load';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { findResource, resourcePath } from '../../src/lib/data/schema';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
const flights = findResource(pkg, 'flights')!;
const fakeFetch =
  (status: number, body = '') =>
  async () =>
    new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' });

describe('resourcePath', () => {
  it('names the file the package lists, not one made up from the name', () => {
    const renamed = {
      ...pkg,
      resources: pkg.resources.map((r) => (r.name === 'trade' ? { ...r, path: 'trade-v2.csv' } : r)),
    };
    expect(resourcePath(renamed, 'trade')).toBe('trade-v2.csv');
    expect(resourcePath(pkg, 'flights')).toBe(flights.path);
  });

  it('falls back to <name>.csv for a resource the package does not list', () => {
    expect(resourcePath({ ...pkg, resources: [] }, 'events')).toBe('events.csv');
  });
});

describe('unreadyText (why a download of what is shown cannot run yet)', () => {
  it('says a file is still loading, by its name', () => {
    expect(unreadyText('flights-2026.csv', { status: 'loading' })).toBe('flights-2026.csv is still loading.');
  });

  it("repeats a failed file's own reason, which names the file and the HTTP status", async () => {
    const fetched = await fetchText(flights, 'http://localhost/', fakeFetch(404));
    const state = readFetched(fetched, flights);
    expect(unreadyText(flights.path, state)).toBe(`${flights.path} could not be loaded (HTTP 404 Not Found).`);
  });

  it('repeats why a file with no readable row failed', async () => {
    const fetched = await fetchText(flights, 'http://localhost/', fakeFetch(200, 'nonsense\n1\n'));
    const state = readFetched(fetched, flights);
    expect(state.status).toBe('failed');
    expect(unreadyText(flights.path, state)).toMatch(new RegExp(`^${flights.path} has no readable rows: .+\\.$`));
  });

  it('is null once a file is read, even with no rows (noRowsText says that)', () => {
    const header = readFileSync(`data/${flights.path}`, 'utf8').split('\n')[0];
    const state: TableState = readFetched({ ok: true, text: `${header}\n` }, flights);
    expect(state.status).toBe('ready');
    expect(unreadyText(flights.path, state)).toBeNull();
    expect(noRowsText(flights.path, state)).toBe(
      `${flights.path} has no rows, only its header: there is nothing to show.`,
    );
  });
});
