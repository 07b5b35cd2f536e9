import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readBasemap, EMPHASISED_COUNTRIES, BASEMAP_PATH } from '../../src/lib/map/basemapAsset';
import { BASEMAP_BOX } from '../../src/lib/map/basemapClip';
import { loadBasemap } from '../../src/lib/map/loadBasemap';

const text = readFileSync(`public/${BASEMAP_PATH}`, 'utf8');

describe('the shipped basemap (public/basemap/region.geojson)', () => {
  const features = readBasemap(JSON.parse(text));

  it('reads as a basemap', () => {
    expect(features).not.toBeNull();
  });

  it('stays inside the box, with no step across the antimeridian', () => {
    for (const feature of features ?? []) {
      for (const ring of feature.geometry.coordinates.flat()) {
        for (let i = 0; i < ring.length; i++) {
          const [lon, lat] = ring[i] ?? [Number.NaN, Number.NaN];
          expect(lon).toBeGreaterThanOrEqual(BASEMAP_BOX.west);
          expect(lon).toBeLessThanOrEqual(BASEMAP_BOX.east);
          expect(lat).toBeGreaterThanOrEqual(BASEMAP_BOX.south);
          expect(lat).toBeLessThanOrEqual(BASEMAP_BOX.north);
          if (i > 0) expect(Math.abs(lon - (ring[i - 1]?.[0] ?? lon))).toBeLessThan(180);
        }
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('emphasises and names Azerbaijan and Pakistan only, with label points inside the box', () => {
    const emphasised = (features ?? []).filter((f) => f.properties.emphasis);
    expect(emphasised.map((f) => f.properties.name).sort()).toEqual([...EMPHASISED_COUNTRIES].sort());
    for (const f of emphasised) {
      const [lon, lat] = f.properties.label ?? [Number.NaN, Number.NaN];
      expect(lon).toBeGreaterThan(BASEMAP_BOX.west);
      expect(lat).toBeLessThan(BASEMAP_BOX.north);
    }
  });

  it('is small enough to load after the first chart (under 60 KB gzip)', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(60 * 1024);
  });
});

describe('readBasemap(json)', () => {
  it.each([
    ['null', null],
    ['an array', []],
    [
      'a feature without a name',
      {
        type: 'FeatureCollection',
        features: [
          { properties: { emphasis: false, label: null }, geometry: { type: 'MultiPolygon', coordinates: [] } },
        ],
      },
    ],
    [
      'a NaN coordinate',
      {
        type: 'FeatureCollection',
        features: [
          {
            properties: { name: 'X', emphasis: false, label: null },
            geometry: { type: 'MultiPolygon', coordinates: [[[[Number.NaN, 1]]]] },
          },
        ],
      },
    ],
    [
      'a Polygon',
      {
        type: 'FeatureCollection',
        features: [
          { properties: { name: 'X', emphasis: false, label: null }, geometry: { type: 'Polygon', coordinates: [] } },
        ],
      },
    ],
  ])('rejects %s', (_, json) => {
    expect(readBasemap(json)).toBeNull();
  });
});

describe('loadBasemap(base, fetch)', () => {
  const respond =
    (body: string, status = 200) =>
    async () =>
      new Response(body, { status });

  it('fetches basemap/region.geojson relative to the page, from any sub-path', async () => {
    const asked: string[] = [];
    const fetchImpl = async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(text);
    };
    const features = await loadBasemap('https://example.org/some/sub/path/?from=2020', fetchImpl);
    expect(asked).toEqual(['https://example.org/some/sub/path/basemap/region.geojson']);
    expect(features?.length).toBeGreaterThan(10);
  });

  it.each([
    ['a 404', respond('not found', 404)],
    ['a body that is not JSON', respond('<html>')],
    ['JSON that is not a basemap', respond('{"type":"FeatureCollection","features":[{}]}')],
    [
      'a network error',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('gives null for %s, never throwing', async (_, fetchImpl) => {
    await expect(loadBasemap('https://example.org/', fetchImpl)).resolves.toBeNull();
  });
});
