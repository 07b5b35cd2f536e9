import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No disclose-version module: it only tells the page which Svelte it runs (window.__svelte), about 100 B a page.
  compilerOptions: { runes: true, discloseVersion: false },
};
