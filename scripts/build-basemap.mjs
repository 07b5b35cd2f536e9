#!/usr/bin/env node
/**
 * Writes public/basemap/region.geojson, the map's offline basemap: the Natural Earth 1:50m country
 * outlines of world-atlas (countries-50m.json, decoded with topojson-client), unwrapped across the
 * antimeridian, clipped to the region around Azerbaijan and Pakistan (BASEMAP_BOX in
 * src/lib/map/basemapClip.ts), simplified (Douglas–Peucker, 0.01° for Azerbaijan and Pakistan, 0.03°
 * elsewhere), with islands under 0.02 square degrees left out, and rounded to 0.01° (about 1 km). Azerbaijan and Pakistan are flagged
 * for emphasis and given a label point.
 *
 * Run once, commit the output (it is a static asset the map fetches; nothing of it is bundled into JS):
 *   node scripts/build-basemap.mjs
 * The clipping helpers are TypeScript; Vite's module runner loads them, so no extra tool is needed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { runnerImport } from 'vite';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const OUT = 'public/basemap/region.geojson';
const DECIMALS = 2;
/** Douglas–Peucker tolerance in degrees: finer for the two countries of the dashboard. */
const TOLERANCE = { emphasised: 0.01, other: 0.03 };
/** Islands and slivers smaller than this (square degrees, about 250 km² at the equator) are left out. */
const MIN_AREA = 0.02;
/** Degrees [lon, lat] a name is moved from its centroid: Azerbaijan's is beside Baku's marker, so its name goes just north of it. */
const LABEL_NUDGE = { Azerbaijan: [0, 1.6] };

/** @type {{ module: typeof import('../src/lib/map/basemapClip.ts') }} */
const clip = await runnerImport('./src/lib/map/basemapClip.ts', { configFile: false, logLevel: 'error' });
/** @type {{ module: typeof import('../src/lib/map/basemapAsset.ts') }} */
const asset = await runnerImport('./src/lib/map/basemapAsset.ts', { configFile: false, logLevel: 'error' });
const { BASEMAP_BOX, clipPolygons, labelPoint } = clip.module;
const { EMPHASISED_COUNTRIES, readBasemap } = asset.module;

const atlasPath = require.resolve('world-atlas/countries-50m.json');
const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8'));
/** @type {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon, { name: string }>} */
const world = /** @type {never} */ (feature(topology, topology.objects.countries));

/**
 * @param {string} name
 * @param {[number, number] | null} point
 */
function nudged(name, point) {
  const nudge = /** @type {Record<string, [number, number]>} */ (LABEL_NUDGE)[name] ?? [0, 0];
  return point ? [Math.round((point[0] + nudge[0]) * 100) / 100, Math.round((point[1] + nudge[1]) * 100) / 100] : null;
}

/** @type {string[]} */
const emphasised = [...EMPHASISED_COUNTRIES];
const features = [];
for (const country of world.features) {
  const geometry = country.geometry;
  if (!geometry) continue;
  const polygons = /** @type {[number, number][][][]} */ (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  );
  const name = String(country.properties?.name ?? '');
  const emphasis = emphasised.includes(name);
  const clipped = clipPolygons(polygons, BASEMAP_BOX, {
    decimals: DECIMALS,
    tolerance: emphasis ? TOLERANCE.emphasised : TOLERANCE.other,
    minArea: MIN_AREA,
  });
  if (clipped.length === 0) continue;
  features.push({
    type: 'Feature',
    properties: { name, emphasis, label: emphasis ? nudged(name, labelPoint(clipped)) : null },
    geometry: { type: 'MultiPolygon', coordinates: clipped },
  });
}
// Emphasised countries last, so their outlines are drawn over their neighbours' shared borders.
features.sort(
  (a, b) =>
    Number(a.properties.emphasis) - Number(b.properties.emphasis) || a.properties.name.localeCompare(b.properties.name),
);

const missing = emphasised.filter((name) => !features.some((f) => f.properties.name === name));
if (missing.length) throw new Error(`world-atlas has no ${missing.join(', ')} inside the box`);

const out = {
  type: 'FeatureCollection',
  generated: {
    by: 'scripts/build-basemap.mjs',
    source: `Natural Earth 1:50m admin-0 countries (public domain) via world-atlas@${atlasVersion} countries-50m.json`,
    box: [BASEMAP_BOX.west, BASEMAP_BOX.south, BASEMAP_BOX.east, BASEMAP_BOX.north],
    decimals: DECIMALS,
    tolerance: TOLERANCE,
    minArea: MIN_AREA,
  },
  features,
};
if (!readBasemap(out)) throw new Error('the basemap written would not read back');
mkdirSync(dirname(OUT), { recursive: true });
const text = JSON.stringify(out);
writeFileSync(OUT, `${text}\n`);
console.log(`${OUT}: ${features.length} countries, ${text.length} bytes`);
