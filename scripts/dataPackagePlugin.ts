import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Keys the app never reads (prose, and the package's licence, profile, format, media type and
 * encoding, which describe the published files): left out of the bundled copy to keep the page light.
 */
const UNREAD_KEYS = new Set([
  'title',
  'description',
  'sources',
  'contributors',
  'keywords',
  'licenses',
  'profile',
  'format',
  'mediatype',
  'encoding',
  'created',
]);

/** datapackage.json without the keys the app never reads: what its validator reads, bundled as a module. */
export function schemaOnly(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(schemaOnly);
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(
    Object.entries(json)
      .filter(([key]) => !UNREAD_KEYS.has(key))
      .map(([key, value]) => [key, schemaOnly(value)]),
  );
}

/**
 * Resources no embedded panel fetches (src/lib/state/embedParams.ts's PANEL_RESOURCES; a unit test
 * holds the two together): the product-level figures, listed only under the dashboard's trade chart.
 */
export const NOT_EMBEDDED = new Set(['trade_products']);

/**
 * The copy an embed bundles (`virtual:datapackage-embed`): schemaOnly's, without the resources no
 * embedded panel fetches (an embed looks up only its panel's files) and without the research notes,
 * which only the dashboard's download of the whole package names.
 */
export function embedSchemaOnly(json: unknown): unknown {
  const pkg = schemaOnly(json);
  if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) return pkg;
  const { resources, ...rest } = pkg as Record<string, unknown>;
  delete rest.research_notes;
  if (!Array.isArray(resources)) return { ...rest, resources };
  const embedded = (r: unknown) =>
    !(typeof r === 'object' && r !== null && NOT_EMBEDDED.has(String((r as { name?: unknown }).name)));
  return { ...rest, resources: resources.filter(embedded) };
}

/**
 * What a citation of the package names: its title and the day its version was released. A module of
 * its own (`virtual:datapackage-citation`), so that only the code that cites (the dashboard's panel
 * actions) loads it, not every page that reads the package (an embed).
 */
export function citationFields(json: unknown): { title?: string; created?: string } {
  const { title, created } = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  return {
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof created === 'string' ? { created } : {}),
  };
}

/**
 * The modules the plugin makes of datapackage.json, by id: the copy the app's validator reads, the
 * embed's, and what a citation names (each imported only by the code that reads it).
 */
const COPIES: Record<string, ((json: unknown) => unknown) | undefined> = {
  'virtual:datapackage': schemaOnly,
  'virtual:datapackage-embed': embedSchemaOnly,
  'virtual:datapackage-citation': citationFields,
};

/**
 * Serves the data package (`data/`) at `<base>data/` in dev and copies it into the build,
 * so `data/` stays the one copy of the published files. `preload` names, per HTML page, the data
 * files that page fetches first: each gets a `<link rel="preload" as="fetch">`, so the browser fetches
 * it while the scripts load (the app's own `fetch()` then reuses the response).
 */
export function dataPackagePlugin(dataDir = 'data', preload: Record<string, string[]> = {}): Plugin {
  const root = resolve(dataDir);
  const published = (name: string) => /\.(csv|json|md)$/.test(name);
  return {
    name: 'pak-aze-data-package',
    resolveId(id) {
      return Object.hasOwn(COPIES, id) ? `\0${id}` : null;
    },
    load(id) {
      const copy = id.startsWith('\0') && Object.hasOwn(COPIES, id.slice(1)) ? COPIES[id.slice(1)] : undefined;
      if (!copy) return null;
      const file = join(root, 'datapackage.json');
      this.addWatchFile(file);
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify(copy(json))};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const match = /\/data\/([A-Za-z0-9_.-]+)$/.exec(url.pathname);
        if (!match?.[1] || !published(match[1])) return next();
        try {
          const body = readFileSync(join(root, match[1]));
          const type = match[1].endsWith('.csv')
            ? 'text/csv; charset=utf-8'
            : match[1].endsWith('.json')
              ? 'application/json'
              : 'text/markdown; charset=utf-8';
          res.setHeader('Content-Type', type);
          res.end(body);
        } catch {
          next();
        }
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const page = ctx.path.replace(/^\//, '');
        return (preload[page] ?? []).map((name) => ({
          tag: 'link',
          // Relative, like the app's own data URLs: the build works from any sub-path.
          attrs: { rel: 'preload', href: `data/${name}`, as: 'fetch', type: 'text/csv', crossorigin: 'anonymous' },
          injectTo: 'head-prepend' as const,
        }));
      },
    },
    generateBundle() {
      for (const name of readdirSync(root).filter(published)) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(root, name)) });
      }
    },
  };
}
