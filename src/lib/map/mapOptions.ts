import { BASEMAP_BOX } from './basemapClip';

/** How the map opens and how far it zooms: shared by Leaflet's map and the still map drawn before it. */
export const MAP_OPTIONS = { minZoom: 3, maxZoom: 9, zoomSnap: 0.25 } as const;

/** How far the map can be panned: the basemap's box, [[south, west], [north, east]] (Leaflet's maxBounds). */
export const MAP_LIMITS: [[number, number], [number, number]] = [
  [BASEMAP_BOX.south, BASEMAP_BOX.west],
  [BASEMAP_BOX.north, BASEMAP_BOX.east],
];

/** The space kept around the airports when the map is fitted to them, in pixels. */
export const FIT_PADDING = 16;

/** Where the country outlines come from (credited in the map's corner). */
export const NATURAL_EARTH = 'https://www.naturalearthdata.com/';
