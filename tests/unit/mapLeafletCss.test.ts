import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const leaflet = readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8');
const ours = readFileSync('src/lib/map/leaflet.css', 'utf8');

interface Rule {
  selectors: string[];
  declarations: string[];
}

/** Rules as selector lists and declaration lists, comments dropped and whitespace and case normalised. */
function rules(css: string): Rule[] {
  const bare = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .toLowerCase()
    .replace(/"/g, "'");
  const tidy = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([,:;()>])\s*/g, '$1')
      .trim();
  return [...bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: tidy(m[1] ?? '').split(','),
    declarations: tidy(m[2] ?? '')
      .split(';')
      .filter(Boolean),
  }));
}

describe('src/lib/map/leaflet.css', () => {
  const original = rules(leaflet);

  it('is Leaflet’s own stylesheet, rule for rule: every selector with the same declarations as in Leaflet', () => {
    const changed = rules(ours).flatMap((rule) =>
      rule.selectors.filter(
        (selector) =>
          !original.some(
            (o) =>
              o.selectors.includes(selector) && JSON.stringify(o.declarations) === JSON.stringify(rule.declarations),
          ),
      ),
    );
    expect(changed).toEqual([]);
  });

  it('keeps what the map needs: panes, tiles, markers, paths, zoom animation, zoom and attribution controls', () => {
    const selectors = new Set(rules(ours).flatMap((r) => r.selectors));
    for (const needed of [
      '.leaflet-pane',
      '.leaflet-tile-loaded',
      '.leaflet-marker-pane',
      '.leaflet-pane>svg path.leaflet-interactive',
      '.leaflet-zoom-anim .leaflet-zoom-animated',
      '.leaflet-control-zoom-in',
      '.leaflet-container .leaflet-control-attribution',
      '.leaflet-top',
      '.leaflet-bottom',
    ]) {
      expect(selectors.has(needed), needed).toBe(true);
    }
  });

  it('inlines no image (the full file pulls in three PNGs the map never shows)', () => {
    expect(ours).not.toMatch(/url\(/);
  });
});
