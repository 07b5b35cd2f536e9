import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;
const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]/;
const D3_ARRAY = /[\\/]node_modules[\\/]d3-array[\\/]/;
const D3_GEO = /[\\/]node_modules[\\/]d3-geo[\\/]dist[\\/]d3-geo\.mjs$/;
const ours = (file: string) => fileURLToPath(new URL(`../src/lib/charts/${file}`, import.meta.url));
/** d3-scale's and d3-shape's dependencies, each with what the build gives it in their place. */
const REPLACEMENTS: [RegExp, Record<string, string>][] = [
  [D3_SCALE, { 'd3-interpolate': ours('scaleInterpolate.ts'), 'd3-format': ours('scaleFormat.ts') }],
  [D3_SHAPE, { 'd3-path': ours('linePath.ts') }],
];
/** d3-shape builds each curve family by calling a function at load time (`var cardinal = (function custom(…) {…})(0)`). */
const CURVE_FACTORY = '= (function custom(';
/**
 * Other statements d3-shape runs at load time, rewritten to the same effect in a form the bundler can
 * leave out when nothing uses what they make: the radial line's default curve; the monotone-y curve's
 * prototype (set through the value of an assignment, which reads as a side effect); the symbols'
 * constants (calls of Math.sqrt, Math.sin and Math.cos, which the bundler cannot know are pure).
 */
export function markLoadTimePure(code: string): string {
  return code
    .replaceAll('= curveRadial(curveLinear);', '= /*#__PURE__*/ curveRadial(curveLinear);')
    .replace(
      /\(MonotoneY\.prototype = Object\.create\(MonotoneX\.prototype\)\)\.point = (function\(x, y\) \{[^}]*\});/,
      'MonotoneY.prototype = /*#__PURE__*/ (function () {\n  var p = Object.create(MonotoneX.prototype);\n  p.point = $1;\n  return p;\n})();',
    )
    .replace(/^const ([\w$]+) = (.*\b(?:sqrt|sin|cos)\(.*);$/gm, 'const $1 = /*#__PURE__*/ (() => $2)();');
}

/**
 * d3-scale's tickFormat (the charts format their numbers with src/lib/charts/format.ts), the linear
 * scales' and the log scale's, rewritten to call scaleFormat.ts's `format`, which says at once that it is not in this build: the precision
 * reckoning around it is then left out.
 */
export function dropTickFormat(code: string): string {
  return (
    code
      .replace(
        /^function tickFormat\(start, stop, count, specifier\) \{\n[\s\S]*?\n\}\n/m,
        'function tickFormat() {\n  return format();\n}\n',
      )
      // The log scale's own (its specifier and the ticks it labels).
      .replace(
        /^ {2}scale\.tickFormat = \(count, specifier\) => \{\n[\s\S]*?\n {2}\};\n/m,
        '  scale.tickFormat = () => format();\n',
      )
  );
}

/**
 * d3-array's load-time property reads (bisectLeft and bisectCenter, the Array.prototype shorthands),
 * which the bundler must keep as possible side effects, each rewritten to the same value made by a
 * call marked pure: left out when nothing uses it.
 */
export function markArrayReadsPure(code: string): string {
  return code.replace(
    /^(const|var) ([\w$]+) = ((?:ascendingBisect\.left|bisector\(number\)\.center|Array\.prototype|array\.slice));$/gm,
    '$1 $2 = /*#__PURE__*/ (() => $3)();',
  );
}

/** One rewrite of d3-geo's source, which must find what it rewrites. */
function rewrite(code: string, from: string | RegExp, to: string, what: string): string {
  const next = code.replace(from, to);
  if (next === code) throw new Error(`d3TrimPlugin: d3-geo's ${what} was not found`);
  return next;
}

/**
 * d3-geo as the map's image (src/lib/map/mapImage.ts) uses it: a Web Mercator projection fitted to an
 * extent (fitExtent) and clipped to it (clipExtent), and geoPath drawing SVG path strings with it.
 * The methods that bring in code it never calls say so at once if called: geoPath's area, measure,
 * bounds and centroid and its canvas context, and a projection's clipAngle (the small-circle clip),
 * fitSize, fitWidth and fitHeight. The azimuthal projections' load-time calls are marked pure.
 */
