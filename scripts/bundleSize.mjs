import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[]; src?: string }>} Manifest */

/**
 * Vite's build manifest: one entry per chunk, with its static imports. The embed page is built on
 * its own (vite.embed.config.ts) and writes `manifest-embed.json` beside the dashboard's.
 * @param {string} distDir
 * @param {string} [file]
 * @returns {Manifest}
 */
export function readManifest(distDir, file = 'manifest.json') {
  return JSON.parse(readFileSync(join(distDir, '.vite', file), 'utf8'));
}

/**
 * The manifest keys of a chunk and its static imports, transitively.
 * @param {Manifest} manifest
 * @param {string} key
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function closureKeys(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) closureKeys(manifest, imported, seen);
  return seen;
}

/**
 * The JS and CSS files of a set of chunks.
 * @param {Manifest} manifest
 * @param {Iterable<string>} keys
 * @returns {{ js: string[]; css: string[] }}
 */
function filesOf(manifest, keys) {
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  return { js: [...js], css: [...css] };
}

/**
 * The files an entry needs before it runs: the entry and its static imports, transitively.
 * @param {Manifest} manifest
 * @param {string} entryKey
 * @returns {{ js: string[]; css: string[] }}
 */
export function staticClosure(manifest, entryKey) {
  return filesOf(manifest, closureKeys(manifest, entryKey));
}

/**
 * What an entry needs to show each view it loads on demand (an embed page loads its one panel with
 * `import()`): for each dynamic import reachable from the entry's static closure, the entry's files
 * plus that import's own static closure.
 * @param {Manifest} manifest
 * @param {string} entryKey
 * @returns {{ key: string; js: string[]; css: string[] }[]}
 */
export function onDemandClosures(manifest, entryKey) {
  const base = closureKeys(manifest, entryKey);
  const dynamic = new Set([...base].flatMap((key) => manifest[key]?.dynamicImports ?? []));
  return [...dynamic].sort().map((key) => ({
    key,
    ...filesOf(manifest, closureKeys(manifest, key, new Set(base))),
  }));
}

/**
 * Gzip (level 9) size of files in the build, summed.
 * @param {string} distDir
 * @param {string[]} files
 */
export function gzipBytes(distDir, files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
}

/**
 * Every JS and CSS file of the build, on-demand chunks included, as listed in the manifest.
 * @param {Manifest} manifest
 * @returns {{ js: string[]; css: string[] }}
 */
export function allFiles(manifest) {
  /** @type {Set<string>} */
  const files = new Set();
  for (const chunk of Object.values(manifest)) {
    files.add(chunk.file);
    for (const file of chunk.css ?? []) files.add(file);
  }
  const all = [...files].sort();
  return { js: all.filter((f) => f.endsWith('.js')), css: all.filter((f) => f.endsWith('.css')) };
}

/**
 * The manifest keys of the embed pages' entries (`embed.html`, or `embed-*.html` should there be several).
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function embedEntries(manifest) {
  return Object.keys(manifest)
    .filter((key) => manifest[key]?.isEntry && /(^|\/)embed[\w-]*\.html$/.test(key))
    .sort();
}
