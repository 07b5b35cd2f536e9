import { describe, expect, it } from 'vitest';
import {
  OSM_TILES,
  readTilePreference,
  TILE_PREFERENCE_KEY,
  writeTilePreference,
} from '../../src/lib/map/tilePreference';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the online tiles preference', () => {
  it('is off by default', () => {
    expect(readTilePreference(memoryStorage())).toBe(false);
    expect(readTilePreference(null)).toBe(false);
  });

  it('is remembered when switched on, and forgotten when switched off', () => {
    const storage = memoryStorage();
    writeTilePreference(true, storage);
    expect(storage.getItem(TILE_PREFERENCE_KEY)).toBe('on');
    expect(readTilePreference(storage)).toBe(true);
    writeTilePreference(false, storage);
    expect(storage.length).toBe(0);
    expect(readTilePreference(storage)).toBe(false);
  });

  it('is off, without throwing, when storage refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readTilePreference(refusing)).toBe(false);
    expect(() => writeTilePreference(true, refusing)).not.toThrow();
  });

  it('uses OpenStreetMap’s standard tiles over https, with their attribution', () => {
    expect(OSM_TILES.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(OSM_TILES.attribution).toContain('https://www.openstreetmap.org/copyright');
  });
});
