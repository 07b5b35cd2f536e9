import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LEFT_OUT, leafletWithoutPopups } from '../../scripts/leafletTrimPlugin';

const source = readFileSync(
  createRequire(import.meta.url)
    .resolve('leaflet')
    .replace(/[^\\/]+$/, 'leaflet-src.esm.js'),
  'utf8',
);
const exported = (code: string) =>
  (/^export \{([^}]*)\};\s*$/m.exec(code)?.[1] ?? '')
    .split(',')
    .map((n) => n.trim().split(' as ').pop() ?? '')
    .filter(Boolean);

describe("leafletWithoutPopups: Leaflet's ES module without its popups and tooltips", () => {
  const trimmed = leafletWithoutPopups(source);

  it('leaves out their classes, their factories and the methods they add to the map and the layers', () => {
    for (const gone of ['var DivOverlay', 'var Popup', 'var Tooltip', 'openPopup:', 'bindTooltip:', 'leaflet-popup']) {
      expect(source).toContain(gone);
      expect(trimmed).not.toContain(gone);
    }
    expect(trimmed.length).toBeLessThan(source.length * 0.92);
  });

  it('exports everything else, unchanged, and keeps the code around the section', () => {
    expect(exported(trimmed)).toEqual(exported(source).filter((n) => !LEFT_OUT.includes(n)));
    for (const kept of ['var DivIcon = Icon.extend(', 'var SVGOverlay = ImageOverlay.extend(', 'var GridLayer'])
      expect(trimmed).toContain(kept);
    // What the map uses (LeafletMap, layers, buttonMarker).
    for (const name of ['map', 'marker', 'divIcon', 'polyline', 'geoJSON', 'tileLayer', 'DomEvent'])
      expect(exported(trimmed)).toContain(name);
  });

  it('refuses a Leaflet shaped otherwise, rather than dropping code silently', () => {
    expect(() => leafletWithoutPopups(source.replace('@class DivOverlay', '@class Overlay'))).toThrow(
      /popup and tooltip section was not found/,
    );
    expect(() => leafletWithoutPopups(source.replace(/, Popup,/, ','))).toThrow(/Popup is not exported/);
    // A use of a class left out, outside its section, would be a dangling reference.
    expect(() =>
      leafletWithoutPopups(source.replace('var DivIcon = Icon.extend({', 'var DivIcon = Popup.extend({')),
    ).toThrow(/Popup is still used outside its section/);
  });
});
