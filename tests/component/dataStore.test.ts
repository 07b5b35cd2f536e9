import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DataStore } from '../../src/lib/state/dataStore.svelte';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import type { ResourceName } from '../../src/lib/data/schema';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
const file = (name: string) => readFileSync(`data/${name}`, 'utf8');

/** A fetch that serves data/ and holds back the files named in `held` until released. */
function fakeFetch(held: string[] = []) {
  const releases = new Map<string, () => void>();
  const impl = (async (input: RequestInfo | URL) => {
    const name = String(input).split('/').pop() ?? '';
    if (held.includes(name)) await new Promise<void>((resolve) => releases.set(name, resolve));
    if (name === 'missing.csv') return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(file(name), { status: 200 });
  }) as typeof fetch;
  return { impl, release: (name: string) => releases.get(name)?.() };
}

const readyNames = (store: DataStore) =>
  (Object.keys(store.tables) as ResourceName[]).filter((n) => store.tables[n].status === 'ready');

describe('DataStore.load', () => {
  it('commits the first-named file first and pauses before each other one', async () => {
    const store = new DataStore(pkg);
    const seenAtPause: ResourceName[][] = [];
    const pause = () => {
      seenAtPause.push(readyNames(store));
      return Promise.resolve();
    };
    await store.load('http://example.test/', fakeFetch().impl, ['trade', 'events', 'tourism'], pause);
    expect(seenAtPause).toEqual([['trade'], ['trade', 'events']]);
    expect(store.trade.length).toBeGreaterThan(100);
    expect(store.events.length).toBeGreaterThan(50);
    expect(store.tourism.length).toBeGreaterThan(10);
  });

  it('does not hold the other files back while the first one is slow', async () => {
    const store = new DataStore(pkg);
    const { impl, release } = fakeFetch(['trade.csv']);
    const loading = store.load('http://example.test/', impl, ['trade', 'tourism'], () => Promise.resolve());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.tables.trade.status).toBe('loading');
    expect(store.tables.tourism.status).toBe('ready');
    release('trade.csv');
    await loading;
    expect(store.tables.trade.status).toBe('ready');
  });

  it('names the file and the HTTP status when a file cannot be fetched, and loads the rest', async () => {
    const store = new DataStore({
      ...pkg,
      resources: pkg.resources.map((r) => (r.name === 'tourism' ? { ...r, path: 'missing.csv' } : r)),
    });
    await store.load('http://example.test/', fakeFetch().impl, ['tourism', 'trade'], () => Promise.resolve());
    const tourism = store.tables.tourism;
    expect(tourism.status).toBe('failed');
    if (tourism.status === 'failed')
      expect(tourism.message).toBe('missing.csv could not be loaded (HTTP 404 Not Found)');
    expect(store.tables.trade.status).toBe('ready');
  });

  it("names a route's unknown airport in the file the package names for flights, renamed or not", async () => {
    const store = new DataStore({
      ...pkg,
      resources: pkg.resources.map((r) => (r.name === 'flights' ? { ...r, path: 'flights-2026.csv' } : r)),
    });
    const lines = file('flights.csv').split('\n');
    lines[1] = (lines[1] ?? '').replace(/,(GYD|LHE|ISB|KHI),/, ',ZZZ,');
    const serve = (async (input: RequestInfo | URL) => {
      const name = String(input).split('/').pop() ?? '';
      return new Response(name === 'flights-2026.csv' ? lines.join('\n') : file(name), { status: 200 });
    }) as typeof fetch;
    await store.load('http://example.test/', serve, ['flights', 'airports'], () => Promise.resolve());
    const unknown = store.issues.filter((i) => i.message.includes('ZZZ'));
    expect(unknown.map((i) => [i.file, i.line])).toEqual([['flights-2026.csv', 2]]);
  });
});

/** A store with the page's windowed rows and summary over it, as main.ts builds them. */
async function pageOf() {
  const { PageData } = await import('../../src/lib/state/pageData.svelte');
  const { Dashboard } = await import('../../src/lib/state/dashboard.svelte');
  const { PageSummary } = await import('../../src/lib/state/pageSummary.svelte');
  const store = new DataStore(pkg);
  const dashboard = new Dashboard();
  const windowed = new PageData(store, dashboard, { year: 2026, month: 11, day: 28 });
  return { store, dashboard, windowed, summary: new PageSummary(store, dashboard, windowed) };
}

describe('PageSummary.counts', () => {
  it('says what the window holds once every file is read, whatever the filters', async () => {
    const { store, dashboard, windowed, summary } = await pageOf();
    const fetcher = fakeFetch(['events.csv']);
    const loading = store.load(
      'http://example.test/',
      fetcher.impl,
      ['trade', 'tourism', 'flights', 'airports', 'events'],
      () => Promise.resolve(),
    );
    await vi.waitFor(() => expect(store.tables.airports.status).toBe('ready'));
    dashboard.setWindow(2014, 2016);
    // Events held back: no count is claimed yet, rather than a partial one.
    expect(summary.counts).toBe('');
    fetcher.release('events.csv');
    await loading;
    // Tourism in 2014–2016: the three annual figures of the shipped file; no route service yet.
    expect(summary.counts).toBe(
      `${windowed.trade.length} trade figures, 3 tourism figures, 0 route services, ${windowed.events.length} events`,
    );
    // Filters narrow what the panels show, not what the window holds: the text stays, so it is not re-announced.
    const before = summary.counts;
    dashboard.search = 'embassy';
    dashboard.tradeView = 'pakistan';
    expect(summary.counts).toBe(before);
    dashboard.setWindow(2014, 2026);
    expect(summary.counts).not.toBe(before);
  });
});

describe('PageSummary.counts when a file fails', () => {
  it('counts the files that were read and leaves out the one that failed (its panel says why)', async () => {
    const { store, dashboard, windowed, summary } = await pageOf();
    const failing = (async (input: RequestInfo | URL) =>
      String(input).endsWith('events.csv')
        ? new Response('', { status: 404, statusText: 'Not Found' })
        : fakeFetch().impl(input)) as typeof fetch;
    await store.load('http://example.test/', failing, undefined, () => Promise.resolve());
    expect(store.tables.events.status).toBe('failed');
    dashboard.setWindow(2014, 2016);
    expect(summary.counts).toBe(`${windowed.trade.length} trade figures, 3 tourism figures, 0 route services`);
  });
});
