// Prerenders the dashboard's default view into a build's index.html (run after `vite build`):
// node scripts/prerender.mjs [outDir]. The page then shows its charts, time window, counts and data
// issues as soon as its HTML is parsed, before any script has run; src/main.ts hydrates it. The view
// is rendered from the same data/ files the build publishes, with Svelte's server renderer
// (src/prerender.ts, loaded through Vite so that it is compiled as the app is).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';

/** The marker `vite build` leaves in index.html where the app mounts. */
const MOUNT = '<div id="app"></div>';

/** The app's entry script as `vite build` writes it into index.html. */
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
/**
 * The page's stylesheet link: inlined, as the first paint waits for the stylesheet, which would
 * otherwise be one more request after the HTML (about 40 ms sooner here). 2.7 KB gzip.
 */
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/g;
/** The links by which `vite build` has the browser fetch the entry's static imports with the page. */
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;
/**
 * The data files' preload links, as the data package plugin puts them in the page's head
 * (scripts/dataPackagePlugin.ts). The prerendered page needs none of its files to show its first
 * chart, only to hydrate: the inline script requests them when it starts the app, so that the
 * browser's work on six requests does not hold back the first chart (about 40 ms at 4x CPU).
 */
const DATA_PRELOAD =
  /[ \t]*<link rel="preload" href="(data\/[^"]+)" as="fetch" type="text\/csv" crossorigin="anonymous">\n?/g;

/**
 * The id of the element that follows the first chart's panel in the prerendered body, or null. The
 * page holds its first paint until the parser has reached it (`<link rel="expect" blocking="render">`):
 * its first paint is then the header, time window and first chart together. Painting each part as
 * it is parsed instead costs a style, layout and paint of the growing page per frame, about a fifth
 * of the time to the first chart at 4x CPU; the chart itself comes no sooner. Browsers without
 * `rel="expect"` ignore it and paint as before.
 * @param {string} body
 */
export function expectedAfterFirstChart(body) {
  const chart = body.indexOf('role="group"');
  if (chart < 0) return null;
  return /<section\b[^>]*\bid="([^"]+)"/.exec(body.slice(chart))?.[1] ?? null;
}

/**
 * The page's inline script, in the head before the stylesheet (so it waits for nothing), run before
 * the first paint. It starts the app: it adds the entry script and a modulepreload link for each of
 * its static imports (`imports`), which the page does not fetch before, as Chromium compiles a
 * preloaded module as soon as it arrives, on the main thread, in the middle of showing the page:
 * - A permalink (any query) asks for another view than the prerendered default: the page is marked
 *   so that the stylesheet hides the prerendered view, unseen, and the app starts once the document
 *   is parsed, to replace it (src/main.ts).
 * - Otherwise the first chart is on screen once the body is parsed. The 'first-chart' mark (what the
 *   benchmark times, see src/lib/charts/firstChartMark.ts) is set in the frame after the one that
 *   first had all of a chart's marks in the document (its panel parsed), and only then does the app
 *   start: running its scripts first would hold back that first frame. In a hidden tab (no frames)
 *   or when no chart is drawn, the app starts once the document is parsed.
 * - Until the app handles input (`data-app` set on the root, src/main.ts; or its script failed), a
 *   click or key press on one of the prerendered view's controls does nothing, on purpose: the
 *   browser would otherwise tick a radio button or open a menu that hydration then silently puts
 *   back. Links still work.
 * - The data files (`files`) are requested as the app starts, or at once for a permalink, which the
 *   app draws from them.
 * @param {string} entry
 * @param {string[]} imports
 * @param {string[]} files
 */
