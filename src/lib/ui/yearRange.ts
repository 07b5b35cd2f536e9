/**
 * The arithmetic of a two-thumb year range: keys, pointer positions and brushes to whole years.
 * Pure and DOM-free so the slider and the overview strip share one set of rules that tests can pin.
 */
export interface YearBounds {
  min: number;
  max: number;
}

export interface YearRange {
  from: number;
  to: number;
}

export type Thumb = 'from' | 'to';

/** Years moved by each stepping key (the ARIA slider pattern: PageUp/PageDown take bigger steps). */
const KEY_STEPS = new Map<string, number>([
  ['ArrowLeft', -1],
  ['ArrowDown', -1],
  ['ArrowRight', 1],
  ['ArrowUp', 1],
  ['PageDown', -5],
  ['PageUp', 5],
]);

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * The range after `key` is pressed on `thumb`, or null when the key is not a slider key.
 * A thumb stays inside the bounds and never passes the other thumb (they may meet).
 */
export function keyStep(range: YearRange, thumb: Thumb, key: string, bounds: YearBounds): YearRange | null {
  const lo = thumb === 'from' ? bounds.min : range.from;
  const hi = thumb === 'from' ? range.to : bounds.max;
  const step = KEY_STEPS.get(key);
  let target: number;
  if (key === 'Home') target = lo;
  else if (key === 'End') target = hi;
  else if (step !== undefined) target = range[thumb] + step;
  else return null;
  const year = clamp(target, lo, hi);
  return thumb === 'from' ? { from: year, to: range.to } : { from: range.from, to: year };
}

/** Horizontal position of `year` on a track `width` pixels wide that runs from bounds.min to bounds.max. */
export function xOf(year: number, width: number, bounds: YearBounds): number {
  const span = bounds.max - bounds.min;
  return span > 0 ? ((year - bounds.min) / span) * width : 0;
}

/** The whole year nearest to pixel `x` on the track, clamped to the bounds (bounds.min when x or width is unusable). */
export function yearAt(x: number, width: number, bounds: YearBounds): number {
  if (!Number.isFinite(x) || !(width > 0)) return bounds.min;
  const year = bounds.min + (x / width) * (bounds.max - bounds.min);
  return clamp(Math.round(year), bounds.min, bounds.max);
}

/** The window between two brushed years, whichever way the brush went. */
export function brushRange(a: number, b: number): YearRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * Which thumb a pointer at `x` should grab: the nearer one. When the thumbs sit together the side of the
 * pointer decides, so a thumb that has met the other can still be dragged back out.
 */
export function nearestThumb(x: number, range: YearRange, width: number, bounds: YearBounds): Thumb {
  const fromX = xOf(range.from, width, bounds);
  const toX = xOf(range.to, width, bounds);
  const toFrom = Math.abs(x - fromX);
  const toTo = Math.abs(x - toX);
  if (toFrom !== toTo) return toFrom < toTo ? 'from' : 'to';
  return x < fromX ? 'from' : 'to';
}

/**
 * How many items fall in each year from bounds.min to bounds.max inclusive (index 0 is bounds.min).
 * Years outside the bounds, and values that are not whole years, are not counted.
 */
export function yearDensity(years: readonly number[], bounds: YearBounds): number[] {
  const counts = new Array<number>(Math.max(0, bounds.max - bounds.min + 1)).fill(0);
  for (const year of years) {
    const i = year - bounds.min;
    if (Number.isInteger(year) && year >= bounds.min && year <= bounds.max) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
