// What the benchmark measures in the browser. Each measure opens a fresh browser context (its own
// cache and storage: a cold load) and closes it. Nothing polls the page while it is measured: the page
// records its own times (performance marks, event listeners) and is read once they are in.

import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../scripts/chromiumFlags.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/**
 * A long animation frame (over 50 ms): its script runs (layout a script forces counts in its time), and
 * its rendering, from the start of style and layout to the frame's end (ResizeObserver callbacks and
 * the main thread's paint included).
 */
/** @typedef {{ start: number; duration: number; rendering: number; scripts: { invoker: string; duration: number }[] }} LongFrame */
/** @typedef {{ latencies: number[]; tasks: { start: number; duration: number }[]; frames: LongFrame[]; changesStart: number; lastChange: number }} FilterRecord */
/** What the filter instrumentation puts on the page's window. */
/** @typedef {{ waitFor: (n: number) => Promise<void>; caughtUp: (timeoutMs: number) => Promise<number | null>; result: () => FilterRecord }} BenchFilter */
/** @typedef {Window & { __benchFilter?: BenchFilter }} BenchWindow */

const MARK = 'first-chart';
const VIEWPORT = { width: 1280, height: 900 };

/** The tests' Chromium flags, and loopback only: any other host fails to resolve, so a page cannot reach the network. */
const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Debian's Chromium (or `CHROMIUM_PATH`), launched as every measure here expects it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A fresh context and page, with the CPU slowed `cpuRate` times through the DevTools protocol.
 * @param {Browser} browser
 * @param {number} cpuRate 1 for none
 */
async function openPage(browser, cpuRate) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  return { context, page, errors };
}

/** The console message the page's observer logs when the 'first-chart' mark is set. */
const MARK_MESSAGE = '__bench_first_chart';
/** The mark the dashboard sets once it handles input (src/main.ts): after its prerendered first chart. */
const INTERACTIVE = 'app-interactive';
const INTERACTIVE_MESSAGE = '__bench_interactive';

/**
 * Has every new document of `page` watch for the 'first-chart' and 'app-interactive' marks with a
 * PerformanceObserver set up before any of the page's own scripts, and log their times to the
 * console. The harness then waits for those console messages (delivered by the DevTools protocol)
 * instead of evaluating script in the page while it loads: Playwright's first evaluation in a page
 * injects its utility script, tens of milliseconds of main-thread work that would land in the
 * middle of the load being measured.
 * @param {Page} page
 */
async function watchFirstChart(page) {
  await page.addInitScript(
    (marks) => {
      const seen = new Set();
      new PerformanceObserver((list) => {
        for (const [mark, message] of marks) {
          const entry = list.getEntriesByName(String(mark), 'mark')[0];
          if (!entry || seen.has(mark)) continue;
          seen.add(mark);
          console.debug(`${message} ${entry.startTime}`);
        }
      }).observe({ type: 'mark' });
    },
    /** @type {const} */ ([
      [MARK, MARK_MESSAGE],
      [INTERACTIVE, INTERACTIVE_MESSAGE],
    ]),
  );
}

/**
 * Resolves with the time of the console message that starts with `message` (see watchFirstChart),
 * or null when none comes within `timeoutMs`.
 * @param {Page} page
 * @param {string} message
 * @param {number} timeoutMs
 */
async function markTime(page, message, timeoutMs) {
  try {
    const logged = await page.waitForEvent('console', {
      predicate: (m) => m.text().startsWith(message),
      timeout: timeoutMs,
    });
    return Number(logged.text().slice(message.length + 1));
  } catch {
    return null;
  }
}

/**
 * Waits, without running script in the page, for the 'first-chart' mark (see watchFirstChart):
 * resolves with its time from navigation start and the scripts fetched before it, or null when it
 * has not come within `timeoutMs`.
 * @param {Page} page
 * @param {number} timeoutMs
 * @returns {Promise<{ ms: number; scripts: string[] } | null>}
 */
async function firstChart(page, timeoutMs) {
  const ms = await markTime(page, MARK_MESSAGE, timeoutMs);
  if (ms === null) return null;
  const scripts = await page.evaluate(
    (at) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => /\.m?js$/.test(new URL(r.name).pathname))
        .filter((r) => /** @type {PerformanceResourceTiming} */ (r).responseEnd <= at)
        .map((r) => new URL(r.name).pathname),
    ms,
  );
  return { ms, scripts };
}

