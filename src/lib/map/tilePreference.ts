/**
 * The "online map tiles" switch: a preference of this browser only, kept in local storage and never
 * in the URL, so nobody who opens a shared link is sent to a tile server without choosing to.
 */
export const TILE_PREFERENCE_KEY = 'pak-aze-ties:online-map-tiles';

/** Off unless this browser has chosen it; off too when storage cannot be read (private modes). */
export function readTilePreference(storage: Pick<Storage, 'getItem'> | null = safeStorage()): boolean {
  try {
    return storage?.getItem(TILE_PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeTilePreference(
  on: boolean,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeStorage(),
): void {
  try {
    if (on) storage?.setItem(TILE_PREFERENCE_KEY, 'on');
    else storage?.removeItem(TILE_PREFERENCE_KEY);
  } catch {
    // A browser that refuses storage keeps the switch for this page only.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** OpenStreetMap's standard tiles and the attribution their tile usage policy asks for. */
export const OSM_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
} as const;
