import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import TradePanel from '../../src/lib/charts/TradePanel.svelte';
import TourismPanel from '../../src/lib/charts/TourismPanel.svelte';
import FlightsPanel from '../../src/lib/charts/FlightsPanel.svelte';
import EventsPanel from '../../src/lib/charts/EventsPanel.svelte';
import MapPanel from '../../src/lib/map/MapPanel.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import type { TimeSpan } from '../../src/lib/state/panelWindow.svelte';
import { cityAirports, flightRow } from '../fixtures/flightRows';
import { eventRow } from '../fixtures/eventRows';
import { yearRow } from '../fixtures/tradeRows';

// A panel out of view draws its own window (src/lib/state/panelWindow.svelte.ts): every year it
// shows comes from that window, none from the dashboard's, which has moved on.
const today = { year: 2026, month: 11, day: 28 };
const period: TimeSpan = { from: 2010, to: 2015, years: '2010–2015' };
const airports = cityAirports({ GYD: 'Baku', LHE: 'Lahore' });
const flights = [flightRow({ id: 'j2-gyd-lhe', startDate: '2012-01-10', firstConfirmed: '2012-01-10' })];
const events = [eventRow({ id: 'e-2012', date: '2012-05-01' })];

/** The dashboard at another window than the panel's. */
function movedOn(): Dashboard {
  const dashboard = new Dashboard();
  dashboard.setWindow(2018, 2024);
  return dashboard;
}

/** Every text and accessible name in the panel. */
function said(container: HTMLElement): string {
  const names = [...container.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
  return [container.textContent, ...names].join(' | ');
}

beforeEach(() => {
  const basemap = readFileSync('public/basemap/region.geojson', 'utf8');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(basemap, { status: 200, headers: { 'Content-Type': 'application/json' } })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("each panel draws the window it is given, not the dashboard's", () => {
  it.each([
    [
      'trade',
      () => render(TradePanel, { rows: [], dashboard: movedOn(), period, hidden: '', statisticsTo: 2020 }),
      'No trade figures fall in 2010–2015',
    ],
    [
      'tourism',
      () => render(TourismPanel, { rows: [], dashboard: movedOn(), period, hidden: '', today }),
      'No tourism figures fall in 2010–2015',
    ],
    [
      'flights',
      () => render(FlightsPanel, { flights, airports, dashboard: movedOn(), period, today, rule: null }),
      'Direct flights, 2010–2015: 1 route services',
    ],
    [
      'events',
      () => render(EventsPanel, { rows: events, all: events, dashboard: movedOn(), period, hidden: '' }),
      'Events between Pakistan and Azerbaijan, 2010–2015',
    ],
    [
      'map',
      () => render(MapPanel, { flights, airports, dashboard: movedOn(), period, today }),
      'route services drawn for 2010–2015',
    ],
  ])('%s', (_, draw, expected) => {
    const text = said(draw().container);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/2018–2024/);
  });

  it('trade: its chart spans the given window', () => {
    const rows = [yearRow('t-2011', 2011), yearRow('t-2020', 2020)];
    const { container } = render(TradePanel, { rows, dashboard: movedOn(), period, hidden: '', statisticsTo: 2020 });
    const ticks = [...container.querySelectorAll('.axis.x text:not(.title)')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(Number(tick)).toBeGreaterThanOrEqual(2010);
    for (const tick of ticks) expect(Number(tick)).toBeLessThanOrEqual(2015);
  });
});
