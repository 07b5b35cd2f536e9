/** Fetches the offline basemap (a static file beside the page); null when it cannot be read. */
import { BASEMAP_PATH, readBasemap, type BasemapFeature } from './basemapAsset';

export async function loadBasemap(base: string, fetchImpl: typeof fetch = fetch): Promise<BasemapFeature[] | null> {
  try {
    const response = await fetchImpl(new URL(BASEMAP_PATH, base).href);
    return response.ok ? readBasemap(await response.json()) : null;
  } catch {
    return null;
  }
}
