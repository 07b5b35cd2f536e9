import { describe, expect, it } from 'vitest';
import {
  BASEMAP_BOX,
  clipPolygons,
  clipRing,
  labelPoint,
  ringArea2,
  roundRing,
  shiftTowardBox,
  simplifyRing,
  unwrapRing,
  type Box,
  type Ring,
} from '../../src/lib/map/basemapClip';

const box: Box = { west: 0, south: 0, east: 10, north: 10 };
const square = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const maxStep = (ring: Ring) => Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0] - (ring[i]?.[0] ?? p[0]))));

describe('clipRing(ring, box)', () => {
  it('keeps a ring inside the box as it is', () => {
    expect(clipRing(square(2, 2, 4, 4), box)).toEqual(square(2, 2, 4, 4));
  });

  it('cuts a ring that overlaps the box at the box edges, closed', () => {
    const clipped = clipRing(square(-5, 5, 5, 15), box);
    expect(Math.abs(ringArea2(clipped)) / 2).toBeCloseTo(25);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });

  it('returns nothing for a ring wholly outside', () => {
    expect(clipRing(square(20, 20, 30, 30), box)).toEqual([]);
  });

  it('clips a box-covering ring to the box itself', () => {
    expect(Math.abs(ringArea2(clipRing(square(-50, -50, 50, 50), box))) / 2).toBeCloseTo(100);
  });
});

describe('unwrapRing(ring) and the antimeridian', () => {
  // A ring across the antimeridian as world-atlas stores it: 179 then -179.
  const acrossDateLine: Ring = [
    [178, 60],
    [-178, 60],
    [-178, 65],
    [178, 65],
    [178, 60],
  ];

  it('makes every step shorter than 180° of longitude', () => {
    expect(maxStep(acrossDateLine)).toBeGreaterThan(180);
    const unwrapped = unwrapRing(acrossDateLine);
    expect(maxStep(unwrapped)).toBeLessThan(180);
    expect(unwrapped.map((p) => p[0])).toEqual([178, 182, 182, 178, 178]);
  });

  it('clips the unwrapped ring as one shape (no stripe across the world)', () => {
    const clipped = clipPolygons([[acrossDateLine]], { west: 170, south: 50, east: 190, north: 70 });
    expect(clipped).toHaveLength(1);
    expect(Math.abs(ringArea2(clipped[0]?.[0] ?? [])) / 2).toBeCloseTo(20);
    expect(maxStep(clipped[0]?.[0] ?? [])).toBeLessThan(180);
  });

  it('drops it from the map’s region, which it does not reach', () => {
    expect(clipPolygons([[acrossDateLine]], BASEMAP_BOX)).toEqual([]);
  });

  it('shiftTowardBox moves a ring by whole turns to the box', () => {
    expect(shiftTowardBox(square(-340, 0, -330, 5), box).map((p) => p[0])).toEqual([20, 30, 30, 20, 20]);
    expect(shiftTowardBox(square(2, 2, 4, 4), box)).toEqual(square(2, 2, 4, 4));
  });
});

describe('roundRing(ring, decimals)', () => {
  it('rounds, drops repeated points and stays closed', () => {
    const ring: Ring = [
      [0.001, 0.001],
      [1.004, 0.002],
      [1.0041, 0.0024],
      [1, 1],
      [0.001, 0.001],
    ];
    expect(roundRing(ring, 2)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('returns nothing when fewer than three points survive', () => {
    expect(roundRing(square(0.001, 0.001, 0.002, 0.002), 2)).toEqual([]);
  });
});

describe('simplifyRing(ring, tolerance)', () => {
  it('removes points within the tolerance of a straight edge and keeps corners', () => {
    const ring: Ring = [
      [0, 0],
      [5, 0.001],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual(square(0, 0, 10, 10));
  });

  it('keeps a ring unchanged with tolerance 0', () => {
    const ring: Ring = [
      [0, 0],
      [5, 0.001],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0)).toEqual(ring);
  });
});

describe('clipPolygons(polygons, box, options)', () => {
  it('keeps holes, drops a polygon outside and one smaller than minArea', () => {
    const withHole = [square(1, 1, 9, 9), square(4, 4, 6, 6)];
    const result = clipPolygons([withHole, [square(20, 20, 30, 30)], [square(2, 2, 2.05, 2.05)]], box, {
      minArea: 0.01,
    });
    expect(result).toEqual([withHole]);
  });

  it('never leaves a NaN coordinate', () => {
    const result = clipPolygons([[square(-5, -5, 15, 15)]], box);
    expect(result.flat(2).flat().every(Number.isFinite)).toBe(true);
  });
});

describe('labelPoint(polygons)', () => {
  it('is the centroid of the largest outer ring', () => {
    expect(labelPoint([[square(0, 0, 1, 1)], [square(10, 10, 14, 12)]])).toEqual([12, 11]);
    expect(labelPoint([])).toBeNull();
  });
});
