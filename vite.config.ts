import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataPackagePlugin } from './scripts/dataPackagePlugin.ts';
import { d3TrimPlugin } from './scripts/d3TrimPlugin.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of any static host.
  base: './',
  // The dashboard's first chart is trade: its file is preloaded with the page.
  // D3 code the charts never run is left out of the build: see scripts/d3TrimPlugin.ts.
  plugins: [svelte(), dataPackagePlugin('data', { 'index.html': ['trade.csv'] }), d3TrimPlugin()],
  build: {
    manifest: true,
    target: 'es2022',
    // No modulepreload polyfill in the entry: Chromium, Firefox 115+ and Safari 17+ preload modules
    // themselves; older browsers still run the page, only without that head start.
    modulePreload: { polyfill: false },
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
