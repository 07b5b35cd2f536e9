import type { Plugin } from 'vite';

/** A section of leaflet-src.esm.js (1.9) the map never uses, from one doc comment to another. */
interface Section {
  /** What it holds, as an error names it. */
  what: string;
  start: string;
  end: string;
  /** The classes it defines: none may be named outside it. */
  classes: string[];
  /** The names Leaflet exports from it: they leave the export list. */
  exported: string[];
}

/**
 * What the map never uses of Leaflet:
 * - its popups and tooltips (DivOverlay, Popup, Tooltip, and the methods they add to the map and to
 *   every layer). The map says what a mark is in cards of its own, outside Leaflet (ServiceCard,
 *   AirportCard), so no row's text ever goes through Leaflet's HTML;
 * - its layers and scale controls (the map has the zoom buttons and the attribution only);
 * - its image, video and SVG overlays, its WMS tile layer, circles and rectangles, the CRSs other than
 *   Web Mercator (EPSG:3857, the map's) and its canvas renderer (the map's paths are drawn in SVG,
 *   Leaflet's default: it never sets `preferCanvas`).
 */
const SECTIONS: Section[] = [
  {
    what: 'popup and tooltip',
    start: '/*\n * @class DivOverlay\n',
    end: '/*\n * @class DivIcon\n',
    classes: ['DivOverlay', 'Popup', 'Tooltip'],
    exported: ['DivOverlay', 'Popup', 'Tooltip', 'popup', 'tooltip'],
  },
  {
    what: 'layers control',
    start: '/*\n * @class Control.Layers\n',
    end: '/*\n * @class Control.Zoom\n',
    classes: ['Layers'],
    exported: [],
  },
  {
    what: 'scale control',
    start: '/*\n * @class Control.Scale\n',
    end: 'var ukrainianFlag = ',
    classes: ['Scale'],
    exported: [],
  },
  {
    what: 'image, video and SVG overlay',
    start: '/*\n * @class ImageOverlay\n',
    end: '/*\n * @class DivOverlay\n',
    classes: ['ImageOverlay', 'VideoOverlay', 'SVGOverlay'],
    exported: ['ImageOverlay', 'VideoOverlay', 'SVGOverlay', 'imageOverlay', 'videoOverlay', 'svgOverlay'],
  },
  {
    what: 'WMS tile layer',
    start: '/*\n * @class TileLayer.WMS\n',
    end: '/*\n * @class Renderer\n',
    classes: ['TileLayerWMS'],
    exported: [],
  },
  {
    what: 'circle',
    start: '/*\n * @class Circle\n',
    end: '/*\n * @class Polyline\n',
    classes: ['Circle'],
    exported: ['Circle', 'circle'],
  },
  {
    what: 'rectangle',
    start: '/*\n * L.Rectangle extends Polygon',
    end: 'SVG.create = create;',
    classes: ['Rectangle'],
    exported: ['Rectangle', 'rectangle'],
  },
  {
    what: 'EPSG:3395, EPSG:4326 and Simple CRS',
    start: '/*\n * @namespace CRS\n * @crs L.CRS.EPSG3395',
    end: 'CRS.Earth = Earth;',
    classes: ['EPSG3395', 'EPSG4326', 'Simple'],
    exported: [],
  },
  {
    what: 'canvas renderer',
    start: '/*\n * @class Canvas\n',
    end: '/*\n * Thanks to Dmitry Baranovsky',
    classes: ['Canvas'],
    exported: ['Canvas', 'canvas'],
  },
];

/** The names that leave Leaflet's export list. */
export const LEFT_OUT = SECTIONS.flatMap((s) => s.exported);

/**
 * Statements outside the sections that name what they define, each with what it becomes: the
 * controls' registrations go; the map's renderer is SVG, and asking for canvas says it is not here.
 */
const REWRITES: [string, string][] = [
  ['Control.Layers = Layers;\n', ''],
  ['Control.Scale = Scale;\n', ''],
  ['control.layers = layers;\n', ''],
  ['control.scale = scale;\n', ''],
  ['Circle.include(PointToGeoJSON);\n', ''],
  ['CRS.EPSG3395 = EPSG3395;\n', ''],
  ['CRS.EPSG4326 = EPSG4326;\n', ''],
  ['CRS.Simple = Simple;\n', ''],
  [
    'return (this.options.preferCanvas && canvas(options)) || svg(options);',
    "if (this.options.preferCanvas) { throw new Error('Leaflet: no canvas renderer in this build (scripts/leafletTrimPlugin.ts)'); }\n\t\treturn svg(options);",
  ],
];

const EXPORTS = /^export \{([^}]*)\};\s*$/m;

/** Code without comments and string literals: what a name check reads. */
const codeOnly = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '');

/**
 * Leaflet's ES module (leaflet-src.esm.js) without the sections the map never uses (SECTIONS): they
 * go, with the statements that name them (REWRITES), and their names leave the export list. Throws if
 * the installed Leaflet is not shaped as this expects (a marker, a statement or an export not found,
 * or a class still named outside its section), so that an update cannot drop code silently or leave a
 * dangling reference.
 */
export function leafletTrimmed(source: string): string {
  const text = source.replace(/\r\n/g, '\n');
  const ranges = SECTIONS.map((section) => {
    const start = text.indexOf(section.start);
    const end = start < 0 ? -1 : text.indexOf(section.end, start);
    if (start < 0 || end < start) throw new Error(`leafletTrimPlugin: the ${section.what} section was not found`);
    return [start, end] as const;
  }).sort((a, b) => a[0] - b[0]);
  let rest = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) throw new Error('leafletTrimPlugin: two sections overlap');
    rest += text.slice(at, start);
    at = end;
  }
  rest += text.slice(at);
  for (const [from, to] of REWRITES) {
    if (!rest.includes(from)) throw new Error(`leafletTrimPlugin: ${JSON.stringify(from)} was not found`);
    rest = rest.replace(from, to);
  }
  const exports = EXPORTS.exec(rest);
  if (!exports?.[1]) throw new Error("leafletTrimPlugin: Leaflet's export list was not found");
  // Each entry as written ('createMap as map'), and the name it exports ('map').
  const entries = exports[1].split(',').map((n) => n.trim());
  const exportedName = (entry: string) => entry.split(' as ').pop() ?? entry;
  for (const name of LEFT_OUT)
    if (!entries.some((e) => exportedName(e) === name))
      throw new Error(`leafletTrimPlugin: ${name} is not exported by this Leaflet`);
  const kept = entries.filter((e) => !LEFT_OUT.includes(exportedName(e)));
  const body = rest.slice(0, exports.index);
  // Left outside the sections: only guarded reads such as `map._popup && …` and comments, never the names.
  const code = codeOnly(body);
  for (const name of SECTIONS.flatMap((s) => s.classes)) {
    if (new RegExp(`\\b${name}\\b(?!s)`).test(code))
      throw new Error(`leafletTrimPlugin: ${name} is still used outside its section`);
  }
  return `${body}export { ${kept.join(', ')} };\n`;
}

/** Vite plugin: gives the build (and the tests) Leaflet's ES module without what the map never uses. */
export function leafletTrimPlugin(): Plugin {
  return {
    name: 'leaflet-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
      return { code: leafletTrimmed(code), map: null };
    },
  };
}
