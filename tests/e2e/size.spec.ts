import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  allFiles,
  embedEntries,
  gzipBytes,
  onDemandClosures,
  readManifest,
  staticClosure,
} from '../../scripts/bundleSize.mjs';

// Byte budgets only: they are exact. Timings are noisy on shared machines and stay in `npm run bench`.
interface ByteBudgets {
  dashboardJsBeforeFirstChartGzip: number;
  embedJsBeforeFirstChartGzip: number;
  embedMapJsCeilingGzip: number;
  allJsGzip: number;
  allCssGzip: number;
}

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as ByteBudgets;
/** A built file's name without its content hash: `assets/common-C_DonZsL.js` -> `assets/common`. */
const hashless = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');
// Read in each test, so a missing build fails the tests with the reason rather than the file's import.
const manifest = () => readManifest('dist');

// The dashboard's first chart is prerendered into index.html and needs no JS: the budget holds all
// the JS the page loads at start (its entry and static imports), before it handles input.
test('the JS the dashboard loads at start is within the committed gzip budget', () => {
  const files = staticClosure(manifest(), 'index.html').js;
  expect(files.length).toBeGreaterThan(0);
  const bytes = gzipBytes('dist', files);
  console.log(
    `JS at start: ${files.join(', ')} = ${bytes} bytes gzip (budget ${budgets.dashboardJsBeforeFirstChartGzip})`,
  );
  expect(bytes).toBeLessThanOrEqual(budgets.dashboardJsBeforeFirstChartGzip);
  // The entry and the one chunk of modules it shares with the panels loaded later (vite.config.ts,
  // codeSplitting): a module split out of that chunk is one more file to fetch before the app runs,
  // and belongs in the chunk's list.
  expect(files.map(hashless)).toEqual(['assets/index', 'assets/common']);
});

test('the prerendered page fetches no JS or CSS before its first chart, then starts exactly the app the build made', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).toContain('<div id="app" data-prerendered>');
  // Nothing in the HTML itself fetches a script: no module script, no modulepreload link.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  expect(html).not.toMatch(/rel="modulepreload"/);
  // Nor a stylesheet, which the first paint would wait for: the page's own is inlined.
  // (A disabled link, never fetched, stays for Vite's preload helper.)
  expect(html).not.toMatch(/rel="stylesheet"(?![^>]*disabled)/);
  const css = staticClosure(manifest(), 'index.html').css;
  expect(css).toHaveLength(1);
  expect(html).toContain(`<style>${readFileSync(`dist/${css[0]}`, 'utf8')}</style>`);
  // The inline script adds the entry and its static imports (see scripts/prerender.mjs).
  const [entry, ...imports] = staticClosure(manifest(), 'index.html').js;
  expect(html).toContain(`script.src = "./${entry}"`);
  for (const file of imports) expect(html).toContain(`"./${file}"`);
});

test('all JS, on-demand chunks included, is within the committed gzip budget', () => {
  const files = allFiles(manifest()).js;
  // The dashboard's own closure is part of it: an empty list would mean the manifest was not read.
  expect(files).toEqual(expect.arrayContaining(staticClosure(manifest(), 'index.html').js));
  const bytes = gzipBytes('dist', files);
  console.log(`All JS: ${files.length} files = ${bytes} bytes gzip (budget ${budgets.allJsGzip})`);
  expect(bytes).toBeLessThanOrEqual(budgets.allJsGzip);
});

test('all CSS, on-demand chunks included, is within the committed gzip budget', () => {
  const files = allFiles(manifest()).css;
  expect(files.length).toBeGreaterThan(0);
  const bytes = gzipBytes('dist', files);
  console.log(`All CSS: ${files.length} files = ${bytes} bytes gzip (budget ${budgets.allCssGzip})`);
  expect(bytes).toBeLessThanOrEqual(budgets.allCssGzip);
});

