import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import packageJson from 'virtual:datapackage';
import { readDataPackage } from './lib/data/dataPackage';
import { RESOURCE_NAMES, type ResourceName } from './lib/data/schema';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { PageData } from './lib/state/pageData.svelte';
import { PageSummary } from './lib/state/pageSummary.svelte';
import { syncWithUrl } from './lib/state/urlSync.svelte';
import { localToday } from './lib/data/serviceSpan';
import { whileHydrating } from './lib/ui/hydration';
import { followHash } from './lib/ui/followHash';
import { INTERACTIVE_MARK } from './lib/charts/firstChartMark';

/**
 * How long a prerendered page waits for its files before it is hydrated with whatever has been read:
 * the files of the charts it shows drawn (trade and tourism; the other panels' code loads after) for
 * as long as a slow network takes, within reason, as hydrating without one would replace its drawn
 * chart with "Loading"; the others briefly, as their panels only change from one status to another.
 */
const DRAWN_FILES: ResourceName[] = ['trade', 'tourism'];
const DRAWN_WAIT_MS = 30_000;
const OTHERS_WAIT_MS = 4000;

/** The app handles input from here on: marked for the benchmark, and stated on the page for tests. */
function ready() {
  performance.mark(INTERACTIVE_MARK);
  document.documentElement.dataset.app = 'ready';
}

/** Resolves when `work` does, or after `ms`. */
const within = (work: Promise<void>, ms: number) =>
  Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const dashboard = new Dashboard();
const today = localToday();
const store = new DataStore(readDataPackage(packageJson));
const { invalid } = syncWithUrl(dashboard);
const windowed = new PageData(store, dashboard, today);
const props = {
  dashboard,
  store,
  windowed,
  summary: new PageSummary(store, dashboard, windowed),
  invalidParams: invalid,
  today,
};

// The build prerenders the default view (scripts/prerender.mjs). Shown as it is, it is already drawn:
// every file is read (the page requests them as it starts the app) before it is hydrated, so the app
// starts from the state it was rendered from and keeps its marks. A permalink (any query) asks for another view: the
// prerendered one, hidden by the page's inline script, is replaced, and like any page that was not
// prerendered (the dev server's) drawn here as its files arrive.
if (target.hasAttribute('data-prerendered') && !window.location.search) {
  const now = () => Promise.resolve();
  const others = RESOURCE_NAMES.filter((name) => !DRAWN_FILES.includes(name));
  void Promise.allSettled([
    within(store.load(document.baseURI, fetch, DRAWN_FILES, now), DRAWN_WAIT_MS),
    within(store.load(document.baseURI, fetch, others, now), OTHERS_WAIT_MS),
  ])
    .then(() => whileHydrating(() => hydrate(App, { target, props })))
    // Even if hydration failed, the page's inline script stops holding the controls.
    .finally(() => ready());
} else {
  target.replaceChildren();
  target.removeAttribute('data-prerendered');
  // Fetches start before the first render (the page itself preloads the files: see scripts/prerender.mjs).
  const loaded = store.load(document.baseURI);
  mount(App, { target, props });
  ready();
  // A permalink's #panel: the panel is drawn only now.
  followHash(loaded);
}
