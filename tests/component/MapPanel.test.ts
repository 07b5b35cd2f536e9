import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fireEvent, render, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { Layer, Map as LeafletMap } from 'leaflet';
import MapPanel from '../../src/lib/map/MapPanel.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { TILE_PREFERENCE_KEY } from '../../src/lib/map/tilePreference';
import type { AirportRow, FlightRow } from '../../src/lib/data/rows';
import { flightRow, turkishThroughRow } from '../fixtures/flightRows';

// Structure and behaviour only: Leaflet has no layout in jsdom (the map is 0x0), so geometry is
// checked in Chromium (tests/e2e/map.spec.ts) and in the unit tests of the pure helpers.

const today = { year: 2026, month: 11, day: 28 };
const airport = (id: string, city: string, country: string, lat: number, lon: number): AirportRow => ({
  id,
  city,
  country,
  name: `${city} International Airport`,
  lat,
  lon,
  note: '',
  line: 2,
  sourceNames: ['OpenFlights airports.dat'],
  sourceUrls: ['https://github.com/jpatokal/openflights'],
});
const airports = [
  airport('GYD', 'Baku', 'Azerbaijan', 40.47, 50.05),
  airport('LHE', 'Lahore', 'Pakistan', 31.52, 74.4),
  airport('ISB', 'Islamabad', 'Pakistan', 33.56, 72.85),
];
const flights: FlightRow[] = [
  flightRow({
    id: 'j2-gyd-lhe',
    sourceNames: ['The Nation (2023-09-23)', 'Trend (2025-11-17)'],
    sourceUrls: ['https://www.nation.com.pk/a', 'https://www.trend.az/b'],
  }),
  flightRow({
    id: 'pk-lhe-gyd-2022',
    airline: 'Pakistan International Airlines (PIA)',
    airlineCode: 'PK',
    origin: 'LHE',
    destination: 'GYD',
    startDate: '2022-03-16',
    firstConfirmed: '2022-03-16',
    lastConfirmed: '2022-03-17',
    weeklyFrequency: 1,
    status: 'discontinued',
  }),
  turkishThroughRow({ id: 'tk-ist-gyd-isb', destination: 'ISB' }),
];

const basemap = readFileSync('public/basemap/region.geojson', 'utf8');
let requested: string[] = [];

