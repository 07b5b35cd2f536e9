/**
 * Leaflet's view arithmetic without Leaflet: where a map of a given size puts each point when it is
 * opened on bounds (fitBounds with padding) or on a camera (setView), with Leaflet's zoom snapping, zoom
 * limits and max-bounds limiting. The still map drawn before Leaflet has loaded (StaticMap.svelte) uses
 * it, so that Leaflet's map replaces it with every point in the same place. Pure; follows Leaflet 1.9's
 * Map (getBoundsZoom, _getBoundsCenterZoom, _limitCenter, _getNewPixelOrigin) and CRS.EPSG3857.
 */
import type { LatLngTuple } from './arcGeometry';

export interface Pixel {
  x: number;
  y: number;
}

/** Bounds in Leaflet's order: [[south, west], [north, east]]. */
export type Bounds = [LatLngTuple, LatLngTuple];

export interface ViewOptions {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
  zoomSnap: number;
  /** How far the map can be panned (Leaflet's maxBounds). */
  limits: Bounds;
}

/** Leaflet's SphericalMercator.MAX_LATITUDE. */
const MAX_LATITUDE = 85.0511287798;

/** A point's pixel in Web Mercator at `zoom` (a world 256 pixels wide at zoom 0), as Leaflet projects it. */
export function projectPixel([lat, lon]: LatLngTuple, zoom: number): Pixel {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * Math.PI) / 180);
  return {
    x: scale * (0.5 + lon / 360),
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

/** The point at a pixel of Web Mercator at `zoom`: projectPixel's inverse. */
export function unprojectPixel({ x, y }: Pixel, zoom: number): LatLngTuple {
  const scale = 256 * 2 ** zoom;
  const lon = (x / scale - 0.5) * 360;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lat, lon];
}

function snapped(zoom: number, options: ViewOptions): number {
  const snap = options.zoomSnap;
  return Math.max(options.minZoom, Math.min(options.maxZoom, Math.round(zoom / snap) * snap));
}

/** The zoom at which `bounds` fits the map less `padding` on each side, snapped down (getBoundsZoom). */
function boundsZoom([[south, west], [north, east]]: Bounds, padding: number, options: ViewOptions): number {
  const nw = projectPixel([north, west], 0);
  const se = projectPixel([south, east], 0);
  const scale = Math.min(
    (options.width - 2 * padding) / Math.abs(se.x - nw.x),
    (options.height - 2 * padding) / Math.abs(se.y - nw.y),
  );
  // A map no wider than its padding has no scale: Leaflet then opens at its maximum zoom.
  let zoom = scale > 0 ? Math.log2(scale) : Infinity;
  const snap = options.zoomSnap;
  // Leaflet does not step down for less than 1% of a snap level.
  zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
  zoom = Math.floor(zoom / snap) * snap;
  return Math.max(options.minZoom, Math.min(options.maxZoom, zoom));
}

/** Leaflet's _rebound: how far to move a view that sticks out of the limits by `left` and `right`. */
function rebound(left: number, right: number): number {
  return left + right > 0
    ? Math.round(left - right) / 2
    : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right));
}

/** The centre's pixel moved so that the view stays inside the limits, as setView does with maxBounds. */
function limitCenter(center: Pixel, zoom: number, options: ViewOptions): Pixel {
  const [[south, west], [north, east]] = options.limits;
  const a = projectPixel([north, east], zoom);
  const b = projectPixel([south, west], zoom);
  const min = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y) };
  const max = { x: Math.max(a.x, b.x), y: Math.max(a.y, b.y) };
  const view = {
    min: { x: center.x - options.width / 2, y: center.y - options.height / 2 },
    max: { x: center.x + options.width / 2, y: center.y + options.height / 2 },
  };
  const dx = rebound(min.x - view.min.x, -(max.x - view.max.x));
  const dy = rebound(min.y - view.min.y, -(max.y - view.max.y));
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return center;
  return { x: center.x + dx, y: center.y + dy };
}

export interface MapView {
  zoom: number;
  /** A point's position in the map's box, in CSS pixels from its top-left corner. */
  toContainer: (point: LatLngTuple) => Pixel;
  /** What the box shows: its bottom-left and top-right corners (as map.getBounds()). */
  bounds: Bounds;
}

function viewAt(center: Pixel, zoom: number, options: ViewOptions): MapView {
  const limited = limitCenter(center, zoom, options);
  // Leaflet rounds its pixel origin, and so every layer's offset.
  const origin = { x: Math.round(limited.x - options.width / 2), y: Math.round(limited.y - options.height / 2) };
  return {
    zoom,
    bounds: [
      unprojectPixel({ x: origin.x, y: origin.y + options.height }, zoom),
      unprojectPixel({ x: origin.x + options.width, y: origin.y }, zoom),
    ],
    toContainer: (point) => {
      // As latLngToLayerPoint, which every marker and line goes through: a whole pixel.
      const p = projectPixel(point, zoom);
      return { x: Math.round(p.x) - origin.x, y: Math.round(p.y) - origin.y };
    },
  };
}

/** The view of map.fitBounds(bounds, { padding: [padding, padding] }). */
export function fitView(bounds: Bounds, padding: number, options: ViewOptions): MapView {
  const zoom = boundsZoom(bounds, padding, options);
  const sw = projectPixel(bounds[0], zoom);
  const ne = projectPixel(bounds[1], zoom);
  return viewAt({ x: (sw.x + ne.x) / 2, y: (sw.y + ne.y) / 2 }, zoom, options);
}

/** The view of map.setView([lat, lon], zoom). */
export function cameraView(camera: { lat: number; lon: number; zoom: number }, options: ViewOptions): MapView {
  const zoom = snapped(camera.zoom, options);
  return viewAt(projectPixel([camera.lat, camera.lon], zoom), zoom, options);
}