/**
 * One cold load: navigation start to the 'first-chart' mark, and for a page that sets it (the
 * dashboard, `interactive`), to the 'app-interactive' mark: the prerendered dashboard shows its
 * first chart before its app has started.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} cpuRate
 * @param {boolean} [interactive]
 * @returns {Promise<{ ms: number; interactiveMs: number | null; scripts: string[] }>}
 */
export async function timeToFirstChart(browser, url, cpuRate, interactive = false) {
  const { context, page, errors } = await openPage(browser, cpuRate);
  try {
    await watchFirstChart(page);
    const waiting = firstChart(page, 15_000);
    const ready = interactive ? markTime(page, INTERACTIVE_MESSAGE, 15_000) : Promise.resolve(null);
    await page.goto(url, { waitUntil: 'load' });
    const result = await waiting;
    if (!result)
      throw new Error(`${url}: no '${MARK}' mark within 15 s${errors.length ? ` (${errors.join('; ')})` : ''}`);
    const interactiveMs = await ready;
    if (interactive && interactiveMs === null) throw new Error(`${url}: no '${INTERACTIVE}' mark within 15 s`);
    return { ...result, interactiveMs };
  } finally {
    await context.close();
  }
}

/**
 * Elements in the document (SVG included), once the page has loaded everything it loads by itself.
 * @param {Page} page
 */
async function settledDomSize(page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.getElementsByTagName('*').length))),
      ),
  );
}

/**
 * A page that is not timed, only weighed and counted (an embed page): the scripts it fetched and its
 * element count once settled, and whether it set the 'first-chart' mark.
 * @param {Browser} browser
 * @param {string} url
 */
export async function settledPage(browser, url) {
  const { context, page, errors } = await openPage(browser, 1);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const domNodes = await settledDomSize(page);
    const { scripts, mark } = await page.evaluate(
      (name) => ({
        scripts: performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((path) => /\.m?js$/.test(path)),
        mark: performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null,
      }),
      MARK,
    );
    return { status: response?.status() ?? 0, domNodes, scripts, firstChartMs: mark, errors };
  } finally {
    await context.close();
  }
}

/**
 * Filter latency: `changes` changes of the time window by keyboard on the "Start year" slider (one
 * more than half ArrowRight, then the rest ArrowLeft, so the last change does not come back to the
 * window the page started with, which the panels out of view still drew), each timed in the page
 * from its keydown (the event's own time stamp, so a key waiting behind a task already running counts
 * that wait; read by a capture-phase listener, before the app's own) to the second animation frame
 * after it, when every panel in view has updated and been painted. Panels out of view redraw later,
 * once the window has stayed unchanged for 200 ms and the main thread is idle (see
 * src/lib/state/panelWindow.svelte.ts): the changes here come faster than that (a key held down), so
 * those redraws come after the last change; the time from it until the app marks them all caught up
 * is reported too (200 ms at least, by design), and the long tasks counted run until then. Long tasks are recorded from
 * page start, and split at the first change. The long animation frames of the same span say what the
 * long tasks were: the longest script run (and what invoked it), and the longest rendering. Also
 * counts the dashboard's elements, settled, before the changes.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} cpuRate
 * @param {number} changes
 */
