import { MAP_LIMITS, MAP_OPTIONS } from './mapOptions';
import type { MapCamera } from '../state/urlCodec';
import { cameraView, type Bounds } from './webMercator';

/**
 * The region a map the reader has moved shows (its camera, in a box of `box`'s size, as Leaflet would
 * place it: zoom snapping, the basemap's limits), for its image; null when the map is not moved (the
 * image is fitted to the airports, as the map is) or has no box with a size.
 */
export function movedMapRegion(camera: MapCamera | null, box: Element | null): Bounds | null {
  if (camera === null || box === null) return null;
  const [width, height] = [box.clientWidth, box.clientHeight];
  if (!(width > 0 && height > 0)) return null;
  return cameraView(camera, { ...MAP_OPTIONS, width, height, limits: MAP_LIMITS }).bounds;
}
