// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cameraView,
  fitView,
  projectPixel,
  unprojectPixel,
  type Bounds,
  type ViewOptions,
} from '../../src/lib/map/webMercator';
import type { LatLngTuple } from '../../src/lib/map/arcGeometry';
import { BASEMAP_BOX } from '../../src/lib/map/basemapClip';
import { FIT_PADDING, MAP_LIMITS, MAP_OPTIONS } from '../../src/lib/map/mapOptions';

// The still map must put every point where Leaflet's map will: each case is checked against Leaflet
// itself, given a box of the size (jsdom has no layout) and told it is a 3D-capable browser, as
// Chromium is (else it snaps zoom to whole levels).
type Leaflet = typeof import('leaflet');
let L: Leaflet;
beforeAll(async () => {
  (globalThis as Record<string, unknown>).WebKitCSSMatrix = class {
    m11 = 1;
  };
  L = await import('leaflet');
});

const LIMITS: Bounds = [
  [0, 20],
  [55, 90],
];
const AIRPORTS: LatLngTuple[] = [
  [40.47, 50.05],
  [31.52, 74.4],
  [33.56, 72.85],
  [24.91, 67.16],
];
const VIEW: Bounds = [
  [20.8, 45.5],
  [43.6, 78.9],
];

function leafletMap(width: number, height: number) {
  const node = document.createElement('div');
  Object.defineProperty(node, 'clientWidth', { value: width });
  Object.defineProperty(node, 'clientHeight', { value: height });
  document.body.append(node);
  return L.map(node, { maxBounds: LIMITS, maxBoundsViscosity: 0.8, minZoom: 3, maxZoom: 9, zoomSnap: 0.25 });
}
const options = (width: number, height: number): ViewOptions => ({
  width,
  height,
  minZoom: 3,
  maxZoom: 9,
  zoomSnap: 0.25,
  limits: LIMITS,
});

describe('the still map’s view is Leaflet’s', () => {
  it('projects as Leaflet’s Web Mercator does', () => {
    for (const zoom of [0, 3, 4.25]) {
      for (const point of AIRPORTS) {
        const leaflet = L.CRS.EPSG3857.latLngToPoint(L.latLng(point), zoom);
        const ours = projectPixel(point, zoom);
        expect(ours.x).toBeCloseTo(leaflet.x, 6);
        expect(ours.y).toBeCloseTo(leaflet.y, 6);
      }
    }
  });

  it.each([
    [1200, 520],
    [800, 496],
    [640, 400],
    [360, 320],
    [300, 300],
  ])('fits the airports in a %i×%i map, zoom and every point as fitBounds does', (width, height) => {
    const map = leafletMap(width, height).fitBounds(VIEW, { padding: [16, 16] });
    const view = fitView(VIEW, 16, options(width, height));
    expect(view.zoom).toBe(map.getZoom());
    for (const point of AIRPORTS) {
      const { x, y } = map.latLngToContainerPoint(point);
      expect(view.toContainer(point)).toEqual({ x, y });
    }
    map.remove();
  });

  it.each([
    [{ lat: 35, lon: 60, zoom: 4.5 }, 900, 480],
    // Snapped to a quarter level, and kept inside the limits (the camera is near their corner).
    [{ lat: 52, lon: 88, zoom: 5.1 }, 900, 480],
    [{ lat: 35, lon: 60, zoom: 12 }, 700, 400],
  ])('opens on a camera from the link as setView does (%o)', (camera, width, height) => {
    const map = leafletMap(width, height).setView([camera.lat, camera.lon], camera.zoom);
    const view = cameraView(camera, options(width, height));
    expect(view.zoom).toBe(map.getZoom());
    for (const point of [...AIRPORTS, [54, 89] as LatLngTuple]) {
      const { x, y } = map.latLngToContainerPoint(point);
      expect(view.toContainer(point)).toEqual({ x, y });
    }
    // What the box shows (the moved map's image is drawn on it), as map.getBounds() says.
    const shown = map.getBounds();
    const [[south, west], [north, east]] = view.bounds;
    expect([south, west, north, east].map((v) => v.toFixed(6))).toEqual(
      [shown.getSouth(), shown.getWest(), shown.getNorth(), shown.getEast()].map((v) => v.toFixed(6)),
    );
    map.remove();
  });
  it('unprojects a pixel back to its point', () => {
    for (const zoom of [3, 5.25, 9])
      for (const point of [...AIRPORTS, [-8, 10] as LatLngTuple, [62, 100] as LatLngTuple]) {
        const [lat, lon] = unprojectPixel(projectPixel(point, zoom), zoom);
        expect(lat).toBeCloseTo(point[0], 9);
        expect(lon).toBeCloseTo(point[1], 9);
      }
  });
});

