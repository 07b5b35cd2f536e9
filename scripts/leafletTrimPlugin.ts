import type { Plugin } from 'vite';

/**
 * What the map never uses of Leaflet: its popups and tooltips (DivOverlay, Popup, Tooltip, and the
 * methods they add to the map and to every layer). The map says what a mark is in cards of its own,
 * outside Leaflet (ServiceCard, AirportCard), so no row's text ever goes through Leaflet's HTML.
 */
export const LEFT_OUT = ['DivOverlay', 'Popup', 'Tooltip', 'popup', 'tooltip'];

/** The section of leaflet-src.esm.js (1.9) that holds them: from DivOverlay's doc comment to DivIcon's. */
const SECTION_START = '/*\n * @class DivOverlay\n';
const SECTION_END = '/*\n * @class DivIcon\n';
const EXPORTS = /^export \{([^}]*)\};\s*$/m;

/**
 * Leaflet's ES module (leaflet-src.esm.js) without its popups and tooltips: their section goes, and
 * their names leave the export list. Throws if the installed Leaflet is not shaped as this expects
 * (a marker or an export not found, or a name still used outside the section), so that an update
 * cannot drop code silently or leave a dangling reference.
 */
export function leafletWithoutPopups(source: string): string {
  const text = source.replace(/\r\n/g, '\n');
  const start = text.indexOf(SECTION_START);
  const end = text.indexOf(SECTION_END);
  if (start < 0 || end < start) throw new Error('leafletTrimPlugin: the popup and tooltip section was not found');
  const rest = text.slice(0, start) + text.slice(end);
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
  // Left outside the section: only guarded reads such as `map._popup && …` and comments, never the names.
  for (const name of ['DivOverlay', 'Popup', 'Tooltip']) {
    const code = body.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    if (new RegExp(`\\b${name}\\b(?!s)`).test(code.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '')))
      throw new Error(`leafletTrimPlugin: ${name} is still used outside its section`);
  }
  return `${body}export { ${kept.join(', ')} };\n`;
}

/** Vite plugin: gives the build (and the tests) Leaflet's ES module without its popups and tooltips. */
export function leafletTrimPlugin(): Plugin {
  return {
    name: 'leaflet-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
      return { code: leafletWithoutPopups(code), map: null };
    },
  };
}
