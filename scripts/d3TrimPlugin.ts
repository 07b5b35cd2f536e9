import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;
const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]/;
/** d3-scale's dependencies, each with what the build gives d3-scale in its place. */
const REPLACEMENTS: Record<string, string> = {
  'd3-interpolate': fileURLToPath(new URL('../src/lib/charts/scaleInterpolate.ts', import.meta.url)),
  'd3-format': fileURLToPath(new URL('../src/lib/charts/scaleFormat.ts', import.meta.url)),
};
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
 * Keeps D3 code the dashboard never runs out of the build (about 8 KB gzip a page):
 * - d3-scale's imports of d3-interpolate and d3-format resolve to src/lib/charts/scaleInterpolate.ts
 *   (number interpolation only) and scaleFormat.ts (no `tickFormat`), so that no page carries d3-color,
 *   the colour, string and date interpolators, or d3-format and its locale. Any other importer gets
 *   D3's own modules.
 * - d3-shape's curve factories are marked pure (`/*#__PURE__*\/`), so that curves never drawn (the
 *   charts draw straight lines) are left out; the bundler cannot tell those calls have no effect. So
 *   are its other load-time statements (markLoadTimePure), which kept the monotone curves (about
 *   500 B gzip) in every page that draws a line.
 * Build only: tests, which do not bundle, run D3's own modules throughout.
 */
export function d3TrimPlugin(): Plugin {
  return {
    name: 'pak-aze-d3-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && D3_SCALE.test(importer) ? (REPLACEMENTS[source] ?? null) : null;
    },
    transform(code, id) {
      if (!D3_SHAPE.test(id) || !code.includes(CURVE_FACTORY)) return null;
      const curves = code.replaceAll(CURVE_FACTORY, '= /*#__PURE__*/ (function custom(');
      return { code: markLoadTimePure(curves), map: null };
    },
  };
}