export function trimGeo(code: string): string {
  let out = code;
  for (const method of ['area', 'measure', 'bounds', 'centroid']) {
    out = rewrite(
      out,
      new RegExp(`\\n  path\\.${method} = function\\(object\\) \\{\\n[^}]*\\};\\n`),
      `\n  path.${method} = notInBuild;\n`,
      `geoPath().${method}`,
    );
  }
  out = rewrite(out, ': new PathContext(context = _);', ': notInBuild();', 'geoPath().context');
  out = rewrite(
    out,
    /\n {2}projection\.clipAngle = function\(_\) \{\n[^}]*\};\n/,
    '\n  projection.clipAngle = notInBuild;\n',
    'projection.clipAngle',
  );
  for (const fit of ['fitSize', 'fitWidth', 'fitHeight']) {
    out = rewrite(
      out,
      new RegExp(`\\n  projection\\.${fit} = function\\([^)]*\\) \\{\\n[^}]*\\};\\n`),
      `\n  projection.${fit} = notInBuild;\n`,
      `projection.${fit}`,
    );
  }
  // `var r = azimuthalRaw(…);` then `r.invert = azimuthalInvert(…);`: one call marked pure.
  out = rewrite(
    out,
    /^var (\w+) = (azimuthalRaw\([\s\S]*?\n\}\));\n+\1\.invert = (azimuthalInvert\([\s\S]*?\n\}\));$/gm,
    'var $1 = /*#__PURE__*/ withInvert($2, $3);',
    'azimuthal projections',
  );
  return `${out}
function notInBuild() {
  throw new Error('d3-geo: not in this build (scripts/d3TrimPlugin.ts)');
}
function withInvert(project, invert) {
  project.invert = invert;
  return project;
}
`;
}

/**
 * Keeps D3 code the dashboard never runs out of the build (up to about 10 KB gzip a page):
 * - d3-scale's imports of d3-interpolate and d3-format resolve to src/lib/charts/scaleInterpolate.ts
 *   (number interpolation only) and scaleFormat.ts (no `tickFormat`), so that no page carries d3-color,
 *   the colour, string and date interpolators, or d3-format and its locale. d3-shape's import of
 *   d3-path resolves to linePath.ts (straight lines only: no arcs or curves). Any other importer gets
 *   D3's own modules.
 * - d3-shape's curve factories are marked pure (`/*#__PURE__*\/`), so that curves never drawn (the
 *   charts draw straight lines) are left out; the bundler cannot tell those calls have no effect. So
 *   are its other load-time statements (markLoadTimePure), which kept the monotone curves (about
 *   500 B gzip) in every page that draws a line, and d3-array's load-time property reads
 *   (markArrayReadsPure).
 * - d3-scale's tickFormat, never called, is one call of the stand-in that says so (dropTickFormat).
 * - d3-geo's geoPath and projection methods the map's image never calls, and what only they bring in
 *   (the small-circle clip, the canvas context, the area, length and centroid streams), are left out
 *   (trimGeo): about 1.7 KB gzip of the image's chunk, loaded on demand.
 * Build only: tests, which do not bundle, run D3's own modules throughout.
 */
export function d3TrimPlugin(): Plugin {
  return {
    name: 'pak-aze-d3-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      return REPLACEMENTS.find(([from]) => from.test(importer))?.[1][source] ?? null;
    },
    transform(code, id) {
      if (D3_GEO.test(id)) return { code: trimGeo(code), map: null };
      if (D3_ARRAY.test(id)) return { code: markArrayReadsPure(code), map: null };
      if (D3_SCALE.test(id)) return { code: dropTickFormat(code), map: null };
      if (!D3_SHAPE.test(id) || !code.includes(CURVE_FACTORY)) return null;
      const curves = code.replaceAll(CURVE_FACTORY, '= /*#__PURE__*/ (function custom(');
      return { code: markLoadTimePure(curves), map: null };
    },
  };
}
