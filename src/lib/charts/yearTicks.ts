/**
 * Year ticks for a time axis in UTC milliseconds: 1 January of every 1st, 2nd, 5th or 10th year,
 * so that at most `maxCount` ticks fit. (A linear scale over milliseconds plus these ticks replaces
 * d3's time scale, whose locale-aware formatting the dashboard does not need.)
 */
export function yearTicks(start: number, end: number, maxCount: number): number[] {
  const first = new Date(start).getUTCFullYear() + (Date.UTC(new Date(start).getUTCFullYear(), 0, 1) < start ? 1 : 0);
  const last = new Date(end).getUTCFullYear();
  const span = Math.max(1, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= Math.max(1, maxCount)) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
