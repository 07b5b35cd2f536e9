import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[]; src?: string }>} Manifest */

/**
 * Vite's build manifest: one entry per chunk, with its static imports.
 * @param {string} distDir
 * @returns {Manifest}
 */
export function readManifest(distDir) {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
}

/**
 * The files an entry needs before it runs: the entry and its static imports, transitively.
 * @param {Manifest} manifest
 * @param {string} entryKey
 * @returns {{ js: string[]; css: string[] }}
 */
export function staticClosure(manifest, entryKey) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return { js: [...seen].filter((f) => f.endsWith('.js')), css: [...css] };
}

/**
 * Gzip (level 9) size of files in the build, summed.
 * @param {string} distDir
 * @param {string[]} files
 */
export function gzipBytes(distDir, files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
}
