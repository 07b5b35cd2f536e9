/**
 * What d3-scale takes from d3-interpolate, for numbers only. Our scales map numbers to pixels; D3's own
 * `interpolate` also handles colours, strings, dates and objects, and with them brings d3-color and the
 * rest of d3-interpolate (about 5 KB gzip) into every page. The build points d3-scale's import here
 * (`scripts/d3TrimPlugin.ts`); tests/unit/d3Trim.test.ts holds these to D3's results.
 * `interpolateNumber` and `interpolateRound` are D3's code (d3-interpolate 3, ISC licence).
 */

export function interpolateNumber(a: number, b: number): (t: number) => number {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

/** D3's `interpolate` for a number range; anything else is a mistake in this build, said at once. */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof b !== 'number') throw new TypeError(`the build's scales map numbers only (a range value was ${typeof b})`);
  return interpolateNumber(Number(a), b);
}

/** Used by d3-scale's sequential and diverging scales only, which the dashboard does not draw. */
export function piecewise(): never {
  throw new TypeError("the build's scales have no piecewise interpolation");
}
