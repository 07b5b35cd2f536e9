import { describe, expect, it } from 'vitest';
import {
  bendFor,
  curve,
  HANDLE_GAP,
  HANDLE_SPACING_PX,
  handleGapAt,
  layoutArcs,
  pairOf,
  paddedBounds,
  pixelsPerRadian,
  placeHandles,
  project,
  unproject,
  type LatLngTuple,
  type LatLon,
} from '../../src/lib/map/arcGeometry';

const GYD: LatLon = { lat: 40.4675, lon: 50.0467 };
const LHE: LatLon = { lat: 31.5216, lon: 74.4036 };
const KHI: LatLon = { lat: 24.9065, lon: 67.1608 };
const ISB: LatLon = { lat: 33.5607, lon: 72.8516 };
const airports = new Map([
  ['GYD', GYD],
  ['LHE', LHE],
  ['KHI', KHI],
  ['ISB', ISB],
]);

/** The shipped flights.csv's services, by their ends. */
const SHIPPED_SERVICES = [
  { id: 'pk-khi-gyd-2022', origin: 'KHI', destination: 'GYD' },
  { id: 'pk-lhe-gyd-2022', origin: 'LHE', destination: 'GYD' },
  { id: 'pk-lhe-gyd-2025', origin: 'LHE', destination: 'GYD' },
  { id: 'j2-gyd-lhe', origin: 'GYD', destination: 'LHE' },
  { id: 'j2-gyd-isb', origin: 'GYD', destination: 'ISB' },
  { id: 'j2-gyd-khi', origin: 'GYD', destination: 'KHI' },
  { id: 'tk-ist-gyd-lhe', origin: 'GYD', destination: 'LHE' },
  { id: 'tk-ist-gyd-isb', origin: 'GYD', destination: 'ISB' },
];

/** Which side of the chord a to b a point lies on, in the map's projection: +1 left, -1 right, 0 on
 *  it (within the 1e-6° rounding of the points). */
function sideOf(a: LatLon, b: LatLon, p: LatLngTuple): number {
  const [pa, pb, pp] = [project(a), project(b), project({ lat: p[0], lon: p[1] })];
  const cross = (pb.x - pa.x) * (pp.y - pa.y) - (pb.y - pa.y) * (pp.x - pa.x);
  return Math.abs(cross) < 1e-7 ? 0 : Math.sign(cross);
}

const hasNaN = (points: LatLngTuple[]) => points.some(([lat, lon]) => !Number.isFinite(lat) || !Number.isFinite(lon));
const close = (p: LatLngTuple | undefined, q: LatLon) =>
  p !== undefined && Math.abs(p[0] - q.lat) < 1e-6 && Math.abs(p[1] - q.lon) < 1e-6;

describe('project / unproject', () => {
  it.each([
    [0, 0],
    [40.4675, 50.0467],
    [-33.9, 151.2],
    [84, -179],
  ])('round-trips (%f, %f)', (lat, lon) => {
    const back = unproject(project({ lat, lon }));
    expect(back.lat).toBeCloseTo(lat, 9);
    expect(back.lon).toBeCloseTo(lon, 9);
  });

  it('clamps the poles instead of returning Infinity', () => {
    expect(Number.isFinite(project({ lat: 90, lon: 0 }).y)).toBe(true);
    expect(Number.isFinite(project({ lat: -90, lon: 0 }).y)).toBe(true);
  });
});

describe('bendFor(index)', () => {
  it('alternates sides and widens every second service', () => {
    const bends = [0, 1, 2, 3, 4].map(bendFor);
    expect(bends.map(Math.sign)).toEqual([1, -1, 1, -1, 1]);
    expect(Math.abs(bends[2] ?? 0)).toBeGreaterThan(Math.abs(bends[0] ?? 0));
    expect(Math.abs(bends[0] ?? 0)).toBe(Math.abs(bends[1] ?? 0));
  });
});

