// Summary statistics for the benchmark's samples.

/** @param {number[]} values */
function sorted(values) {
  if (values.length === 0) throw new Error('no samples');
  return [...values].sort((a, b) => a - b);
}

/**
 * The median: the middle sample, or the mean of the two middle samples.
 * @param {number[]} values
 */
export function median(values) {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  const at = (/** @type {number} */ i) => s[i] ?? Number.NaN;
  return s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The nearest-rank percentile: the smallest sample at or above `p` percent of the samples
 * (p90 of 10 runs is the 9th fastest, p95 of 20 changes the 19th).
 * @param {number[]} values
 * @param {number} p 0-100
 */
export function percentile(values, p) {
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] ?? Number.NaN;
}

/**
 * Rounded to one decimal place, for reports.
 * @param {number} value
 */
export function round1(value) {
  return Math.round(value * 10) / 10;
}
