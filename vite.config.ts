import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataPackagePlugin } from './scripts/dataPackagePlugin.ts';
import { d3TrimPlugin } from './scripts/d3TrimPlugin.ts';
import { papaTrimPlugin } from './scripts/papaTrimPlugin.ts';
import { leafletTrimPlugin } from './scripts/leafletTrimPlugin.ts';
import { preloadHelperPlugin } from './scripts/preloadHelperPlugin.ts';

/**
 * The dashboard is prerendered (scripts/prerender.mjs) and hydrated once every file is read: the page
 * preloads them all, so they arrive while its scripts load (the prerendered page's inline script
 * requests them as it starts the app, or at once for a permalink). Trade first: its chart is the first
 * drawn when the page is not prerendered (a permalink).
 */
const PRELOADED = ['trade.csv', 'tourism.csv', 'flights.csv', 'airports.csv', 'events.csv', 'trade_products.csv'];

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of any static host.
  base: './',
  // Leaflet's ES module, not its UMD file (package.json's "main"): the bundler can leave out what the map
  // never calls (its factories), and scripts/leafletTrimPlugin.ts cuts what the map never uses (popups,
  // tooltips, controls, overlays, other renderers, shapes and CRSs).
  resolve: { alias: { leaflet: 'leaflet/dist/leaflet-src.esm.js' } },
  // D3, PapaParse and Leaflet code the dashboard never runs is left out of the build: see
  // scripts/d3TrimPlugin.ts, scripts/papaTrimPlugin.ts and scripts/leafletTrimPlugin.ts.
  plugins: [
    svelte(),
    dataPackagePlugin('data', { 'index.html': PRELOADED }),
    d3TrimPlugin(),
    papaTrimPlugin(),
    leafletTrimPlugin(),
    preloadHelperPlugin(),
  ],
  build: {
    manifest: true,
    target: 'es2022',
    // No modulepreload polyfill in the entry: Chromium, Firefox 115+ and Safari 17+ preload modules
    // themselves; older browsers still run the page, only without that head start.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Small modules that the entry shares with chunks loaded on demand: left to itself, Rolldown
        // gives each a chunk of its own, so a page fetched six files before its first chart (an
        // embed up to eleven before its panel), each a gzip stream of its own. Together in one
        // chunk they weigh less (dashboard at start -620 B, each embed -500 to -800 B). The size
        // test checks that the dashboard loads no more than this chunk beside its entry.
        codeSplitting: {
          groups: [
            {
              name: 'common',
              test: /\/src\/lib\/(data\/(period|compareText|memo|tradeViews|rows|sourceLinks|viewRows)|charts\/format)\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
