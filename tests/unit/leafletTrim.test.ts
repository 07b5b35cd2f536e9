import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LEFT_OUT, leafletTrimmed } from '../../scripts/leafletTrimPlugin';

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

describe("leafletTrimmed: Leaflet's ES module without what the map never uses", () => {
  const trimmed = leafletTrimmed(source);

  it('leaves out their classes, their factories and the methods they add to the map and the layers', () => {
    for (const gone of [
      ...['var DivOverlay', 'var Popup', 'var Tooltip', 'openPopup:', 'bindTooltip:', 'leaflet-popup'],
      // The layers and scale controls, the image, video and SVG overlays, WMS tiles and the canvas renderer.
      ...['var Layers = Control.extend(', 'control.layers =', 'leaflet-control-layers', 'var Scale', 'control.scale ='],
      ...['var ImageOverlay', 'var VideoOverlay', 'var SVGOverlay', 'var TileLayerWMS', 'tileLayer.wms'],
      ...['var Canvas = Renderer.extend(', 'function canvas(', 'canvas(options)'],
      // Circles and rectangles, and the CRSs other than Web Mercator.
      ...['var Circle = ', 'Circle.include(', 'var Rectangle', 'var EPSG3395', 'var EPSG4326', 'CRS.Simple ='],
    ]) {
      expect(source).toContain(gone);
      expect(trimmed).not.toContain(gone);
    }
    expect(trimmed.length).toBeLessThan(source.length * 0.8);
    // The map's paths are drawn in SVG; a map asking for canvas hears it is not in the build.
    expect(trimmed).toContain("if (this.options.preferCanvas) { throw new Error('Leaflet: no canvas renderer");
  });

  it('exports everything else, unchanged, and keeps the code around the section', () => {
    expect(exported(trimmed)).toEqual(exported(source).filter((n) => !LEFT_OUT.includes(n)));
    for (const kept of [
      ...[
        'var DivIcon = Icon.extend(',
        'var GridLayer',
        'var TileLayer = GridLayer.extend(',
        'var SVG = Renderer.extend(',
      ],
      ...['var Zoom = Control.extend(', 'var Attribution = Control.extend(', 'control.zoom = zoom;', 'var vmlCreate'],
      ...[
        'var CircleMarker = Path.extend(',
        'var Polygon = Polyline.extend(',
        'CRS.EPSG3857 = EPSG3857;',
        'var Mercator',
      ],
    ])
      expect(trimmed).toContain(kept);
    // What the map uses (LeafletMap, layers, buttonMarker).
    for (const name of ['map', 'marker', 'divIcon', 'polyline', 'geoJSON', 'tileLayer', 'DomEvent'])
      expect(exported(trimmed)).toContain(name);
  });

  it('refuses a Leaflet shaped otherwise, rather than dropping code silently', () => {
    expect(() => leafletTrimmed(source.replace('@class DivOverlay', '@class Overlay'))).toThrow(
      /popup and tooltip section was not found/,
    );
    expect(() => leafletTrimmed(source.replace(/, Popup,/, ','))).toThrow(/Popup is not exported/);
    // A use of a class left out, outside its section, would be a dangling reference.
    expect(() => leafletTrimmed(source.replace('var DivIcon = Icon.extend({', 'var DivIcon = Popup.extend({'))).toThrow(
      /Popup is still used outside its section/,
    );
    expect(() => leafletTrimmed(source.replace('@class Canvas', '@class Canvas2D'))).toThrow(
      /canvas renderer section was not found/,
    );
    expect(() => leafletTrimmed(source.replace('control.scale = scale;', ''))).toThrow(/control\.scale = scale/);
    expect(() =>
      leafletTrimmed(source.replace('var Renderer = Layer.extend({', 'var Renderer = Canvas.extend({')),
    ).toThrow(/Canvas is still used outside its section/);
  });
});
