/** The performance mark the benchmark (bench/run.mjs) reads: navigation start to the first chart drawn. */
export const FIRST_CHART_MARK = 'first-chart';
/**
 * The mark set once the app handles input. On the prerendered page (the default view) that is once
 * it has read the files and hydrated the page, after its first chart (and 'first-chart' mark). On a
 * page the app draws itself (a permalink) it is at once, as it mounts, before any file is read: its
 * 'first-chart' mark comes after.
 */
export const INTERACTIVE_MARK = 'app-interactive';

let requested = false;
let markSet: () => void = () => {};
const painted = new Promise<void>((resolve) => (markSet = resolve));

/**
 * Sets `performance.mark('first-chart')` once per page load. Call it from an effect of a chart
 * component: effects run once the component's marks are in the DOM, and the second animation frame
 * after that comes after the frame that painted them. Later calls, from any chart, do nothing.
 */
export function firstChartMark(): void {
  if (requested) return;
  requested = true;
  // jsdom and other hosts without frames or the User Timing API: nothing to measure.
  if (typeof requestAnimationFrame !== 'function' || typeof performance === 'undefined') {
    markSet();
    return;
  }
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_CHART_MARK, 'mark').length === 0) performance.mark(FIRST_CHART_MARK);
      markSet();
    });
  });
}

/**
 * Resolves once the first chart has been painted, or after `fallbackMs` when no chart is drawn
 * (every panel empty or failed): for work the first chart does not need, such as loading the panel
 * actions' code, so that it does not compete with drawing it.
 */
export function afterFirstChart(fallbackMs = 1500): Promise<void> {
  // On the server (the build's prerender) nothing is painted, and nothing that waits for it is loaded.
  if (typeof document === 'undefined') return new Promise<void>(() => {});
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}