describe('curve(from, to, bend)', () => {
  it('starts at from, ends at to, has the asked number of points and no NaN', () => {
    const drawn = curve(GYD, LHE, 0.2, 16);
    expect(drawn?.latlngs).toHaveLength(17);
    expect(close(drawn?.latlngs[0], GYD)).toBe(true);
    expect(close(drawn?.latlngs[16], LHE)).toBe(true);
    expect(hasNaN(drawn?.latlngs ?? [])).toBe(false);
  });

  it('bulges left of the direction for a positive bend and right for a negative one', () => {
    const left = curve(GYD, LHE, 0.2);
    const right = curve(GYD, LHE, -0.2);
    expect(sideOf(GYD, LHE, left?.handle ?? [0, 0])).toBe(1);
    expect(sideOf(GYD, LHE, right?.handle ?? [0, 0])).toBe(-1);
  });

  it('draws a straight chord for bend 0, and a single point (not NaN) when both ends coincide', () => {
    const straight = curve(GYD, LHE, 0);
    expect(sideOf(GYD, LHE, straight?.handle ?? [0, 0])).toBe(0);
    const point = curve(GYD, GYD, 0.3, 4);
    expect(hasNaN(point?.latlngs ?? [])).toBe(false);
    expect(point?.latlngs.every((p) => close(p, GYD))).toBe(true);
  });

  it.each([
    ['a NaN latitude', { lat: Number.NaN, lon: 50 }],
    ['a latitude beyond the pole', { lat: 91, lon: 50 }],
    ['an infinite longitude', { lat: 40, lon: Infinity }],
  ])('returns null for %s', (_, bad) => {
    expect(curve(bad, LHE, 0.2)).toBeNull();
    expect(curve(GYD, bad, 0.2)).toBeNull();
  });
});

describe('pairOf(service)', () => {
  it('is the same for both directions', () => {
    expect(pairOf({ origin: 'LHE', destination: 'GYD' })).toEqual(['GYD', 'LHE']);
    expect(pairOf({ origin: 'GYD', destination: 'LHE' })).toEqual(['GYD', 'LHE']);
  });
});

describe('layoutArcs(services, airports)', () => {
  it('curves two services on one pair to opposite sides, whichever direction each flies', () => {
    const arcs = layoutArcs(
      [
        { id: 'j2-gyd-lhe', origin: 'GYD', destination: 'LHE' },
        { id: 'pk-lhe-gyd-2025', origin: 'LHE', destination: 'GYD' },
      ],
      airports,
    );
    const a = arcs.get('j2-gyd-lhe');
    const b = arcs.get('pk-lhe-gyd-2025');
    expect(a?.side).toBe(-(b?.side ?? 0));
    // Geometrically too: the two middles lie on opposite sides of the Baku–Lahore chord.
    const middle = (arc: typeof a) => arc?.latlngs[16] ?? [0, 0];
    expect(sideOf(GYD, LHE, middle(a)) * sideOf(GYD, LHE, middle(b))).toBe(-1);
  });

  it('runs each arc from its own origin to its own destination', () => {
    const arcs = layoutArcs([{ id: 'pk', origin: 'KHI', destination: 'GYD' }], airports);
    const latlngs = arcs.get('pk')?.latlngs ?? [];
    expect(close(latlngs[0], KHI)).toBe(true);
    expect(close(latlngs[latlngs.length - 1], GYD)).toBe(true);
  });

  it('does not depend on the order services are given in', () => {
    const services = [
      { id: 'b', origin: 'GYD', destination: 'LHE' },
      { id: 'a', origin: 'LHE', destination: 'GYD' },
      { id: 'c', origin: 'GYD', destination: 'LHE' },
    ];
    expect(layoutArcs(services, airports)).toEqual(layoutArcs([...services].reverse(), airports));
  });

  it('skips services whose airport is unknown or has no valid coordinates', () => {
    const arcs = layoutArcs(
      [
        { id: 'ok', origin: 'GYD', destination: 'ISB' },
        { id: 'unknown', origin: 'GYD', destination: 'XXX' },
        { id: 'bad', origin: 'GYD', destination: 'NAN' },
      ],
      new Map([...airports, ['NAN', { lat: Number.NaN, lon: 10 }]]),
    );
    expect([...arcs.keys()]).toEqual(['ok']);
  });

  it('keeps the shipped services’ handles apart from each other and from the airports', () => {
    const services = SHIPPED_SERVICES;
    const arcs = [...layoutArcs(services, airports).values()];
    expect(arcs).toHaveLength(8);
    const ys = [...airports.values()].map((p) => project(p).y);
    const xs = [...airports.values()].map((p) => project(p).x);
    const gap = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * HANDLE_GAP;
    const points = [...arcs.map((a) => a.handle), ...[...airports.values()].map((p): LatLngTuple => [p.lat, p.lon])];
    for (let i = 0; i < arcs.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const [p, q] = [points[i], points[j]].map((t) => project({ lat: t?.[0] ?? 0, lon: t?.[1] ?? 0 }));
        expect(
          Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0)),
          `handle ${i} and point ${j}`,
        ).toBeGreaterThanOrEqual(gap * 0.999);
      }
    }
    for (const arc of arcs) expect(hasNaN([...arc.latlngs, arc.handle])).toBe(false);
  });
});

