import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';
import packageJson from 'virtual:datapackage-embed';
import { readDataPackage } from './lib/data/dataPackage';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { WindowedData } from './lib/state/windowedData.svelte';
import { parseView } from './lib/state/urlCodec';
import { readEmbedLink, PANEL_RESOURCES, UNUSED_IN_EMBED } from './lib/state/embedParams';
import { localToday } from './lib/data/serviceSpan';

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
const { panel, asked, unused } = readEmbedLink(window.location.search);
// The deck and slide are the page's, not a view's: said once, by readEmbedLink, as not used here.
const { view, invalid } = parseView(window.location.search, ['panel', ...UNUSED_IN_EMBED]);
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
    invalid: [...invalid, ...unused],
  },
});
if (panel) void store.load(document.baseURI, fetch, PANEL_RESOURCES[panel]);