beforeEach(() => {
  requested = [];
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(String(url));
      return new Response(basemap, { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Resolves once Leaflet's map has replaced the still map drawn first (it is loaded on demand). */
async function interactive<R extends { container: HTMLElement }>(result: R): Promise<R> {
  await vi.waitFor(() => expect(result.container.querySelector('.leaflet-container')).not.toBeNull());
  return result;
}

async function renderMap(rows: FlightRow[] = flights, places: AirportRow[] = airports) {
  const dashboard = new Dashboard();
  const result = await interactive(
    render(MapPanel, { flights: rows, airports: places, dashboard, period: dashboard, today }),
  );
  return { ...result, dashboard };
}

const handles = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('button.arc-handle')];

describe('MapPanel', () => {
  it('draws a focusable, named button per airport and per service, and one path per stroke', async () => {
    const { container, getByRole } = await renderMap();
    expect(getByRole('region', { name: /^Map of air links between Azerbaijan and Pakistan/ })).toHaveAttribute(
      'tabindex',
      '0',
    );
    expect(
      getByRole('button', { name: /^Baku \(GYD\), Baku International Airport, Azerbaijan: 3 route services/ }),
    ).toBeInTheDocument();
    expect(
      getByRole('button', { name: 'Baku to Lahore, Azerbaijan Airlines, 2 flights a week, from 23 September 2023' }),
    ).toBeInTheDocument();
    expect(handles(container).map((h) => h.textContent)).toEqual(['2', '1', '?']);
    // Three arcs, the one-stop service hollow (two strokes): four paths in the overlay pane.
    expect(container.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(4);
    expect([...container.querySelectorAll('path.map-arc')].map((p) => p.getAttribute('data-row-id'))).toEqual(
      flights.map((f) => f.id),
    );
    expect(container.querySelectorAll('path.map-arc-inner[data-row-id="tk-ist-gyd-isb"]')).toHaveLength(1);
    // Every mark names its row: each route's numbered circle its flights.csv row, each airport its airports.csv row.
    expect(handles(container).map((h) => h.dataset.rowId)).toEqual(flights.map((f) => f.id));
    expect(
      [...container.querySelectorAll<HTMLElement>('button.airport-marker')].map((b) => b.dataset.rowId).sort(),
    ).toEqual(airports.map((a) => a.id).sort());
    expect(container.innerHTML).not.toContain('NaN');
  });

  it('fetches the basemap as a relative static file and draws the two countries named', async () => {
    const { container } = await renderMap();
    await vi.waitFor(() => expect(container.querySelectorAll('.country-label')).toHaveLength(2));
    expect(requested).toEqual([new URL('basemap/region.geojson', document.baseURI).href]);
    expect([...container.querySelectorAll('.country-label')].map((l) => l.textContent).sort()).toEqual([
      'Azerbaijan',
      'Pakistan',
    ]);
    expect(container.querySelectorAll('.leaflet-basemap-pane path.basemap-emphasis')).toHaveLength(2);
  });

  it('follows the window and says how many services it hides', async () => {
    const { container, getByTestId, dashboard } = await renderMap();
    expect(getByTestId('map-count')).toHaveTextContent('3 of 3 route services drawn for 1991–2026.');
    dashboard.setWindow(2022, 2022);
    flushSync();
    expect(handles(container)).toHaveLength(1);
    expect(getByTestId('map-count')).toHaveTextContent(
      // Turkish Airlines' service, last confirmed in 2021 with no known end, is not said to be outside it.
      '1 of 3 route services drawn for 2022 (1 later service outside the window; 1 service last confirmed before it, with no known end, not drawn).',
    );
    expect(container.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(1);
    expect(getByTestId('map-count')).not.toHaveTextContent('no source confirms');
    // After the last report of an operating service, it is drawn, and the map says from what.
    dashboard.setWindow(2026, 2026);
    flushSync();
    expect(getByTestId('map-count')).toHaveTextContent(
      '1 of 3 route services drawn for 2026 (2 services last confirmed before the window, with no known end, not drawn). 1 service is drawn as operating from its last report (the latest dated 17 November 2025): no source confirms it in 2026.',
    );
    dashboard.setWindow(1991, 1995);
    flushSync();
    expect(handles(container)).toHaveLength(0);
    expect(container.querySelector('.map-legend')).toBeNull();
  });

  it("names the sources of what it draws: the airports' and the window's routes'", async () => {
    const { container, dashboard } = await renderMap();
    const sourceLine = () => container.querySelector('.source-line');
    expect(sourceLine()).toHaveTextContent(
      'Sources: Business Recorder; OpenFlights airports.dat; The Nation (2023-09-23); Trend (2025-11-17)',
    );
    expect(within(sourceLine() as HTMLElement).getByRole('link', { name: 'OpenFlights airports.dat' })).toHaveAttribute(
      'href',
      'https://github.com/jpatokal/openflights',
    );
    // The routes outside the window are not drawn, so not credited; the airports still are.
    dashboard.setWindow(2022, 2022);
    flushSync();
    expect(sourceLine()).toHaveTextContent(/^Sources: Business Recorder; OpenFlights airports\.dat$/);
  });

  it('says the routes are still loading, or why they failed, in place of "0 of 0 services drawn"', async () => {
    const dashboard = new Dashboard();
    /** The map with no routes, told why. */
    const withoutRoutes = (routesUnread: { text: string; failed: boolean }) =>
      interactive(render(MapPanel, { flights: [], airports, dashboard, period: dashboard, today, routesUnread }));
    const loading = await withoutRoutes({ text: 'flights.csv is still loading.', failed: false });
    expect(loading.getByTestId('map-count')).toHaveTextContent('Routes: flights.csv is still loading.');
    expect(loading.queryByRole('alert')).toBeNull();
    expect(loading.container.querySelectorAll('.airport-city')).toHaveLength(3);
    loading.unmount();

    const failed = await withoutRoutes({
      text: 'flights.csv could not be loaded (HTTP 404 Not Found).',
      failed: true,
    });
    expect(failed.getByRole('alert')).toHaveTextContent(
      'flights.csv could not be loaded (HTTP 404 Not Found). The map shows the airports but no routes.',
    );
    expect(failed.queryByText(/route services drawn/)).toBeNull();
    expect(failed.container.querySelectorAll('.airport-city')).toHaveLength(3);
    // No route drawn, so no key to one (there was still "Circle on an arc").
    expect(failed.queryByRole('list', { name: 'Map legend' })).toBeNull();
  });

  it('selects a service from its handle, shows a card with each source as a link, and clears with Escape', async () => {
    const { container, getByRole, getByTestId, queryByTestId, dashboard } = await renderMap();
    const handle = getByRole('button', { name: /^Baku to Lahore, Azerbaijan Airlines/ });
    await fireEvent.click(handle);
    expect(dashboard.service).toBe('j2-gyd-lhe');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    const card = getByTestId('map-card');
    expect(within(card).getByRole('heading')).toHaveTextContent('Baku to Lahore: Azerbaijan Airlines (AZAL)');
    expect(
      within(card)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://www.nation.com.pk/a', 'https://www.trend.az/b']);
    expect(card).toHaveTextContent('23 September 2023 (exact day)');
    expect(card).toHaveTextContent(/Row id\s*j2-gyd-lhe/); // the row the card shows, as in every tooltip
    await fireEvent.keyDown(handle, { key: 'Escape' });
    expect(dashboard.service).toBeNull();
    expect(queryByTestId('map-card')).toBeNull();
    expect(container.querySelector('[aria-pressed="true"]')).toBeNull();
  });

  it('shows the card of a service selected elsewhere (the flights timeline) and says when it is not drawn', async () => {
    const { getByTestId, dashboard } = await renderMap();
    dashboard.setWindow(2024, 2026);
    dashboard.selectService('pk-lhe-gyd-2022');
    flushSync();
    expect(getByTestId('map-card')).toHaveTextContent('End unknown (last confirmed 17 March 2022)');
    expect(getByTestId('map-card')).toHaveTextContent('Outside the window 2024–2026: not drawn on the map.');
  });

  it('says a selection once, as it is made; the card, whose lines follow the window, is not a live region', async () => {
    const { getByTestId, dashboard } = await renderMap();
    const said = getByTestId('map-selection-said');
    expect(said).toHaveAttribute('aria-live', 'polite');
    expect(said).toHaveTextContent(/^$/);
    dashboard.selectService('pk-lhe-gyd-2022');
    flushSync();
    expect(said).toHaveTextContent('Selected: Lahore to Baku, Pakistan International Airlines.');
    expect(getByTestId('map-card').closest('[aria-live]')).toBeNull();
    dashboard.setWindow(2024, 2026);
    flushSync();
    expect(said).toHaveTextContent('Selected: Lahore to Baku, Pakistan International Airlines.');
    dashboard.selectAirport('GYD');
    flushSync();
    expect(said).toHaveTextContent('Selected: Baku (GYD).');
  });

  it('selects an airport, highlights it and lists its services, each selectable', async () => {
    const { getByRole, getByTestId, dashboard } = await renderMap();
    const lahore = getByRole('button', { name: /^Lahore \(LHE\)/ });
    await fireEvent.click(lahore);
    expect(dashboard.airport).toBe('LHE');
    expect(lahore).toHaveAttribute('aria-pressed', 'true');
    const card = getByTestId('map-card');
    expect(card).toHaveTextContent(/Row id\s*LHE/);
    const services = within(card).getAllByRole('button', { name: /to/ });
    expect(services.map((b) => b.textContent)).toEqual([
      'Baku to Lahore, Azerbaijan Airlines, from 23 September 2023',
      'Lahore to Baku, Pakistan International Airlines, from 16 March 2022',
    ]);
    const chosen = services[1] as HTMLElement;
    chosen.focus();
    await fireEvent.click(chosen);
    expect([dashboard.service, dashboard.airport]).toEqual(['pk-lhe-gyd-2022', null]);
    // The service's card takes the airport card's place, and focus with it (not lost to the page).
    await vi.waitFor(() => expect(document.activeElement).toBe(getByRole('heading', { name: /^Lahore to Baku/ })));
  });

  it("lists apart an airport's services with no known end, last confirmed before the window, each selectable", async () => {
    const { getByTestId, dashboard } = await renderMap();
    dashboard.setWindow(2026, 2026);
    dashboard.selectAirport('LHE');
    flushSync();
    const card = getByTestId('map-card');
    expect(card).toHaveTextContent('Route services in the window');
    expect(card).toHaveTextContent('Not known whether in 2026');
    const unknown = within(card).getByRole('button', { name: /last confirmed/ });
    expect(unknown).toHaveTextContent('Lahore to Baku, Pakistan International Airlines, last confirmed 17 March 2022');
    await fireEvent.click(unknown);
    expect(dashboard.service).toBe('pk-lhe-gyd-2022');
    // In a window its sources reach, it is listed with the window's services, and nothing is apart.
    dashboard.setWindow(2022, 2022);
    dashboard.selectAirport('LHE');
    flushSync();
    expect(getByTestId('map-card')).not.toHaveTextContent('Not known whether');
  });

  it('moves focus to the card when a handle or an airport is pressed by keyboard, not when clicked', async () => {
    const { getByRole } = await renderMap();
    const handle = getByRole('button', { name: /^Baku to Lahore, Azerbaijan Airlines/ });
    handle.focus();
    await fireEvent.click(handle, { detail: 1 }); // a mouse click: the reader stays on the map
    expect(document.activeElement).toBe(handle);
    const lahore = getByRole('button', { name: /^Lahore \(LHE\)/ });
    lahore.focus();
    await fireEvent.click(lahore, { detail: 0 }); // Enter or Space: the card, after every marker and handle
    await vi.waitFor(() => expect(document.activeElement).toBe(getByRole('heading', { name: /^Lahore \(LHE\)/ })));
  });

  it("gives focus back to what a card was about when it is closed from inside it: the service's handle, the airport", async () => {
    const { getByRole, getByTestId, queryByTestId, dashboard } = await renderMap();
    const handle = getByRole('button', { name: /^Baku to Lahore, Azerbaijan Airlines/ });
    await fireEvent.click(handle);
    const link = within(getByTestId('map-card')).getAllByRole('link')[0] as HTMLElement;
    link.focus();
    await fireEvent.keyDown(link, { key: 'Escape' });
    expect(dashboard.service).toBeNull();
    expect(queryByTestId('map-card')).toBeNull();
    expect(document.activeElement).toBe(handle);
    const baku = getByRole('button', { name: /^Baku \(GYD\)/ });
    await fireEvent.click(baku);
    const clear = within(getByTestId('map-card')).getByRole('button', { name: 'Clear selection' });
    clear.focus();
    await fireEvent.click(clear);
    expect(dashboard.airport).toBeNull();
    expect(document.activeElement).toBe(baku);
  });

  it('toggles the routes table through the dashboard (and so the URL)', async () => {
    const { getByRole, findByRole, queryByRole, dashboard } = await renderMap();
    expect(queryByRole('table')).toBeNull();
    await fireEvent.click(getByRole('button', { name: 'Routes table' }));
    expect(dashboard.tables).toEqual(['map']);
    // Its code is loaded when asked for: 'Loading the table…' until it has arrived.
    const table = await findByRole('table', { name: 'Route services drawn on the map, with sources' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim() ?? '');
    expect(headers.slice(-3).map((h) => h.replace(/\s*[▲▼↑↓↕⇅]\s*$/u, ''))).toEqual(['Source', 'Row id', 'Note']);
    const ids = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-2)?.textContent?.trim());
    expect(ids.every((id) => id && flights.some((f) => f.id === id))).toBe(true);
  });

  it('keeps online tiles off by default, and remembers the switch in this browser only', async () => {
    const { getByRole, container, dashboard } = await renderMap();
    const tiles = getByRole('switch', { name: 'Online map tiles' });
    expect(tiles).not.toBeChecked();
    expect(container.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
    await fireEvent.click(tiles);
    expect(localStorage.getItem(TILE_PREFERENCE_KEY)).toBe('on');
    expect(container.querySelector('.leaflet-tile-pane .leaflet-layer')).not.toBeNull();
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent('OpenStreetMap');
    expect(JSON.stringify(dashboard.view)).not.toContain('tile');
    await fireEvent.click(tiles);
    expect(localStorage.getItem(TILE_PREFERENCE_KEY)).toBeNull();
    expect(container.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
  });

  it('shows text from the data as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container, getByTestId, dashboard } = await renderMap(
      [flightRow({ id: 'x', airline: evil, sourceNames: [evil], sourceUrls: ['javascript:alert(1)'] })],
      [airport('GYD', evil, 'Azerbaijan', 40.47, 50.05), airport('LHE', 'Lahore', 'Pakistan', 31.52, 74.4)],
    );
    dashboard.selectService('x');
    flushSync();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.airport-city')?.textContent).toBe(evil);
    expect(handles(container)[0]?.getAttribute('aria-label')).toContain(evil);
    expect(getByTestId('map-card')).toHaveTextContent(evil);
    expect(within(getByTestId('map-card')).queryByRole('link')).toBeNull();
  });

  it('restyles an arc in place when the selection changes, instead of rebuilding it', async () => {
    const { container, getByRole } = await renderMap();
    const arc = () => container.querySelector('path.map-arc[data-row-id="j2-gyd-lhe"]');
    const path = arc();
    const before = Number(path?.getAttribute('stroke-width'));
    await fireEvent.click(getByRole('button', { name: /^Baku to Lahore, Azerbaijan Airlines/ }));
    expect(arc() === path).toBe(true);
    expect(Number(path?.getAttribute('stroke-width'))).toBeGreaterThan(before);
    // The other arcs step back.
    const other = container.querySelector('path.map-arc[data-row-id="pk-lhe-gyd-2022"]');
    expect(Number(other?.getAttribute('stroke-opacity'))).toBeLessThan(1);
  });

  it('removes every layer it added, and then the map, when it is unmounted', async () => {
    const removeLayer = vi.spyOn(Layer.prototype, 'remove');
    const removeMap = vi.spyOn(LeafletMap.prototype, 'remove');
    const { container, unmount } = await renderMap();
    expect(container.querySelector('.leaflet-container')).not.toBeNull();
    unmount();
    // 3 airports, 3 handles, 4 arc strokes (one arc is hollow).
    expect(removeLayer.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(removeMap).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.leaflet-container')).toBeNull();
    vi.restoreAllMocks();
  });
});