describe('layoutArcs at the scale the map is drawn', () => {
  const services = SHIPPED_SERVICES;
  /** Screen pixels between two points at a Leaflet zoom level. */
  const pixels = (p: LatLngTuple, q: LatLngTuple | LatLon, zoom: number) => {
    const [a, b] = [project({ lat: p[0], lon: p[1] }), project(Array.isArray(q) ? { lat: q[0], lon: q[1] } : q)];
    return Math.hypot(a.x - b.x, a.y - b.y) * pixelsPerRadian(zoom);
  };

  it("measures a gap in screen pixels: Leaflet's 256-pixel world at zoom 0, twice as wide at each zoom", () => {
    expect(pixelsPerRadian(0) * 2 * Math.PI).toBeCloseTo(256, 9);
    expect(pixelsPerRadian(5.25) / pixelsPerRadian(4.25)).toBeCloseTo(2, 12);
    expect(handleGapAt(pixelsPerRadian(4)) * pixelsPerRadian(4)).toBeCloseTo(HANDLE_SPACING_PX, 9);
  });

  it.each([3.75, 4.5, 6])(
    'at zoom %s keeps the shipped handles a handle apart on screen, and off the airports and their labels',
    (zoom) => {
      const arcs = [...layoutArcs(services, airports, handleGapAt(pixelsPerRadian(zoom))).values()];
      expect(arcs).toHaveLength(8);
      arcs.forEach((arc, i) => {
        for (const other of arcs.slice(i + 1)) {
          expect(pixels(arc.handle, other.handle, zoom), `${i} and another`).toBeGreaterThanOrEqual(HANDLE_SPACING_PX);
        }
        for (const airport of airports.values()) {
          // Clear of the dot (a 24-pixel handle and a 14-pixel dot meet at 19 pixels).
          expect(pixels(arc.handle, airport, zoom)).toBeGreaterThanOrEqual(HANDLE_SPACING_PX - 4);
          // The label, written from the dot to the right.
          const label = unproject({ x: project(airport).x + 40 / pixelsPerRadian(zoom), y: project(airport).y });
          expect(pixels(arc.handle, label, zoom)).toBeGreaterThanOrEqual(HANDLE_SPACING_PX * 0.7);
        }
      });
    },
  );

  it('zoomed in far enough, puts every handle at the middle of its arc', () => {
    const arcs = [...layoutArcs(services, airports, handleGapAt(pixelsPerRadian(9))).values()];
    for (const arc of arcs) expect(arc.handle).toEqual(arc.latlngs[16]);
  });
});