test('the JS each embed page needs before its chart, the panel it loads on demand included, is within budget; the map with Leaflet within its ceiling', () => {
  const built = readManifest('dist', 'manifest-embed.json');
  const entries = embedEntries(built);
  test.skip(entries.length === 0, 'the build has no embed.html entry yet (the embeds issue adds it)');
  for (const entry of entries) {
    const first = staticClosure(built, entry).js;
    // Its entry and the chunk of small modules shared with the panels (vite.config.ts, codeSplitting),
    // as for the dashboard: a shared module left out of that chunk's list is one more file to fetch.
    expect(first.map(hashless), `${entry}'s files at start`).toEqual(['assets/embed', 'assets/common']);
    // An embed imports its one panel on demand: what it needs before its chart is the entry's closure
    // plus that panel's. Each reachable import() counts as one view.
    const views = [{ key: '(entry alone)', js: first }, ...onDemandClosures(built, entry)];
    const sizes = views.map((v) => ({ key: v.key, bytes: gzipBytes('dist', v.js) }));
    for (const { key, bytes } of sizes) {
      console.log(`${entry} + ${key} = ${bytes} bytes gzip (budget ${budgets.embedJsBeforeFirstChartGzip})`);
    }
    // Each panel is held to the 50 KB budget itself, the map included: it is drawn still, without
    // Leaflet, which loads after it (held to its own ceiling below).
    const over = sizes.filter((s) => s.bytes > budgets.embedJsBeforeFirstChartGzip);
    expect(over, `${entry} views over their budget`).toEqual([]);
    const mapView = views.find((v) => v.key.endsWith('src/lib/map/MapPanel.svelte'));
    const interactiveKey = Object.keys(built).find((key) => key.endsWith('src/lib/map/InteractiveMap.svelte'));
    expect(mapView, `${entry} loads the map`).toBeDefined();
    expect(interactiveKey, "Leaflet's map is a chunk of its own").toBeDefined();
    const withLeaflet = [...new Set([...(mapView?.js ?? []), ...staticClosure(built, interactiveKey ?? '').js])];
    const bytes = gzipBytes('dist', withLeaflet);
    console.log(`${entry} + the map + Leaflet's map = ${bytes} bytes gzip (ceiling ${budgets.embedMapJsCeilingGzip})`);
    expect(bytes).toBeLessThanOrEqual(budgets.embedMapJsCeilingGzip);
    expect(sizes.length, 'the embed loads one view per panel').toBeGreaterThanOrEqual(5);
  }
});

test("the build leaves out PapaParse's workers, streamers and Papa.parse, and the writer from the pages that only read", () => {
  const dashboard = manifest();
  const embed = readManifest('dist', 'manifest-embed.json');
  const files = [...allFiles(dashboard).js, ...allFiles(embed).js];
  const read = (f: string) => readFileSync(`dist/${f}`, 'utf8');
  // Strings only those parts of PapaParse hold: its worker's source, its network streamer's option,
  // Papa.parse's field-count check and delimiter guess (our reader calls its Parser directly), and
  // its writer's formula escaping (scripts/papaTrimPlugin.ts).
  expect(
    files.filter((f) => /IS_PAPA_WORKER=true|downloadRequestHeaders|TooManyFields|UndetectableDelimiter/.test(read(f))),
  ).toEqual([]);
  const atStart = [...staticClosure(dashboard, 'index.html').js, ...staticClosure(embed, 'embed.html').js];
  expect(atStart.filter((f) => read(f).includes('escapeFormulae'))).toEqual([]);
  // The reader is there, and the writer is there for the downloads, loaded on demand.
  expect(atStart.some((f) => read(f).includes('Quoted field unterminated'))).toBe(true);
  expect(files.some((f) => read(f).includes('escapeFormulae'))).toBe(true);
});

test("the build leaves out the D3 code the charts never run (d3-color, d3-format's locale, unused curves)", () => {
  const files = [...allFiles(manifest()).js, ...allFiles(readManifest('dist', 'manifest-embed.json')).js];
  expect(files.length).toBeGreaterThan(0);
  // Strings only those modules hold: d3-color's named colours, d3-format's error, d3-shape's basis
  // curves, its monotone curves (kept by the monotone-y curve's prototype until scripts/d3TrimPlugin.ts
  // rewrote it), its radial curves, d3-path's arcs (linePath.ts stands in for it), and d3-scale's
  // tickFormat (its default specifier ',f').
  const leaks = files.filter((f) =>
    /rebeccapurple|invalid format: |_basis=new |\._t0\b|\._curve\.point\(|negative radius: |[`'"],f[`'"]/.test(
      readFileSync(`dist/${f}`, 'utf8'),
    ),
  );
  expect(leaks).toEqual([]);
});

test("the build takes Leaflet's ES module without its popups and tooltips (scripts/leafletTrimPlugin.ts)", () => {
  const files = [...allFiles(manifest()).js, ...allFiles(readManifest('dist', 'manifest-embed.json')).js];
  const read = (f: string) => readFileSync(`dist/${f}`, 'utf8');
  const leaflet = files.filter((f) => read(f).includes('leaflet-container'));
  // Leaflet's map is in the build (the dashboard's and the embed's), as one ES module, not its UMD file.
  expect(leaflet.length).toBeGreaterThanOrEqual(2);
  expect(leaflet.filter((f) => read(f).includes('define.amd'))).toEqual([]);
  // Class names only its popups and tooltips use.
  expect(leaflet.filter((f) => /leaflet-popup|leaflet-tooltip/.test(read(f)))).toEqual([]);
});
