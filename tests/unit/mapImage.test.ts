// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildMapSvg } from '../../src/lib/map/mapImage';
import { mapImageLabel } from '../../src/lib/map/serviceNames';
import { readBasemap } from '../../src/lib/map/basemapAsset';
import type { AirportRow } from '../../src/lib/data/rows';
import { flightRow } from '../fixtures/flightRows';

const today = { year: 2026, month: 11, day: 28 };

const airport = (id: string, city: string, lat: number, lon: number): AirportRow => ({
  id,
  city,
  country: id === 'GYD' ? 'Azerbaijan' : 'Pakistan',
  name: `${city} Airport`,
  lat,
  lon,
  note: '',
  line: 2,
  sourceNames: ['OpenFlights'],
  sourceUrls: ['https://example.org/openflights'],
});
const airports = [
  airport('GYD', 'Baku', 40.4675, 50.0467),
  airport('LHE', 'Lahore', 31.5216, 74.4036),
  airport('KHI', 'Karachi', 24.9065, 67.1608),
];
const flights = [
  flightRow({ id: 'j2-gyd-lhe' }),
  flightRow({
    id: 'pk-lhe-gyd',
    airline: 'Pakistan International Airlines (PIA)',
    airlineCode: 'PK',
    origin: 'LHE',
    destination: 'GYD',
    weeklyFrequency: null,
  }),
  flightRow({
    id: 'j2-gyd-khi',
    origin: 'GYD',
    destination: 'KHI',
    serviceType: 'one-stop-via-baku',
    weeklyFrequency: 4,
  }),
  flightRow({
    id: 'old-gyd-khi',
    origin: 'GYD',
    destination: 'KHI',
    status: 'discontinued',
    endDate: '2012-05',
    endPrecision: 'month',
    endKnown: true,
  }),
];
const basemap = readBasemap(JSON.parse(readFileSync('public/basemap/region.geojson', 'utf8')));

const build = (over: Partial<Parameters<typeof buildMapSvg>[0]> = {}) =>
  buildMapSvg({ flights, shown: flights.slice(0, 3), airports, basemap, today, ...over });

