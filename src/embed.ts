import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';
import packageJson from 'virtual:datapackage';
import { readDataPackage } from './lib/data/dataPackage';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { WindowedData } from './lib/state/windowedData.svelte';
import { parseView } from './lib/state/urlCodec';
import { embedPanel, PANEL_RESOURCES } from './lib/state/embedParams';
import { localToday } from './lib/data/serviceSpan';

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
const panel = embedPanel(window.location.search);
const { view, invalid } = parseView(window.location.search, ['panel']);
const dashboard = new Dashboard();
dashboard.apply(view);
const store = new DataStore(readDataPackage(packageJson));
const today = localToday();
mount(EmbedApp, {
  target,
  props: { panel, dashboard, store, windowed: new WindowedData(store, dashboard, today), today, invalid },
});
if (panel) void store.load(document.baseURI, fetch, PANEL_RESOURCES[panel]);
