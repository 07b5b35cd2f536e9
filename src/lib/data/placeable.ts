// Outside src/lib/map, so the page's downloads use it without loading the map's code.

/** A place the map can draw: finite coordinates, latitude within ±90° (the map and its image alike). */
export const validPoint = (p: { lat: number; lon: number }) =>
  Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90;
