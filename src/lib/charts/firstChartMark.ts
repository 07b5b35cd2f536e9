/** The performance mark the benchmark (bench/run.mjs) reads: navigation start to the first chart drawn. */
export const FIRST_CHART_MARK = 'first-chart';

let requested = false;

/**
 * Sets `performance.mark('first-chart')` once per page load. Call it from an effect of a chart
 * component: effects run once the component's marks are in the DOM, and the second animation frame
 * after that comes after the frame that painted them. Later calls, from any chart, do nothing.
 */
export function firstChartMark(): void {
  if (requested) return;
  // jsdom and other hosts without frames or the User Timing API: nothing to measure.
  if (typeof requestAnimationFrame !== 'function' || typeof performance === 'undefined') return;
  requested = true;
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_CHART_MARK, 'mark').length === 0) performance.mark(FIRST_CHART_MARK);
    });
  });
}
