// npm run bench: builds the app and the floor page, serves both on 127.0.0.1, drives Debian's
// Chromium and reports weight, time to first chart, filter latency and DOM size against budgets.json.
// Prints a table and writes bench/results.json. Timings are noisy on a shared machine: they are
// reported here and never fail a test (the byte budgets are checked by tests/e2e/size.spec.ts).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import {
  allFiles,
  embedEntries,
  gzipBytes,
  onDemandClosures,
  readManifest,
  staticClosure,
} from '../scripts/bundleSize.mjs';
import { buildApp } from './buildApp.mjs';
import { serveStatic } from './server.mjs';
import { filterLatency, launchBrowser, settledPage, timeToFirstChart } from './measure.mjs';
import { median, percentile, round1 } from './stats.mjs';

const RUNS = 10;
const FILTER_CHANGES = 20;
const CPU_RATES = [1, 4];
/** Scratch space for the builds, removed at the end. */
const WORK_DIR = mkdtempSync(join(tmpdir(), 'bench-'));
/**
 * The app's build directory. The same `vite build` as dist/, but into a directory of the bench's own:
 * in a checkout where others build into dist/ while the bench runs (minutes), dist/ can change under
 * the server and mix two builds. BENCH_OUT_DIR=dist builds into dist/ all the same.
 */
const DIST = process.env.BENCH_OUT_DIR ?? join(WORK_DIR, 'app');
process.once('SIGINT', () => {
  rmSync(WORK_DIR, { recursive: true, force: true });
  process.exit(130);
});
/**
 * The views each embed entry is loaded with, as query strings. The embeds issue decides the real URL
 * form: keep this list in step with it. A view that draws nothing is still weighed and counted.
 */
const EMBED_VIEWS = ['?panel=trade', '?panel=tourism', '?panel=flights', '?panel=events', '?panel=map'];

/**
 * @typedef {{ section: string; name: string; value: number | string; unit: string; budget?: number; met?: boolean }} Row
 */

/**
 * @typedef {object} Budgets
 * @property {number} dashboardJsBeforeFirstChartGzip
 * @property {number} embedJsBeforeFirstChartGzip
 * @property {number} allJsGzip
 * @property {number} allCssGzip
 * @property {{ firstChartVsFloorRatio: number; firstChartMedianMs: number; firstChartMedianMs4xCpu: number;
 *   filterP95Ms: number; filterP95Ms4xCpu: number; longestTaskMs: number; embedDomNodes: number }} bench
 */

/** @type {Budgets} */
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));

/** @param {string} message */
function log(message) {
  process.stderr.write(`${message}\n`);
}

/** @param {number} ms */
const msRow = (ms) => round1(ms);

