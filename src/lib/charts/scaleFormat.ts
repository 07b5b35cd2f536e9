/**
 * What d3-scale takes from d3-format, for its `tickFormat` method alone, which the dashboard never
 * calls: axes and labels format their numbers with ./format.ts (no locale data before the first
 * chart). The build points d3-scale's import here (`scripts/d3TrimPlugin.ts`), so that
 * d3-format and its default locale are not in every page (about 4 KB gzip). A call says so at once.
 */
function unavailable(): never {
  throw new TypeError("d3-scale's tickFormat is not in this build: format with src/lib/charts/format.ts");
}

export const format = unavailable;
export const formatPrefix = unavailable;
export const formatSpecifier = unavailable;
export const precisionFixed = unavailable;
export const precisionPrefix = unavailable;
export const precisionRound = unavailable;