describe('placeHandles(curves, avoid, gap)', () => {
  const line = (lat: number): LatLngTuple[] => Array.from({ length: 33 }, (_, i): LatLngTuple => [lat, 50 + i]);

  it('puts a lone handle at the middle of its curve', () => {
    expect(placeHandles([line(30)], [], 1)).toEqual([[30, 66]]);
  });

  it('moves a second handle along its curve when the middle is taken', () => {
    const [first, second] = placeHandles([line(30), line(30.01)], [], 0.05);
    expect(first).toEqual([30, 66]);
    expect(second?.[1]).not.toBe(66);
  });

  it('moves a handle placed first aside when that clears one placed after it', () => {
    // The first curve is long, the second short: only the first can move far enough from the middle.
    const short = (lat: number): LatLngTuple[] => Array.from({ length: 33 }, (_, i): LatLngTuple => [lat, 64 + i / 8]);
    const gap = project({ lat: 0, lon: 3 }).x;
    const [first, second] = placeHandles([line(30), short(30.01)], [], gap);
    expect(second).toEqual([30.01, 66]);
    const apart = Math.hypot(
      project({ lat: first?.[0] ?? 0, lon: first?.[1] ?? 0 }).x - project({ lat: 30.01, lon: 66 }).x,
    );
    expect(apart).toBeGreaterThanOrEqual(gap);
  });

  it('keeps clear of the points to avoid', () => {
    const gap = project({ lat: 0, lon: 3 }).x;
    const [handle] = placeHandles([line(30)], [[30, 66]], gap);
    expect(Math.abs((handle?.[1] ?? 66) - 66)).toBeGreaterThanOrEqual(3);
  });

  describe('with lesser points (a name written on the map)', () => {
    const gap = project({ lat: 0, lon: 2.5 }).x;
    const along = (from: number, to: number): LatLngTuple[] =>
      Array.from({ length: to - from + 1 }, (_, i): LatLngTuple => [30, from + i]);

    it('keeps off them where a slot clears them and everything else', () => {
      // Slots at 66, 63, 69, 60, 72, 58, 74, 56, …: the first 2.5° from every point of 60–72 is 56.
      expect(placeHandles([line(30)], [], gap, along(60, 72))).toEqual([[30, 56]]);
    });

    it('else takes the slot farthest from them among those clear of everything else', () => {
      // 56, 76, 54 and 78 are within 1° of a point to avoid; 58 and 74 are clear of those, 2° and 1° from the name.
      const avoid: LatLngTuple[] = [
        [30, 55],
        [30, 77],
      ];
      expect(placeHandles([line(30)], avoid, gap, along(60, 73))).toEqual([[30, 58]]);
      // Without the name, the middle.
      expect(placeHandles([line(30)], avoid, gap)).toEqual([[30, 66]]);
    });

    it('never onto a point to avoid (an airport) to keep off a name', () => {
      // A name along the whole curve: every slot is on it; the airport at the middle still moves the handle.
      const [handle] = placeHandles([line(30)], [[30, 66]], gap, along(50, 82));
      expect(Math.abs((handle?.[1] ?? 66) - 66)).toBeGreaterThanOrEqual(2.5);
    });
  });
});

describe('paddedBounds(points, pad)', () => {
  it('widens the box around the points by pad of its size on each side', () => {
    expect(
      paddedBounds(
        [
          { lat: 30, lon: 50 },
          { lat: 40, lon: 70 },
        ],
        0.1,
      ),
    ).toEqual([
      [29, 48],
      [41, 72],
    ]);
  });

  it('is null when no point is valid', () => {
    expect(paddedBounds([], 0.1)).toBeNull();
    expect(paddedBounds([{ lat: Number.NaN, lon: 0 }], 0.1)).toBeNull();
  });
});
