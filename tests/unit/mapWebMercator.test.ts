// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { cameraView, fitView, projectPixel, type Bounds, type ViewOptions } from '../../src/lib/map/webMercator';
import type { LatLngTuple } from '../../src/lib/map/arcGeometry';

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
    map.remove();
  });
});
