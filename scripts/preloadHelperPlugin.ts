import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of the build with, to fetch the chunk's CSS and imports. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * A smaller `__vitePreload` (about 250 B gzip against Vite's 640 B, which every page's entry carries):
 * the same job for the browsers the pages support (modulepreload everywhere, no CSP nonce, a relative
 * base). Before the chunk itself is imported, each of its stylesheets is linked and waited for (a panel
 * never draws unstyled), and each of its own imports is preloaded, once per page. A stylesheet that
 * fails rejects the import, as Vite's does, so the panel's `{:catch}` says so; it is not remembered,
 * so a later try fetches it again.
 */
export const PRELOAD_HELPER = `const seen = {};
export const __vitePreload = (load, deps, base) =>
  Promise.all(
    (deps || []).map((dep) => {
      const href = new URL(dep, base).href;
      const css = href.endsWith('.css');
      if (seen[href]) return seen[href];
      // Linked by the page already: a stylesheet (the prerendered page's inlined one is a disabled link
      // to it, never fetched), or a module.
      if ([...document.querySelectorAll(css ? 'link[rel=stylesheet]' : 'link')].some((l) => l.href === href)) return;
      const link = document.createElement('link');
      link.href = href;
      if (css) {
        link.rel = 'stylesheet';
        seen[href] = new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = () => {
            delete seen[href];
            link.remove();
            reject(new Error('Unable to preload CSS for ' + href));
          };
        });
      } else {
        // As the module's own import will fetch it: CORS, same-origin credentials.
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        seen[href] = 1;
      }
      document.head.append(link);
      return seen[href];
    }),
  ).then(() => load());
`;

/** Gives the build {@link PRELOAD_HELPER} in place of Vite's own helper module. */
export function preloadHelperPlugin(): Plugin {
  return {
    name: 'pak-aze-preload-helper',
    enforce: 'pre',
    apply: 'build',
    // Vite passes the importer's URL, which the helper resolves each file against, only for a relative base.
    configResolved(config) {
      if (config.base !== './' && config.base !== '')
        throw new Error(`preloadHelperPlugin needs a relative base ('./'), not ${JSON.stringify(config.base)}`);
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? PRELOAD_HELPER : null;
    },
  };
}
