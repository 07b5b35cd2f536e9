/**
 * The shape of public/basemap/region.geojson: one GeoJSON MultiPolygon feature per country inside the
 * region, with the two countries of the dashboard flagged for emphasis and given a label point.
 * Shared by the script that writes the file and by the map that reads it. Pure.
 */
import type { Point, PolygonRings } from './basemapClip';

export interface BasemapProperties {
  name: string;
  /** Azerbaijan and Pakistan: drawn stronger and named on the map. */
  emphasis: boolean;
  /** Where the name goes, [lon, lat]; null for countries that are not named. */
  label: Point | null;
}

export interface BasemapFeature {
  type: 'Feature';
  properties: BasemapProperties;
  geometry: { type: 'MultiPolygon'; coordinates: PolygonRings[] };
}

export interface BasemapAsset {
  type: 'FeatureCollection';
  /** How the file was made (a GeoJSON foreign member; readers ignore it). */
  generated: Record<string, unknown>;
  features: BasemapFeature[];
}

/** A country whose name the map writes, and where: its label point. */
export interface CountryName {
  name: string;
  lon: number;
  lat: number;
}

/**
 * The countries the maps name (the emphasised ones with a label point), in the file's order: read by
 * Leaflet's map, the still map and the downloaded image alike, and by the placing of the routes'
 * circles, which keep off these names.
 */
export function namedCountries(features: readonly BasemapFeature[] | null | undefined): CountryName[] {
  return (features ?? []).flatMap(({ properties: { emphasis, label, name } }) =>
    emphasis && label ? [{ name, lon: label[0], lat: label[1] }] : [],
  );
}

/** The countries the dashboard is about (names as in Natural Earth / world-atlas). */
export const EMPHASISED_COUNTRIES = ['Azerbaijan', 'Pakistan'] as const;

/** How a drawing of the outlines credits them (an exported map's source line). */
export const BASEMAP_CREDIT = 'Natural Earth (country outlines, public domain)';

/** The asset path, relative to the page, so the build works from any sub-path of any host. */
export const BASEMAP_PATH = 'basemap/region.geojson';

function isPoint(value: unknown): value is Point {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function isPolygonList(value: unknown): value is PolygonRings[] {
  return (
    Array.isArray(value) &&
    value.every(
      (polygon) => Array.isArray(polygon) && polygon.every((ring) => Array.isArray(ring) && ring.every(isPoint)),
    )
  );
}

function isFeature(value: unknown): value is BasemapFeature {
  if (typeof value !== 'object' || value === null) return false;
  const { properties, geometry } = value as {
    properties?: Record<string, unknown>;
    geometry?: Record<string, unknown>;
  };
  return (
    typeof properties?.name === 'string' &&
    typeof properties.emphasis === 'boolean' &&
    (properties.label === null || isPoint(properties.label)) &&
    geometry?.type === 'MultiPolygon' &&
    isPolygonList(geometry.coordinates)
  );
}

/** The features of a parsed basemap file, or null when it is not one: a bad file never reaches Leaflet. */
export function readBasemap(json: unknown): BasemapFeature[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const { type, features } = json as { type?: unknown; features?: unknown };
  if (type !== 'FeatureCollection' || !Array.isArray(features)) return null;
  return features.every(isFeature) ? features : null;
}
