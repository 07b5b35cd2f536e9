// Build-time only (scripts/prerender.mjs): the dashboard's default view rendered to HTML from the
// data package, so the page shows its charts before its scripts have run. main.ts hydrates it.
import { render } from 'svelte/server';
import App from './App.svelte';
import packageJson from 'virtual:datapackage';
import { readDataPackage } from './lib/data/dataPackage';
import { readFetched } from './lib/data/load';
import { findResource, resourcePath, RESOURCE_NAMES, type ResourceName } from './lib/data/schema';
import { Dashboard } from './lib/state/dashboard.svelte';
import { DataStore } from './lib/state/dataStore.svelte';
import { PageData } from './lib/state/pageData.svelte';
import { PageSummary } from './lib/state/pageSummary.svelte';
import { parseView } from './lib/state/urlCodec';
import type { CalendarDate } from './lib/data/calendarDate';

/** The data package's schema, read once: it names the files and validates them. */
const pkg = readDataPackage(packageJson);

/** Each resource's file under data/, from the data package. */
export const DATA_FILES: Record<ResourceName, string> = Object.fromEntries(
  RESOURCE_NAMES.map((name) => [name, resourcePath(pkg, name)]),
) as Record<ResourceName, string>;

/** The dashboard's default view (no query) as HTML, drawn from the files' texts. */
export function renderDashboard(
  files: Record<ResourceName, string>,
  today: CalendarDate,
): { head: string; body: string } {
  const dashboard = new Dashboard();
  dashboard.apply(parseView('').view);
  const store = new DataStore(pkg);
  for (const name of RESOURCE_NAMES) {
    const resource = findResource(pkg, name);
    if (resource) store.tables[name] = readFetched({ ok: true, text: files[name] }, resource);
  }
  const windowed = new PageData(store, dashboard, today);
  const summary = new PageSummary(store, dashboard, windowed);
  return render(App, { props: { dashboard, store, windowed, summary, invalidParams: [], today } });
}