describe('the still map’s view, with the map’s own limits and options', () => {
  const limits: Bounds = MAP_LIMITS;
  const own = (width: number, height: number): ViewOptions => ({ ...MAP_OPTIONS, width, height, limits });
  const ownMap = (width: number, height: number) => {
    const node = document.createElement('div');
    Object.defineProperty(node, 'clientWidth', { value: width });
    Object.defineProperty(node, 'clientHeight', { value: height });
    document.body.append(node);
    return L.map(node, { maxBounds: limits, maxBoundsViscosity: 0.8, ...MAP_OPTIONS });
  };
  const samePoints = (map: import('leaflet').Map, view: ReturnType<typeof fitView>) => {
    for (const point of AIRPORTS) {
      const { x, y } = map.latLngToContainerPoint(point);
      expect(view.toContainer(point)).toEqual({ x, y });
    }
  };

  it('fits as fitBounds does from 33 to 1400 px wide, the sizes within 1% of a quarter zoom level included', () => {
    const nw = projectPixel([VIEW[1][0], VIEW[0][1]], 0);
    const se = projectPixel([VIEW[0][0], VIEW[1][1]], 0);
    // Leaflet does not step down a level for less than 1% of one: every size where that matters is
    // checked, with a sample of the others.
    const rawZoom = (width: number, height: number) =>
      Math.log2(Math.min((width - 32) / (se.x - nw.x), (height - 32) / (se.y - nw.y)));
    const nearSnap = (width: number, height: number) => {
      const raw = rawZoom(width, height);
      return Math.floor(raw / 0.25) !== Math.floor((Math.round(raw / 0.0025) * 0.0025) / 0.25);
    };
    const sizes: [number, number][] = [];
    for (let width = 33; width <= 1400; width += 1) {
      for (const height of [300, 347, 520]) {
        if (nearSnap(width, height) || width % 37 === 0) sizes.push([width, height]);
      }
    }
    expect(sizes.filter(([w, h]) => nearSnap(w, h)).length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      const map = ownMap(width, height).fitBounds(VIEW, { padding: [FIT_PADDING, FIT_PADDING] });
      const view = fitView(VIEW, FIT_PADDING, own(width, height));
      expect(view.zoom, `${width}×${height}`).toBe(map.getZoom());
      samePoints(map, view);
      map.remove();
    }
  }, 30_000); // About a second alone; a loaded machine (a test run beside it) has taken nine.

  it('opens at the maximum zoom, as Leaflet does, on a map no wider than its padding', () => {
    const map = ownMap(30, 300).fitBounds(VIEW, { padding: [FIT_PADDING, FIT_PADDING] });
    const view = fitView(VIEW, FIT_PADDING, own(30, 300));
    expect(view.zoom).toBe(MAP_OPTIONS.maxZoom);
    expect(view.zoom).toBe(map.getZoom());
    samePoints(map, view);
    map.remove();
  });

  it('leaves a camera whose view sticks out of the limits by a pixel or less where it is, as Leaflet does', () => {
    const [width, height, zoom] = [900, 480, 5];
    // The latitude whose view's top edge is `by` pixels above the limits' north edge.
    const scale = 256 * 2 ** zoom;
    const latAt = (y: number) => {
      const k = 4 * Math.PI * (0.5 - y / scale);
      return (Math.asin(Math.tanh(k / 2)) * 180) / Math.PI;
    };
    const top = projectPixel([BASEMAP_BOX.north, 60], zoom).y;
    for (const by of [0.5, 1, 3]) {
      const camera = { lat: latAt(top - by + height / 2), lon: 60, zoom };
      const map = ownMap(width, height).setView([camera.lat, camera.lon], zoom);
      const view = cameraView(camera, own(width, height));
      samePoints(map, view);
      map.remove();
    }
  });
});