/** @param {string} outDir */
async function buildFloor(outDir) {
  log('Building the floor page …');
  await build({
    configFile: false,
    root: 'bench/floor',
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

/**
 * A manifest key as a short name: `_TradePanel-C66JCor4.js` and `src/lib/charts/TradePanel.svelte` give TradePanel.
 * @param {string} key
 */
function chunkLabel(key) {
  return basename(key)
    .replace(/^_/, '')
    .replace(/(-[\w]{8})?\.(js|ts|svelte)$/, '');
}

/**
 * Weight from the manifest: JS and CSS before the first chart, all JS and CSS, embed entries, basemap.
 * @param {string} floorDir
 */
function weigh(floorDir) {
  const manifest = readManifest(DIST);
  const first = staticClosure(manifest, 'index.html');
  const all = allFiles(manifest);
  const embedManifest = readManifest(DIST, 'manifest-embed.json');
  const embeds = embedEntries(embedManifest).map((entry) => {
    const closure = staticClosure(embedManifest, entry);
    // The view an embed page loads on demand is part of what it needs before its chart.
    const views = onDemandClosures(embedManifest, entry).map((view) => {
      // What a view loads after its chart (Leaflet's map, after the still map): its files on top.
      const later = (embedManifest[view.key]?.dynamicImports ?? [])
        .filter((key) => key.endsWith('InteractiveMap.svelte'))
        .flatMap((key) => staticClosure(embedManifest, key).js);
      const withLater = [...new Set([...view.js, ...later])];
      return {
        chunk: chunkLabel(view.key),
        files: view.js,
        jsGzip: gzipBytes(DIST, view.js),
        ...(later.length > 0 ? { filesAfterChart: withLater, jsGzipAfterChart: gzipBytes(DIST, withLater) } : {}),
      };
    });
    return {
      entry,
      files: closure.js,
      jsGzip: gzipBytes(DIST, closure.js),
      cssGzip: gzipBytes(DIST, closure.css),
      views,
    };
  });
  const basemapDir = 'public/basemap';
  const basemap = existsSync(basemapDir)
    ? readdirSync(basemapDir)
        .filter((file) => !file.endsWith('.md'))
        .map((file) => {
          const bytes = readFileSync(join(basemapDir, file));
          return { file: `basemap/${file}`, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        })
    : [];
  const floorJs = readdirSync(join(floorDir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    dashboard: {
      files: first.js,
      jsGzip: gzipBytes(DIST, first.js),
      cssGzip: gzipBytes(DIST, first.css),
      htmlBytes: readFileSync(join(DIST, 'index.html')).length,
      htmlGzip: gzipBytes(DIST, ['index.html']),
    },
    embeds,
    allJs: { files: all.js, gzip: gzipBytes(DIST, all.js) },
    allCss: { files: all.css, gzip: gzipBytes(DIST, all.css) },
    basemap,
    floorJsGzip: gzipBytes(join(floorDir, 'assets'), floorJs),
  };
}

/**
 * Gzip bytes of scripts the browser fetched from the app's build (paths from the server root).
 * @param {string[]} paths
 */
function observedGzip(paths) {
  const files = [...new Set(paths)].map((p) => p.replace(/^\//, '')).filter((f) => existsSync(join(DIST, f)));
  return { files, gzip: gzipBytes(DIST, files) };
}

/**
 * Cold loads of the dashboard and the floor page, interleaved so that both see the same machine,
 * after one uncounted load of each (the first launch of anything is slower).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {number} cpuRate
 */
async function firstChartTimes(browser, origin, cpuRate) {
  // A permalink is drawn by the app itself (the prerendered view is the default one only): timed too.
  const pages = { dashboard: `${origin}/`, floor: `${origin}/floor/`, permalink: `${origin}/?v=1&from=1991&to=2026` };
  await timeToFirstChart(browser, pages.dashboard, cpuRate, true);
  await timeToFirstChart(browser, pages.floor, cpuRate);
  /** @type {{ dashboard: number[]; floor: number[]; interactive: number[]; permalink: number[] }} */
  const times = { dashboard: [], floor: [], interactive: [], permalink: [] };
  /** @type {string[]} */
  let dashboardScripts = [];
  for (let run = 0; run < RUNS; run += 1) {
    const dash = await timeToFirstChart(browser, pages.dashboard, cpuRate, true);
    times.dashboard.push(dash.ms);
    times.interactive.push(dash.interactiveMs ?? NaN);
    if (run === 0) dashboardScripts = dash.scripts;
    times.floor.push((await timeToFirstChart(browser, pages.floor, cpuRate)).ms);
    times.permalink.push((await timeToFirstChart(browser, pages.permalink, cpuRate)).ms);
    log(
      `  ${cpuRate}x CPU, run ${run + 1}/${RUNS}: dashboard ${msRow(dash.ms)} ms (interactive ${msRow(dash.interactiveMs ?? NaN)} ms), floor ${msRow(times.floor.at(-1) ?? 0)} ms`,
    );
  }
  const summary = (/** @type {number[]} */ ms) => ({
    runs: ms.map(msRow),
    median: msRow(median(ms)),
    p90: msRow(percentile(ms, 90)),
  });
  const dashboard = summary(times.dashboard);
  const floor = summary(times.floor);
  return {
    cpuRate,
    dashboard,
    interactive: summary(times.interactive),
    permalink: summary(times.permalink),
    floor,
    ratio: Math.round((dashboard.median / floor.median) * 100) / 100,
    dashboardScripts,
  };
}

/**
 * @param {number} value
 * @param {number} budget
 */
function verdict(value, budget) {
  return value <= budget;
}

/** @param {Row[]} rows */
function printTable(rows) {
  const width = Math.max(...rows.map((r) => r.name.length));
  const withUnit = (/** @type {number | string} */ v, /** @type {string} */ unit) =>
    `${typeof v === 'number' ? v.toLocaleString('en-US') : v}${unit ? ` ${unit}` : ''}`;
  let section = '';
  const lines = [];
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', section);
    }
    let judged = '';
    if (row.budget !== undefined) {
      const budget = `budget <= ${withUnit(row.budget, row.unit)}`;
      const over =
        typeof row.value === 'number' ? `; over by ${withUnit(round1(row.value - row.budget), row.unit)}` : '';
      judged = row.met ? `met     (${budget})` : `MISSED  (${budget}${over})`;
    }
    lines.push(`  ${row.name.padEnd(width)}  ${withUnit(row.value, row.unit).padStart(14)}  ${judged}`);
  }
  console.log(lines.join('\n'));
}

async function main() {
  const started = Date.now();
  // Other work on the machine slows every timing: the load average is reported with them.
  const loadAtStart = round1(loadavg()[0] ?? 0);
  const floorDir = join(WORK_DIR, 'floor');
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  /** @type {{ origin: string; close: () => Promise<void> } | undefined} */
  let server;
  try {
    log(`Building the app (vite build, then the prerender) into ${DIST}/ …`);
    buildApp(DIST);
    await buildFloor(floorDir);
    const weight = weigh(floorDir);
    server = await serveStatic({ '/': DIST, '/floor/': floorDir });
    log(`Serving ${DIST}/ and the floor page at ${server.origin}`);
    browser = await launchBrowser();

    log(`Time to first chart: ${RUNS} cold runs each, interleaved …`);
    const firstChart = [];
    for (const rate of CPU_RATES) firstChart.push(await firstChartTimes(browser, server.origin, rate));

    log(`Filter latency: ${FILTER_CHANGES} changes of "Start year" …`);
    const filter = [];
    for (const rate of CPU_RATES) {
      const run = await filterLatency(browser, `${server.origin}/`, rate, FILTER_CHANGES);
      filter.push({
        cpuRate: rate,
        median: msRow(median(run.latencies)),
        p95: msRow(percentile(run.latencies, 95)),
        latencies: run.latencies.map(msRow),
        longestTaskDuringChanges: msRow(run.longestTaskDuringChanges),
        longTasksDuringChanges: run.longTasksDuringChanges,
        longFramesDuringChanges: run.longFramesDuringChanges,
        longestScriptDuringChanges: {
          invoker: run.longestScriptDuringChanges.invoker,
          duration: msRow(run.longestScriptDuringChanges.duration),
        },
        longestRenderingDuringChanges: msRow(run.longestRenderingDuringChanges),
        longestTaskDuringLoad: msRow(run.longestTaskDuringLoad),
        caughtUp: run.caughtUp === null ? null : msRow(run.caughtUp),
        sliderValues: run.sliderValues,
        unchanged: run.unchanged,
        domNodes: run.domNodes,
        errors: run.errors,
      });
    }

    const embedPages = [];
    for (const embed of weight.embeds) {
      for (const view of EMBED_VIEWS) {
        const page = await settledPage(browser, `${server.origin}/${embed.entry}${view}`);
        embedPages.push({ entry: embed.entry, view, ...page, observedJs: observedGzip(page.scripts) });
      }
    }
    const dashboardObserved = observedGzip(firstChart[0]?.dashboardScripts ?? []);

    /** @type {Row[]} */
    const rows = [];
    const add = (/** @type {Row} */ row) => rows.push(row);
    const b = budgets.bench;
    const W = 'JS and CSS weight (gzip, level 9)';
    add({
      section: W,
      name: 'Dashboard JS at start, all before it is interactive (manifest)',
      value: weight.dashboard.jsGzip,
      unit: 'B',
      budget: budgets.dashboardJsBeforeFirstChartGzip,
      met: verdict(weight.dashboard.jsGzip, budgets.dashboardJsBeforeFirstChartGzip),
    });
    add({
      section: W,
      name: 'Dashboard JS fetched before first chart (seen)',
      value: dashboardObserved.gzip,
      unit: 'B',
    });
    add({
      section: W,
      name: 'Dashboard CSS (inlined in its HTML, counted there too)',
      value: weight.dashboard.cssGzip,
      unit: 'B',
    });
    add({
      section: W,
      name: `Dashboard HTML, its prerendered view included (${weight.dashboard.htmlBytes.toLocaleString('en-US')} B raw)`,
      value: weight.dashboard.htmlGzip,
      unit: 'B',
    });
    if (weight.embeds.length === 0)
      add({ section: W, name: 'Embed page JS before its chart', value: 'not built', unit: '' });
    for (const embed of weight.embeds) {
      add({ section: W, name: `${embed.entry} JS, entry alone (manifest)`, value: embed.jsGzip, unit: 'B' });
      for (const view of embed.views) {
        add({
          section: W,
          name: `${embed.entry} + ${view.chunk}, before its chart (manifest)`,
          value: view.jsGzip,
          unit: 'B',
          budget: budgets.embedJsBeforeFirstChartGzip,
          met: verdict(view.jsGzip, budgets.embedJsBeforeFirstChartGzip),
        });
        if (view.jsGzipAfterChart !== undefined)
          add({
            section: W,
            name: `${embed.entry} + ${view.chunk} and Leaflet's map, loaded after it (manifest; regression ceiling)`,
            value: view.jsGzipAfterChart,
            unit: 'B',
            budget: budgets.embedMapJsCeilingGzip,
            met: verdict(view.jsGzipAfterChart, budgets.embedMapJsCeilingGzip),
          });
      }
    }
    for (const page of embedPages) {
      add({ section: W, name: `${page.entry}${page.view} JS fetched (seen)`, value: page.observedJs.gzip, unit: 'B' });
    }
    add({
      section: W,
      name: 'All JS, on-demand chunks included',
      value: weight.allJs.gzip,
      unit: 'B',
      budget: budgets.allJsGzip,
      met: verdict(weight.allJs.gzip, budgets.allJsGzip),
    });
    add({
      section: W,
      name: 'All CSS, on-demand chunks included',
      value: weight.allCss.gzip,
      unit: 'B',
      budget: budgets.allCssGzip,
      met: verdict(weight.allCss.gzip, budgets.allCssGzip),
    });
    if (weight.basemap.length === 0) add({ section: W, name: 'Basemap asset', value: 'none', unit: '' });
    for (const asset of weight.basemap)
      add({
        section: W,
        name: `Basemap ${asset.file} (${asset.bytes.toLocaleString('en-US')} B raw)`,
        value: asset.gzip,
        unit: 'B',
      });
    add({ section: W, name: 'Floor page JS (PapaParse + D3 line)', value: weight.floorJsGzip, unit: 'B' });

    for (const t of firstChart) {
      const S = `Time to first chart, ${t.cpuRate === 1 ? 'unthrottled' : `CPU ${t.cpuRate}x slower`} (${RUNS} cold runs)`;
      const medianBudget = t.cpuRate === 1 ? b.firstChartMedianMs : b.firstChartMedianMs4xCpu;
      add({
        section: S,
        name: 'Dashboard median',
        value: t.dashboard.median,
        unit: 'ms',
        budget: medianBudget,
        met: verdict(t.dashboard.median, medianBudget),
      });
      add({ section: S, name: 'Dashboard p90', value: t.dashboard.p90, unit: 'ms' });
      // The first chart is prerendered: the page handles input once its app has hydrated it.
      add({
        section: S,
        name: 'Dashboard interactive, median (for information)',
        value: t.interactive.median,
        unit: 'ms',
      });
      add({ section: S, name: 'Dashboard interactive, p90', value: t.interactive.p90, unit: 'ms' });
      add({
        section: S,
        name: 'A permalink, drawn by the app (not prerendered), median (for information)',
        value: t.permalink.median,
        unit: 'ms',
      });
      add({ section: S, name: 'Floor median', value: t.floor.median, unit: 'ms' });
      add({ section: S, name: 'Floor p90', value: t.floor.p90, unit: 'ms' });
      add({
        section: S,
        name: 'Ratio dashboard / floor (medians)',
        value: t.ratio,
        unit: 'x',
        budget: b.firstChartVsFloorRatio,
        met: verdict(t.ratio, b.firstChartVsFloorRatio),
      });
    }
    for (const f of filter) {
      const S = `Filter latency, ${f.cpuRate === 1 ? 'unthrottled' : `CPU ${f.cpuRate}x slower`} (${FILTER_CHANGES} keyboard changes, keydown to 2nd frame)`;
      const p95Budget = f.cpuRate === 1 ? b.filterP95Ms : b.filterP95Ms4xCpu;
      add({ section: S, name: 'Median', value: f.median, unit: 'ms' });
      add({ section: S, name: 'p95', value: f.p95, unit: 'ms', budget: p95Budget, met: verdict(f.p95, p95Budget) });
      // The long-task observer reports only tasks over 50 ms: none seen is the budget met.
      add({
        section: S,
        name: `Longest task during the changes (${f.longTasksDuringChanges} over 50 ms)`,
        value: f.longTasksDuringChanges === 0 ? 'none > 50' : f.longestTaskDuringChanges,
        unit: 'ms',
        budget: b.longestTaskMs,
        met: verdict(f.longestTaskDuringChanges, b.longestTaskMs),
      });
      // What the long tasks were, from the long animation frames (over 50 ms) in the same span.
      add({
        section: S,
        name: `In the ${f.longFramesDuringChanges} frames over 50 ms: longest script (for information)`,
        value:
          f.longFramesDuringChanges === 0
            ? 'none'
            : `${f.longestScriptDuringChanges.duration} ms, ${f.longestScriptDuringChanges.invoker || 'unnamed'}`,
        unit: '',
      });
      add({
        section: S,
        name: `In the ${f.longFramesDuringChanges} frames over 50 ms: longest style, layout and paint (for information)`,
        value: f.longFramesDuringChanges === 0 ? 'none' : f.longestRenderingDuringChanges,
        unit: f.longFramesDuringChanges === 0 ? '' : 'ms',
      });
      add({
        section: S,
        name: 'Panels out of view caught up, after the last change (for information)',
        value: f.caughtUp === null ? 'no mark in 5 s' : f.caughtUp,
        unit: f.caughtUp === null ? '' : 'ms',
      });
      add({
        section: S,
        name: 'Longest task during load (for information)',
        value: f.longestTaskDuringLoad === 0 ? 'none > 50' : f.longestTaskDuringLoad,
        unit: 'ms',
      });
      if (f.unchanged > 0) add({ section: S, name: 'Key presses that changed nothing', value: f.unchanged, unit: '' });
      // Errors the page threw, from its load to the last change (its timings are then suspect): said,
      // not only kept in the JSON.
      for (const error of f.errors) add({ section: S, name: `Error on the page: ${error}`, value: '', unit: '' });
    }
    const D = 'DOM size (elements, SVG included, once settled)';
    add({ section: D, name: 'Dashboard', value: filter[0]?.domNodes ?? 0, unit: '' });
    if (embedPages.length === 0) add({ section: D, name: 'Embed pages', value: 'not built', unit: '' });
    for (const page of embedPages) {
      add({
        section: D,
        name: `${page.entry}${page.view}${page.status === 200 ? '' : ` (HTTP ${page.status})`}`,
        value: page.domNodes,
        unit: '',
        budget: b.embedDomNodes,
        met: verdict(page.domNodes, b.embedDomNodes),
      });
      for (const error of page.errors)
        add({ section: D, name: `${page.entry}${page.view}: error on the page: ${error}`, value: '', unit: '' });
    }

    const judged = rows.filter((r) => r.budget !== undefined);
    const missed = judged.filter((r) => !r.met);
    const loadAtEnd = round1(loadavg()[0] ?? 0);
    const cores = cpus().length;
    console.log(
      `Chromium ${browser.version()}, ${cores} cores; load average (1 min) ${loadAtStart} at start, ${loadAtEnd} at end${
        Math.max(loadAtStart, loadAtEnd) > cores ? ': the machine was busy, timings are pessimistic' : ''
      }.`,
    );
    printTable(rows);
    console.log(`\n${judged.length - missed.length} of ${judged.length} budgets met; ${missed.length} MISSED.`);
    for (const row of missed) console.log(`  MISSED: ${row.section}: ${row.name}`);

    const browserVersion = browser.version();
    const results = {
      date: new Date().toISOString(),
      machine: {
        cores,
        loadAverage: { start: loadAtStart, end: loadAtEnd },
        node: process.version,
        chromium: browserVersion,
      },
      settings: { runs: RUNS, filterChanges: FILTER_CHANGES, cpuRates: CPU_RATES, viewport: '1280x900', outDir: DIST },
      weight,
      dashboardJsSeenBeforeFirstChart: dashboardObserved,
      firstChart,
      filter,
      embedPages,
      budgets: rows
        .filter((r) => r.budget !== undefined)
        .map((r) => ({ section: r.section, name: r.name, value: r.value, unit: r.unit, budget: r.budget, met: r.met })),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    log(`Wrote bench/results.json in ${results.seconds} s.`);
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(WORK_DIR, { recursive: true, force: true });
  }
}

await main();