describe('buildMapSvg', () => {
  it('reads the shipped basemap', () => {
    expect(basemap?.length).toBeGreaterThan(10);
  });

  it('is a sized, labelled group with no NaN in any path or position', () => {
    const svg = build();
    expect(svg.getAttribute('role')).toBe('group');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(0);
    expect(svg.getAttribute('aria-label')).toBe(mapImageLabel(flights.slice(0, 3), airports));
    expect(svg.getAttribute('aria-label')).toContain('3 route services');
    expect(svg.getAttribute('aria-label')).toContain('Baku to Lahore (Azerbaijan Airlines)');
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      expect(path.getAttribute('d')).toMatch(/^M/);
      expect(path.getAttribute('d')).not.toMatch(/NaN|Infinity/);
    }
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.querySelectorAll('.basemap-emphasis')).toHaveLength(2);
    expect([...svg.querySelectorAll('.map-country-labels text')].map((t) => t.textContent).sort()).toEqual([
      'AZERBAIJAN',
      'PAKISTAN',
    ]);
  });

  it('draws one arc per service shown, with its row id, colour, width and dashes from the map style', () => {
    const svg = build();
    const arcs = [...svg.querySelectorAll('path.map-arc')];
    expect(arcs.map((a) => a.getAttribute('data-row-id')).sort()).toEqual(['j2-gyd-khi', 'j2-gyd-lhe', 'pk-lhe-gyd']);
    const arc = (id: string) => svg.querySelector(`path.map-arc[data-row-id="${id}"]`);
    expect(arc('j2-gyd-lhe')?.getAttribute('style')).toContain('var(--c-airline-j2)');
    expect(arc('j2-gyd-lhe')?.getAttribute('stroke-width')).toBe('5');
    expect(arc('j2-gyd-lhe')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(arc('pk-lhe-gyd')?.getAttribute('style')).toContain('var(--c-airline-pk)');
    expect(arc('pk-lhe-gyd')?.getAttribute('stroke-dasharray')).toBe('4 4');
    // One-stop: a hollow line, the outer stroke wider, the inner in the hollow colour.
    expect(arc('j2-gyd-khi')?.getAttribute('stroke-width')).toBe('12');
    expect(svg.querySelectorAll('path.map-arc-inner')).toHaveLength(1);
    expect(svg.querySelector('path.map-arc-inner')?.getAttribute('style')).toContain('var(--map-hollow');
    expect(svg.querySelectorAll('.map-handle')).toHaveLength(3);
  });

  it('curves two services on one pair to opposite sides, like the map', () => {
    const svg = build();
    const mid = (id: string) => {
      const d = svg.querySelector(`path.map-arc[data-row-id="${id}"]`)?.getAttribute('d') ?? '';
      const points = [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      return points[Math.floor(points.length / 2)] ?? [0, 0];
    };
    const [ax, ay] = mid('j2-gyd-lhe');
    const [bx, by] = mid('pk-lhe-gyd');
    expect(Math.hypot((ax ?? 0) - (bx ?? 0), (ay ?? 0) - (by ?? 0))).toBeGreaterThan(20);
  });

  it('labels every located airport with its city and code, and carries its id', () => {
    const svg = build();
    const markers = [...svg.querySelectorAll('g.map-airport')];
    expect(markers.map((m) => m.getAttribute('data-row-id'))).toEqual(['GYD', 'LHE', 'KHI']);
    expect(markers.map((m) => m.querySelector('text')?.textContent)).toEqual(['Baku GYD', 'Lahore LHE', 'Karachi KHI']);
    expect(markers[0]?.querySelector('title')?.textContent).toContain('3 route services in the window');
    expect(markers[2]?.querySelector('title')?.textContent).toContain('1 route service in the window');
  });

  it('shows the region of a map the reader moved: zoomed on Pakistan, Baku is off the image and Lahore on it', () => {
    const at = (svg: SVGSVGElement, id: string) => {
      const [x = NaN, y = NaN] =
        /translate\(([-\d.]+),([-\d.]+)\)/
          .exec(svg.querySelector(`g.map-airport[data-row-id="${id}"]`)?.getAttribute('transform') ?? '')
          ?.slice(1)
          .map(Number) ?? [];
      const [width = NaN, height = NaN] = ['width', 'height'].map((a) => Number(svg.getAttribute(a)));
      return x >= 0 && x <= width && y >= 0 && y <= height ? 'inside' : 'outside';
    };
    const whole = build();
    expect([at(whole, 'GYD'), at(whole, 'LHE')]).toEqual(['inside', 'inside']);
    const moved = build({
      region: [
        [23, 66],
        [35, 80],
      ],
    });
    expect([at(moved, 'GYD'), at(moved, 'LHE'), at(moved, 'KHI')]).toEqual(['outside', 'inside', 'inside']);
  });

  it('draws nothing for services outside the window or with unknown airports', () => {
    const svg = build({ shown: [flights[0]!, flightRow({ id: 'nowhere', origin: 'XXX' })] });
    expect([...svg.querySelectorAll('[data-row-id]')].map((e) => e.getAttribute('data-row-id'))).toEqual([
      'j2-gyd-lhe',
      'GYD',
      'LHE',
      'KHI',
    ]);
    expect(svg.getAttribute('aria-label')).toContain('1 route service:');
  });

  it('still draws arcs and airports without the basemap, and fits a default region without airports', () => {
    const svg = build({ basemap: null });
    expect(svg.querySelectorAll('.basemap-country')).toHaveLength(0);
    expect(svg.querySelectorAll('path.map-arc')).toHaveLength(3);
    const empty = build({ airports: [], shown: [] });
    expect(empty.querySelectorAll('[data-row-id]')).toHaveLength(0);
    expect(empty.querySelectorAll('.basemap-country').length).toBeGreaterThan(10);
    expect(empty.outerHTML).not.toMatch(/NaN/);
  });

  it('sets text from the data as text: markup in it is escaped, never parsed', () => {
    const hostile = [
      airport('GYD', '<img src=x onerror="alert(1)">', 40.4675, 50.0467),
      airport('LHE', 'Lahore & <b>co</b>', 31.5216, 74.4036),
    ];
    const row = flightRow({ id: 'j2-gyd-lhe', airline: '<script>alert(1)</script> Air' });
    const svg = buildMapSvg({ flights: [row], shown: [row], airports: hostile, basemap: null, today });
    expect(svg.querySelectorAll('img, script, b')).toHaveLength(0);
    const markup = new XMLSerializer().serializeToString(svg);
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(markup).toContain('Lahore &amp; &lt;b&gt;co&lt;/b&gt;');
    expect(svg.querySelector('g.map-airport text')?.textContent).toBe('<img src=x onerror="alert(1)"> GYD');
    expect(svg.getAttribute('aria-label')).toContain('<script>alert(1)</script> Air');
  });
});
