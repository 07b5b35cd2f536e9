/**
 * Where each service's arc runs: a quadratic curve from origin to destination, bent to one side.
 * Computed in Web Mercator (the map's projection) so arcs look like smooth curves on screen. Pure.
 */
import { compareCodeUnits } from '../data/compareText';
import { validPoint } from '../data/placeable';
import type { CountryName } from './basemapAsset';

export { validPoint };

export interface LatLon {
  lat: number;
  lon: number;
}

/** Leaflet's [lat, lng] order. */
export type LatLngTuple = [number, number];

export interface ArcGeometry {
  /** Points from the service's origin to its destination. */
  latlngs: LatLngTuple[];
  /** Where the arc's focusable handle sits: its middle, or near it when that would cover another. */
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

const round = (v: number) => Math.round(v * 1e6) / 1e6;
const tuple = (p: LatLon): LatLngTuple => [round(p.lat), round(p.lon)];

/**
 * The curve from `from` to `to`, bulging by `bend` × chord length to the left of that direction
 * (negative: to the right), as `segments` + 1 points; null when a point is not a valid coordinate.
 * Coincident ends give a degenerate arc at that point, never NaN.
 */
export function curve(
  from: LatLon,
  to: LatLon,
  bend: number,
  segments = 32,
): { latlngs: LatLngTuple[]; handle: LatLngTuple } | null {
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
    return unproject({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
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

/** Where along its curve a handle may sit, as sample indices of a 32-segment curve: the middle first,
 *  then steps outward, so that handles of arcs that run close together do not cover each other. */
const HANDLE_SLOTS = [16, 13, 19, 10, 22, 8, 24, 6, 26, 4, 28];
/** Handles closer than this share of the airports' extent (about a handle's width on a wide first
 *  view) are moved along their arcs, when the scale they are drawn at is not known. */
export const HANDLE_GAP = 0.1;
/** Handles whose centres are closer than this on screen (a 24-pixel handle and room around it) are
 *  moved along their arcs. */
export const HANDLE_SPACING_PX = 32;
/** Where an airport's label reaches, to the right of its dot, in shares of the handles' spacing
 *  (a code such as "GYD", and the start of its city's name). */
const LABEL_REACH = [0.75, 1.5];

/** HANDLE_SPACING_PX in the units of `project` (radians of Web Mercator), for a map drawn at
 *  `pixelsPerRadian` (a D3 Mercator projection's scale, or pixelsPerRadian(zoom) for Leaflet). */
export function handleGapAt(pixelsPerRadian: number): number {
  return HANDLE_SPACING_PX / pixelsPerRadian;
}

/** Pixels per radian of Web Mercator at a Leaflet zoom level (a world 256 pixels wide at zoom 0). */
export function pixelsPerRadian(zoom: number): number {
  return (256 * 2 ** zoom) / (2 * Math.PI);
}

function distance(p: LatLngTuple, q: LatLngTuple): number {
  const a = project({ lat: p[0], lon: p[1] });
  const b = project({ lat: q[0], lon: q[1] });
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Rounds of re-placing every handle among all the others, after the first placement in order. */
const HANDLE_ROUNDS = 4;

/**
 * Each curve's handle at one of its slots: the first (nearest the middle) at least `gap` away from the
 * other handles, from the points to avoid and from the `lesser` points (a name written on the map);
 * else, of those clear of the others and the points to avoid, the farthest from the lesser points; or
 * else the slot farthest from the others and the points to avoid. Placed first in order, each among those
 * before it; then each again among all the others, for a few rounds, so that a handle placed early
 * moves aside for one placed after it when that clears both.
 */
export function placeHandles(
  curves: readonly LatLngTuple[][],
  avoid: readonly LatLngTuple[],
  gap: number,
  lesser: readonly LatLngTuple[] = [],
): LatLngTuple[] {
  const slots = curves.map((latlngs) => {
    const n = latlngs.length - 1;
    return HANDLE_SLOTS.map((slot) => latlngs[Math.round((slot / 32) * n)]).filter(
      (point): point is LatLngTuple => point !== undefined,
    );
  });
  const chosen: (LatLngTuple | null)[] = curves.map(() => null);
  const clearance = (point: LatLngTuple, from: readonly LatLngTuple[]) =>
    Math.min(Infinity, ...from.map((q) => distance(point, q)));
  const place = (i: number): LatLngTuple | null => {
    const others = [...chosen.filter((p, j): p is LatLngTuple => p !== null && j !== i), ...avoid];
    // Of the slots clear of the others, the first clear of the lesser points too, or else the farthest from them.
    let fair: { point: LatLngTuple; clearance: number } | null = null;
    // Of all slots, the farthest from the others.
    let best: { point: LatLngTuple; clearance: number } | null = null;
    for (const point of slots[i] ?? []) {
      const fromOthers = clearance(point, others);
      if (fromOthers >= gap) {
        const fromLesser = clearance(point, lesser);
        if (fromLesser >= gap) return point;
        if (!fair || fromLesser > fair.clearance) fair = { point, clearance: fromLesser };
      }
      if (!best || fromOthers > best.clearance) best = { point, clearance: fromOthers };
    }
    return (fair ?? best)?.point ?? null;
  };
  for (let round = 0; round <= HANDLE_ROUNDS; round++) {
    let moved = false;
    chosen.forEach((before, i) => {
      const after = place(i);
      if (after !== before) moved = true;
      chosen[i] = after;
    });
    if (!moved) break;
  }
  return chosen.map((point, i) => point ?? curves[i]?.[Math.round(((curves[i]?.length ?? 1) - 1) / 2)] ?? [0, 0]);
}

/**
 * One arc per service. Services on the same airport pair (in either direction) are ordered by id and
 * bent alternately to either side of the pair's chord, so two services on one pair curve to opposite
 * sides and more nest outward. The side is fixed by the pair, not by the direction flown. Handles
 * start at each curve's middle and move along it when they would come within `gap` (in the units of
 * `project`: see handleGapAt) of another or of an airport; with no gap given, within a share of the
 * airports' extent; and off the `names` written on the map where they can (see placeArcHandles).
 * Services whose airports are unknown or have no valid coordinates get no arc.
 */
export function layoutArcs(
  services: readonly ServiceEnds[],
  airports: ReadonlyMap<string, LatLon>,
  gap?: number,
  names: readonly CountryName[] = [],
): Map<string, ArcGeometry> {
  return placeArcHandles(layoutCurves(services, airports), airports, gap, names);
}

/** An arc without its handle: what does not change with the scale the map is drawn at. */
export type ArcCurve = Omit<ArcGeometry, 'handle'> & { id: string };

/** The arcs' curves of layoutArcs, by service id order, without their handles. */
export function layoutCurves(services: readonly ServiceEnds[], airports: ReadonlyMap<string, LatLon>): ArcCurve[] {
  const byPair = new Map<string, ServiceEnds[]>();
  for (const service of services) {
    const key = pairOf(service).join('-');
    byPair.set(key, [...(byPair.get(key) ?? []), service]);
  }
  const laid: ArcCurve[] = [];
  for (const group of byPair.values()) {
    const ordered = [...group].sort((p, q) => compareCodeUnits(p.id, q.id));
    ordered.forEach((service, index) => {
      const [first, second] = pairOf(service);
      const start = airports.get(first);
      const end = airports.get(second);
      if (!start || !end) return;
      const bend = bendFor(index);
      const drawn = curve(start, end, bend);
      if (!drawn) return;
      const forward = service.origin === first;
      laid.push({
        id: service.id,
        latlngs: forward ? drawn.latlngs : [...drawn.latlngs].reverse(),
        side: bend >= 0 ? 1 : -1,
      });
    });
  }
  return laid.sort((p, q) => compareCodeUnits(p.id, q.id));
}

/** A map name's width per character, in shares of the handles' spacing: an upper-case letter of the
 *  map's country names (mapTheme.css, bold, letter-spaced) is about 12 of the spacing's 32 pixels. */
const NAME_CHAR_SHARE = 0.375;

/** Points along a name's middle line (a country's name, centred on its point), half a spacing apart, from end to end. */
function namePoints(name: CountryName, spacing: number): LatLngTuple[] {
  const middle = project(name);
  const half = (name.name.length * NAME_CHAR_SHARE * spacing) / 2;
  const steps = Math.ceil(half / (spacing / 2));
  return Array.from({ length: 2 * steps + 1 }, (_, i) =>
    tuple(unproject({ x: middle.x - half + (i * half) / Math.max(1, steps), y: middle.y })),
  );
}

/**
 * Each curve with its handle, placed for a map drawn at `gap` (see layoutArcs): the part of the layout
 * that changes with the zoom, so the map redoes only this as it zooms. Handles keep off the airports
 * and their labels, and off the `names` written on the map where they can without covering those.
 */
export function placeArcHandles(
  laid: readonly ArcCurve[],
  airports: ReadonlyMap<string, LatLon>,
  gap?: number,
  names: readonly CountryName[] = [],
): Map<string, ArcGeometry> {
  const ends = [...airports.values()].filter(validPoint);
  const projected = ends.map(project);
  const extent = projected.length
    ? Math.max(
        Math.max(...projected.map((p) => p.x)) - Math.min(...projected.map((p) => p.x)),
        Math.max(...projected.map((p) => p.y)) - Math.min(...projected.map((p) => p.y)),
      )
    : 0;
  const spacing = gap ?? extent * HANDLE_GAP;
  // An airport's label is written to the right of its dot: handles keep off both.
  const labelled = projected.flatMap((p) =>
    LABEL_REACH.map((share) => tuple(unproject({ x: p.x + share * spacing, y: p.y }))),
  );
  const handles = placeHandles(
    laid.map((arc) => arc.latlngs),
    [...ends.map(tuple), ...labelled],
    spacing,
    names.filter(validPoint).flatMap((name) => namePoints(name, spacing)),
  );
  return new Map(laid.map((arc, i) => [arc.id, { ...arc, handle: handles[i] ?? arc.latlngs[0] ?? [0, 0] }]));
}

/** The box around the points, widened by `pad` of its size on every side (room for the arcs' bulge);
 *  null for no valid point. In Leaflet's [[south, west], [north, east]] order. */
export function paddedBounds(points: readonly LatLon[], pad: number): [LatLngTuple, LatLngTuple] | null {
  const valid = points.filter(validPoint);
  if (valid.length === 0) return null;
  const lats = valid.map((p) => p.lat);
  const lons = valid.map((p) => p.lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const dLat = Math.max(north - south, 1) * pad;
  const dLon = Math.max(east - west, 1) * pad;
  return [
    [Math.max(-85, south - dLat), west - dLon],
    [Math.min(85, north + dLat), east + dLon],
  ];
}
