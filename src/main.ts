import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import packageJson from 'virtual:datapackage';
import { readDataPackage } from './lib/data/dataPackage';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { WindowedData } from './lib/state/windowedData.svelte';
import { PageSummary } from './lib/state/pageSummary.svelte';
import { syncWithUrl } from './lib/state/urlSync.svelte';
import { localToday } from './lib/data/serviceSpan';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const dashboard = new Dashboard();
const today = localToday();
const store = new DataStore(readDataPackage(packageJson));
const { invalid } = syncWithUrl(dashboard);
// Fetches start before the first render (the page itself preloads trade.csv: see scripts/dataPackagePlugin.ts).
void store.load(document.baseURI);
const windowed = new WindowedData(store, dashboard, today);
mount(App, {
  target,
  props: {
    dashboard,
    store,
    windowed,
    summary: new PageSummary(store, dashboard, windowed),
    invalidParams: invalid,
    today,
  },
});
