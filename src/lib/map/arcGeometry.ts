/**
 * Where each service's arc runs: a quadratic curve from origin to destination, bent to one side.
 * Computed in Web Mercator (the map's projection) so arcs look like smooth curves on screen. Pure.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Leaflet's [lat, lng] order. */
export type LatLngTuple = [number, number];

export interface ArcGeometry {
  /** Points from the service's origin to its destination. */
  latlngs: LatLngTuple[];
  /** The curve's midpoint: where the arc's focusable handle sits. */
  handle: LatLngTuple;
  /** +1 or -1: which side of the pair's chord the arc bulges to (left or right of the chord drawn
   *  from the alphabetically first airport code to the second). */
  side: 1 | -1;
}

export interface ServiceEnds {
  id: string;
  origin: string;
  destination: string;
}

/** Web Mercator stops short of the poles. */
const MAX_LAT = 85.0511287798;
const RAD = Math.PI / 180;

interface XY {
  x: number;
  y: number;
}

export function project({ lat, lon }: LatLon): XY {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return { x: lon * RAD, y: Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) };
}

export function unproject({ x, y }: XY): LatLon {
  return { lat: (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD, lon: x / RAD };
}

/** Bulge of the first arc on a pair, as a fraction of the chord, and how much each further pair of
 *  arcs adds, so that nested arcs on one side stay apart. */
export const BEND = { first: 0.2, step: 0.16 } as const;

/** The signed bend of the index-th service on a pair: +, -, then wider +, wider -, and so on. */
export function bendFor(index: number): number {
  const size = BEND.first + BEND.step * Math.floor(index / 2);
  return index % 2 === 0 ? size : -size;
}

const validPoint = (p: LatLon) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90;
const round = (v: number) => Math.round(v * 1e6) / 1e6;
const tuple = (p: LatLon): LatLngTuple => [round(p.lat), round(p.lon)];

/**
 * The curve from `from` to `to`, bulging by `bend` × chord length to the left of that direction
 * (negative: to the right), as `segments` + 1 points; null when a point is not a valid coordinate.
 * Coincident ends give a degenerate arc at that point, never NaN.
 */
export function curve(from: LatLon, to: LatLon, bend: number, segments = 32): { latlngs: LatLngTuple[]; handle: LatLngTuple } | null {
  if (!validPoint(from) || !validPoint(to) || !Number.isFinite(bend)) return null;
  const a = project(from);
  const b = project(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  // The left-hand normal of the chord; zero for a zero-length chord, so no division by zero.
  const nx = length === 0 ? 0 : -dy / length;
  const ny = length === 0 ? 0 : dx / length;
  const c = { x: (a.x + b.x) / 2 + nx * bend * length, y: (a.y + b.y) / 2 + ny * bend * length };
  const at = (t: number): LatLon => {
    const u = 1 - t;
    return unproject({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  };
  const n = Math.max(1, Math.round(segments));
  const latlngs = Array.from({ length: n + 1 }, (_, i) => tuple(at(i / n)));
  return { latlngs, handle: tuple(at(0.5)) };
}

/** The two codes of a service's airport pair in alphabetical order, whichever way it flies. */
export function pairOf(service: Pick<ServiceEnds, 'origin' | 'destination'>): [string, string] {
  return service.origin <= service.destination
    ? [service.origin, service.destination]
    : [service.destination, service.origin];
}

/**
 * One arc per service. Services on the same airport pair (in either direction) are ordered by id and
 * bent alternately to either side of the pair's chord, so two services on one pair curve to opposite
 * sides and more nest outward. The side is fixed by the pair, not by the direction flown. Services
 * whose airports are unknown or have no valid coordinates get no arc.
 */
export function layoutArcs(services: readonly ServiceEnds[], airports: ReadonlyMap<string, LatLon>): Map<string, ArcGeometry> {
  const byPair = new Map<string, ServiceEnds[]>();
  for (const service of services) {
    const key = pairOf(service).join('-');
    byPair.set(key, [...(byPair.get(key) ?? []), service]);
  }
  const arcs = new Map<string, ArcGeometry>();
  for (const group of byPair.values()) {
    const ordered = [...group].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    ordered.forEach((service, index) => {
      const [first, second] = pairOf(service);
      const start = airports.get(first);
      const end = airports.get(second);
      if (!start || !end) return;
      const bend = bendFor(index);
      const drawn = curve(start, end, bend);
      if (!drawn) return;
      const forward = service.origin === first;
      arcs.set(service.id, {
        latlngs: forward ? drawn.latlngs : [...drawn.latlngs].reverse(),
        handle: drawn.handle,
        side: bend >= 0 ? 1 : -1,
      });
    });
  }
  return arcs;
}