export async function filterLatency(browser, url, cpuRate, changes) {
  const { context, page, errors } = await openPage(browser, cpuRate);
  try {
    await page.addInitScript(() => {
      /** @type {{ start: number; duration: number }[]} */
      const tasks = [];
      /** @type {number[]} */
      const latencies = [];
      /** @type {{ n: number; resolve: () => void }[]} */
      let waiters = [];
      let changesStart = Infinity;
      let lastChange = Infinity;
      /** @type {number[]} */
      const caughtUp = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      // What a long task was: the long animation frames (over 50 ms) say how long their scripts ran
      // (by what invoked them: the keydown's handlers, with Svelte's update) and how long their
      // rendering took (style, layout, paint). A browser without them records none.
      /** @type {LongFrame[]} */
      const frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const frame =
            /** @type {PerformanceEntry & { styleAndLayoutStart: number; scripts: { invoker: string; duration: number }[] }} */ (
              entry
            );
          frames.push({
            start: frame.startTime,
            duration: frame.duration,
            rendering: frame.styleAndLayoutStart > 0 ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0,
            scripts: frame.scripts.map((s) => ({ invoker: s.invoker, duration: s.duration })),
          });
        }
      }).observe({ type: 'long-animation-frame' });
      // The mark the app sets when the last panel out of view has caught up (CAUGHT_UP_MARK).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntriesByName('panels-caught-up')) caughtUp.push(entry.startTime);
      }).observe({ type: 'mark' });
      addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          changesStart = Math.min(changesStart, start);
          lastChange = start;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              latencies.push(performance.now() - start);
              waiters = waiters.filter((w) => (latencies.length >= w.n ? (w.resolve(), false) : true));
            }),
          );
        },
        { capture: true },
      );
      Object.assign(window, {
        __benchFilter: {
          /** @param {number} n */
          waitFor: (n) =>
            new Promise((resolve) => {
              if (latencies.length >= n) resolve(undefined);
              else waiters.push({ n, resolve: () => resolve(undefined) });
            }),
          /** @param {number} timeoutMs */
          caughtUp: (timeoutMs) =>
            new Promise((resolve) => {
              const started = performance.now();
              const check = () => {
                const mark = caughtUp.find((t) => t >= lastChange);
                if (mark !== undefined) resolve(mark - lastChange);
                else if (performance.now() - started > timeoutMs) resolve(null);
                else setTimeout(check, 20);
              };
              check();
            }),
          result: () => ({ latencies, tasks, frames, changesStart, lastChange }),
        },
      });
    });
    await watchFirstChart(page);
    const waiting = firstChart(page, 15_000);
    const ready = markTime(page, INTERACTIVE_MESSAGE, 15_000);
    await page.goto(url, { waitUntil: 'load' });
    if (!(await waiting)) throw new Error(`${url}: no '${MARK}' mark within 15 s`);
    // The prerendered page is drawn before it handles input: the changes start once it does.
    if ((await ready) === null) throw new Error(`${url}: no '${INTERACTIVE}' mark within 15 s`);
    const domNodes = await settledDomSize(page);

    const slider = page.getByRole('slider', { name: 'Start year' });
    await slider.focus();
    /** @type {string[]} */
    const values = [String(await slider.getAttribute('aria-valuenow'))];
    for (let i = 0; i < changes; i += 1) {
      await page.keyboard.press(i <= changes / 2 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate((n) => {
        const filter = /** @type {BenchWindow} */ (window).__benchFilter;
        if (!filter) throw new Error('the filter instrumentation is not on this page');
        return filter.waitFor(n);
      }, i + 1);
      values.push(String(await slider.getAttribute('aria-valuenow')));
    }
    // Null if the app set no mark within 5 s: no panel was behind, or one never caught up.
    const caughtUp = await page.evaluate((timeout) => {
      const filter = /** @type {BenchWindow} */ (window).__benchFilter;
      if (!filter) throw new Error('the filter instrumentation is not on this page');
      return filter.caughtUp(timeout);
    }, 5000);
    // Long-task entries are delivered to observers a little after the task ends.
    await page.waitForTimeout(200);
    const result = await page.evaluate(() => {
      const filter = /** @type {BenchWindow} */ (window).__benchFilter;
      if (!filter) throw new Error('the filter instrumentation is not on this page');
      return filter.result();
    });
    // From the first change until the panels out of view have caught up with the last (or, when none
    // was behind, until now).
    const end = caughtUp === null ? Infinity : result.lastChange + caughtUp;
    const duringChanges = result.tasks.filter((t) => t.start >= result.changesStart && t.start <= end);
    const beforeChanges = result.tasks.filter((t) => t.start < result.changesStart);
    const unchanged = values.slice(1).filter((v, i) => v === values[i]).length;
    // A frame starts with its first task, which may come before the key event it handles: the frames
    // counted are those that overlap the span.
    const framesDuringChanges = result.frames.filter(
      (f) => f.start + f.duration >= result.changesStart && f.start <= end,
    );
    const scripts = framesDuringChanges.flatMap((f) => f.scripts);
    const longestScript = scripts.reduce((a, s) => (s.duration > a.duration ? s : a), { invoker: '', duration: 0 });
    return {
      latencies: result.latencies,
      longestTaskDuringChanges: Math.max(0, ...duringChanges.map((t) => t.duration)),
      longTasksDuringChanges: duringChanges.length,
      longFramesDuringChanges: framesDuringChanges.length,
      longestScriptDuringChanges: longestScript,
      longestRenderingDuringChanges: Math.max(0, ...framesDuringChanges.map((f) => f.rendering)),
      longestTaskDuringLoad: Math.max(0, ...beforeChanges.map((t) => t.duration)),
      caughtUp,
      sliderValues: values.map(Number),
      unchanged,
      domNodes,
      errors,
    };
  } finally {
    await context.close();
  }
}
