/**
 * Country outlines cut down to the map's region. Pure: scripts/build-basemap.mjs runs these over
 * world-atlas once and commits the result as a static asset, so the app never ships or parses the
 * world. Points are [longitude, latitude] in degrees.
 */
export type Point = [number, number];
export type Ring = Point[];
/** A polygon as rings: the outer ring first, then its holes. */
export type PolygonRings = Ring[];

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What the basemap keeps: the map's view (about 20°E–90°E, 0°N–55°N) with a margin for panning. */
export const BASEMAP_BOX: Box = { west: 10, south: -8, east: 100, north: 62 };

/** An open copy of a ring: without the repeated closing point. */
function open(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]
    ? ring.slice(0, -1)
    : [...ring];
}

function close(ring: Ring): Ring {
  const first = ring[0];
  return first ? [...ring, [first[0], first[1]]] : [];
}

/**
 * The ring with each longitude moved by whole turns so that no step is longer than 180°: a ring that
 * crosses the antimeridian (179.9 then -179.9) becomes continuous (179.9 then 180.1) instead of
 * drawing a stripe across the whole map.
 */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  let previous: number | null = null;
  for (const [lon, lat] of ring) {
    if (previous !== null) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360 * Math.round(step / 360);
      else if (step < -180) shift += 360 * Math.round(-step / 360);
    }
    const x = lon + shift;
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

/** The ring moved by whole turns so that its middle longitude is nearest the box's middle. */
export function shiftTowardBox(ring: Ring, box: Box): Ring {
  if (ring.length === 0) return ring;
  const lons = ring.map((p) => p[0]);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const turns = Math.round(((box.west + box.east) / 2 - middle) / 360);
  return turns === 0 ? ring : ring.map(([lon, lat]) => [lon + 360 * turns, lat]);
}

type Edge = { inside: (p: Point) => boolean; cut: (a: Point, b: Point) => Point };

function edges(box: Box): Edge[] {
  const atLon =
    (lon: number) =>
    (a: Point, b: Point): Point => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
  const atLat =
    (lat: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  return [
    { inside: (p) => p[0] >= box.west, cut: atLon(box.west) },
    { inside: (p) => p[0] <= box.east, cut: atLon(box.east) },
    { inside: (p) => p[1] >= box.south, cut: atLat(box.south) },
    { inside: (p) => p[1] <= box.north, cut: atLat(box.north) },
  ];
}

/**
 * The part of a ring inside the box (Sutherland–Hodgman, one box edge at a time), closed; empty when
 * nothing of it is inside. A concave ring cut in two keeps a zero-width seam along the box edge,
 * which fills as nothing.
 */
export function clipRing(ring: Ring, box: Box): Ring {
  let points = open(ring);
  for (const edge of edges(box)) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (!current || !previous) continue;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cut(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cut(previous, current));
      }
    }
    if (points.length === 0) return [];
  }
  return close(points);
}

/** Twice the signed planar area of a ring (positive when counter-clockwise in lon/lat). */
export function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** Coordinates rounded to `decimals` places, repeats removed, still closed. 2 places is about 1 km. */
export function roundRing(ring: Ring, decimals: number): Ring {
  const factor = 10 ** decimals;
  const round = (v: number) => Math.round(v * factor) / factor;
  const out: Ring = [];
  for (const [lon, lat] of open(ring)) {
    const p: Point = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0]?.[0] === out[out.length - 1]?.[0] && out[0]?.[1] === out[out.length - 1]?.[1])
    out.pop();
  return out.length >= 3 ? close(out) : [];
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * The ring with points closer than `tolerance` degrees to the line through their kept neighbours
 * removed (Douglas–Peucker on each half of the ring, split at the point farthest from the first, so
 * that it stays a ring). Closed in, closed out; empty if fewer than three points would be left.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const points = open(ring);
  const first = points[0];
  if (!first || points.length < 4 || tolerance <= 0) return ring;
  const at = (i: number): Point => points[i % points.length] ?? first;
  let far = 0;
  points.forEach((p, i) => {
    if (Math.hypot(p[0] - first[0], p[1] - first[1]) > Math.hypot(at(far)[0] - first[0], at(far)[1] - first[1]))
      far = i;
  });
  const keep = new Set<number>([0, far]);
  const stack: [number, number][] = [
    [0, far],
    [far, points.length],
  ];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [from, to] = span;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(at(i), at(from), at(to));
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep.add(worst);
      stack.push([from, worst], [worst, to]);
    }
  }
  const kept = points.filter((_, i) => keep.has(i));
  return kept.length >= 3 ? close(kept) : [];
}

export interface ClipOptions {
  /** Decimal places kept (2: about 1 km). */
  decimals?: number;
  /** Douglas–Peucker tolerance in degrees (0: none). */
  tolerance?: number;
  /** Polygons whose clipped outer ring covers no more than this many square degrees are dropped. */
  minArea?: number;
}

/**
 * Polygons unwrapped across the antimeridian, clipped to the box, simplified and rounded. A polygon
 * whose outer ring falls outside the box (or below `minArea`) is dropped with its holes; rings with
 * no area left are dropped.
 */
export function clipPolygons(polygons: PolygonRings[], box: Box, options: ClipOptions = {}): PolygonRings[] {
  const { decimals = 2, tolerance = 0, minArea = 0 } = options;
  const out: PolygonRings[] = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const unwrapped = unwrapRing(outer);
    const shifted = shiftTowardBox(unwrapped, box);
    const turn = (shifted[0]?.[0] ?? 0) - (unwrapped[0]?.[0] ?? 0);
    const clip = (ring: Ring) => roundRing(simplifyRing(clipRing(ring, box), tolerance), decimals);
    const clippedOuter = clip(shifted);
    if (clippedOuter.length === 0 || Math.abs(ringArea2(clippedOuter)) <= 2 * minArea) continue;
    const holes = polygon
      .slice(1)
      .map((hole) => clip(unwrapRing(hole).map(([lon, lat]): Point => [lon + turn, lat])))
      .filter((hole) => hole.length > 0 && ringArea2(hole) !== 0);
    out.push([clippedOuter, ...holes]);
  }
  return out;
}

/** Where to write a country's name: the area-weighted centroid of its largest outer ring. */
export function labelPoint(polygons: PolygonRings[]): Point | null {
  let best: Ring | null = null;
  let bestArea = 0;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const area = Math.abs(ringArea2(outer));
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  if (!best) return null;
  let cx = 0;
  let cy = 0;
  const a2 = ringArea2(best);
  for (let i = 0; i + 1 < best.length; i++) {
    const p = best[i];
    const q = best[i + 1];
    if (!p || !q) continue;
    const cross = p[0] * q[1] - q[0] * p[1];
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
  }
  return [Math.round((cx / (3 * a2)) * 100) / 100, Math.round((cy / (3 * a2)) * 100) / 100];
}
