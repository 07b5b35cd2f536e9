import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';

/**
 * The embed page is built on its own, after the dashboard, into the same dist/: a separate build
 * chunks it for itself, so neither page pays for code split out to share with the other.
 */
export default mergeConfig(
  base,
  defineConfig({
    build: {
      emptyOutDir: false,
      // No preload helper (about 0.7 KB gzip): the panel's chunk names its own imports, fetched
      // once it arrives, one round trip later (the page's fetches of its data files are not held).
      modulePreload: false,
      manifest: '.vite/manifest-embed.json',
      rollupOptions: { input: { embed: 'embed.html' } },
    },
  }),
);
