import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { dataPackagePlugin } from './scripts/dataPackagePlugin.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of any static host.
  base: './',
  // The dashboard's first chart is trade: its file is preloaded with the page.
  plugins: [svelte(), dataPackagePlugin('data', { 'index.html': ['trade.csv'] })],
  build: {
    manifest: true,
    target: 'es2022',
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
