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
      manifest: '.vite/manifest-embed.json',
      rollupOptions: { input: { embed: 'embed.html' } },
    },
  }),
);