export function inlineScript(entry, imports, files = []) {
  return `<script>
(function () {
  var root = document.documentElement;
  var CONTROL = 'button, input, select, textarea, summary, label, [role="slider"], [role="button"], [tabindex]';
  var ACTING_KEYS = /^( |Enter|Arrow.*|Home|End|Page.*)$/;
  // A select also takes letters (typeahead): there, every key acts but these.
  var PASSING_KEYS = /^(Tab|Escape|Shift|Control|Alt|Meta)$/;
  function hold(event) {
    if (root.hasAttribute('data-app')) return;
    var target = event.target;
    if (!target || !target.closest || !target.closest('#app[data-prerendered]')) return;
    if (target.closest('a[href]') || !target.closest(CONTROL)) return;
    if (event.type === 'keydown') {
      var acts = target.closest('select') ? !PASSING_KEYS.test(event.key) : ACTING_KEYS.test(event.key);
      if (!acts) return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
  ['click', 'mousedown', 'pointerdown', 'keydown'].forEach(function (type) {
    document.addEventListener(type, hold, true);
  });
  // Has the browser fetch each of \`hrefs\` (CORS, as the app's own requests) for the app to use.
  function addLinks(rel, hrefs, as) {
    hrefs.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = rel;
      if (as) link.as = as;
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
  }
  var fetching = false;
  function fetchFiles() {
    if (fetching) return;
    fetching = true;
    addLinks('preload', ${JSON.stringify(files)}, 'fetch');
  }
  var started = false;
  function start() {
    if (started) return;
    started = true;
    fetchFiles();
    addLinks('modulepreload', ${JSON.stringify(imports)});
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = ${JSON.stringify(entry)};
    // The app could not load: its controls are let go (they will do only what the browser does).
    script.onerror = function () {
      root.setAttribute('data-app', 'failed');
    };
    document.head.appendChild(script);
  }
  function whenParsed(run) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
  if (location.search) {
    root.setAttribute('data-view', 'asked');
    fetchFiles();
    whenParsed(start);
    return;
  }
  // A chart's marks are all in the document once the parser has gone past its panel.
  function chartParsed() {
    var chart = document.querySelector('#app[data-prerendered] svg[role="group"] g');
    var panel = chart && chart.closest('section');
    return !!panel && (!!panel.nextElementSibling || document.readyState !== 'loading');
  }
  function drawn() {
    if (!performance.getEntriesByName('first-chart', 'mark').length) performance.mark('first-chart');
    setTimeout(start, 0);
  }
  (function frame() {
    requestAnimationFrame(function () {
      if (chartParsed()) requestAnimationFrame(drawn);
      else if (document.readyState === 'loading') frame();
      else start();
    });
  })();
  whenParsed(function () {
    if (document.visibilityState === 'hidden') start();
    else setTimeout(start, 1000);
  });
})();
</script>`;
}

/** Without scripts the page shows the default view whatever the address asks for: said above it. */
const NOSCRIPT = `<noscript><p class="noscript">Scripts are off: this is the dashboard's default view (every year, every series). The view a link asks for, the controls, tables and downloads need scripts; the data files are in <a href="data/README.md">the data package</a>.</p></noscript>`;

/** Today in the build machine's time zone, as the app's CalendarDate. */
function today() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export async function prerender(outDir = 'dist') {
  const page = join(outDir, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes(MOUNT)) throw new Error(`${page}: no ${MOUNT} to prerender into (already prerendered?)`);
  const server = await createServer({
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'warn',
  });
  try {
    const { renderDashboard, DATA_FILES } = await server.ssrLoadModule('/src/prerender.ts');
    /** @type {Record<string, string>} */
    const files = {};
    for (const [name, path] of Object.entries(DATA_FILES)) files[name] = readFileSync(join('data', path), 'utf8');
    const { head, body } = renderDashboard(files, today());
    const entry = ENTRY.exec(html)?.[1];
    if (!entry) throw new Error(`${page}: no entry <script type="module"> to start the app with`);
    // The build may split the page's CSS in more than one file (a chunk shared with lazy ones has its
    // own): all are inlined, in the order of their links, so the cascade is the one they would give.
    const stylesheets = [...html.matchAll(STYLESHEET)].map((match) => match[1] ?? '');
    if (stylesheets.length === 0) throw new Error(`${page}: no stylesheet link to inline`);
    const css = stylesheets
      .map((stylesheet) => {
        const text = readFileSync(join(outDir, stylesheet), 'utf8');
        if (/<\/style/i.test(text)) throw new Error(`${stylesheet} cannot be inlined: it holds "</style"`);
        return text;
      })
      .join('\n');
    const imports = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1] ?? '');
    const dataFiles = [...html.matchAll(DATA_PRELOAD)].map((match) => match[1] ?? '');
    const expected = expectedAfterFirstChart(body);
    const hold = expected ? `\n    <link rel="expect" href="#${expected}" blocking="render">` : '';
    const inline = inlineScript(entry, imports, dataFiles);
    let inlined = false;
    const out = html
      .replace(MODULE_PRELOAD, '')
      .replace(DATA_PRELOAD, '')
      // The lines those links stood on go too.
      .replace(/<head>\n(?:[ \t]*\n)+/, '<head>\n')
      .replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}${hold}\n    ${inline}`)
      .replace(ENTRY, '')
      .replace(
        STYLESHEET,
        // A disabled link is never fetched; it tells Vite's preload helper, which looks for the link
        // before loading a lazy chunk's CSS dependencies, that this sheet is already applied. The
        // inlined CSS goes where the first link was.
        (link) => {
          const style = inlined ? '' : `<style>${css}</style>\n    `;
          inlined = true;
          return `${style}${link.replace('>', ' disabled>')}`;
        },
      )
      .replace('</head>', () => `${head}</head>`)
      .replace(MOUNT, () => `${NOSCRIPT}<div id="app" data-prerendered>${body}</div>`);
    if (!out.includes(inline)) throw new Error(`${page}: no <meta charset="utf-8" /> to put the inline script after`);
    writeFileSync(page, out);
    return { bytes: Buffer.byteLength(out) };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bytes } = await prerender(process.argv[2] ?? 'dist');
  console.log(
    `Prerendered the dashboard's default view into ${process.argv[2] ?? 'dist'}/index.html (${bytes} bytes).`,
  );
}
