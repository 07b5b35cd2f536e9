import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';
import packageJson from 'virtual:datapackage';
import { readDataPackage } from './lib/data/dataPackage';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { WindowedData } from './lib/state/windowedData.svelte';
import { parseView } from './lib/state/urlCodec';
import { readEmbedLink, PANEL_RESOURCES } from './lib/state/embedParams';
import { localToday } from './lib/data/serviceSpan';

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
const { panel, asked, unused } = readEmbedLink(window.location.search);
const { view, invalid } = parseView(window.location.search, ['panel']);
// The deck and slide are said once, as not used here (a deck it could not read, too).
const unusedNames = new Set(unused.map((p) => p.param));
const dashboard = new Dashboard();
// An embed shows one view: a deck or slide in its link is named as not used (parseView reads no
// deck), and kept out of its link to the full view.
dashboard.apply(view);
const store = new DataStore(readDataPackage(packageJson));
const today = localToday();
mount(EmbedApp, {
  target,
  props: {
    panel,
    asked,
    dashboard,
    store,
    windowed: new WindowedData(store, dashboard, today),
    today,
    invalid: [...invalid.filter((p) => !unusedNames.has(p.param)), ...unused],
  },
});
if (panel) void store.load(document.baseURI, fetch, PANEL_RESOURCES[panel]);
