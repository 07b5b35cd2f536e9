import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the map loads on demand', () => {
  // A static import of map code (types are erased and allowed); `import('./lib/map/…')` does not match.
  const STATIC_MAP_IMPORT = /(^|\n)\s*import\b(?!\s+type\b)[^;()]*?from\s+['"][^'"]*\/map\/[^'"]*['"]/;

  it('recognises a static import of map code, and not a dynamic one', () => {
    expect(STATIC_MAP_IMPORT.test("<script>\n  import MapPanel from './lib/map/MapPanel.svelte';")).toBe(true);
    expect(STATIC_MAP_IMPORT.test("import { layoutArcs } from '../map/arcGeometry';")).toBe(true);
    expect(STATIC_MAP_IMPORT.test("{#await import('./lib/map/MapPanel.svelte') then { default: MapPanel }}")).toBe(
      false,
    );
    expect(STATIC_MAP_IMPORT.test("import type { ArcLook } from '../map/arcStyle';")).toBe(false);
  });

  it('no file outside src/lib/map imports it statically (only import() may name it)', () => {
    const outside = files('src').filter((f) => !f.startsWith(join('src', 'lib', 'map')) && /\.(ts|svelte|js)$/.test(f));
    expect(outside.filter((f) => STATIC_MAP_IMPORT.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('no file outside src/lib/map imports leaflet', () => {
    const outside = files('src').filter((f) => !f.startsWith(join('src', 'lib', 'map')));
    expect(outside.filter((f) => /from\s+['"]leaflet/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
