import { strToU8, zipSync } from 'fflate';
import { downloadBlob } from './download';
import { viewCsv, viewFileBase, type ViewMetadata } from './viewData';
import type { ValidRecord } from '../data/validate';

/**
 * Downloads the rows of a view as a zip: the CSV (every column, sources included) and a JSON file
 * with the view's metadata (window, filters, permalink, data version, sources, licence, time).
 * Loaded on demand with fflate, so none of it weighs on the first chart.
 */
export function downloadView(
  records: readonly ValidRecord[],
  columns: readonly string[],
  meta: ViewMetadata,
  qualifier: string,
): void {
  const base = viewFileBase(meta.panel, meta.window.from, meta.window.to, qualifier);
  const csv = viewCsv(records, columns, new Set(meta.rowIds));
  const zip = zipSync({
    [`${base}.csv`]: strToU8(csv),
    [`${base}_metadata.json`]: strToU8(`${JSON.stringify(meta, null, 2)}\n`),
  });
  downloadBlob(new Blob([zip], { type: 'application/zip' }), `${base}.zip`);
}

/** The whole data package (every CSV, datapackage.json and README.md) as one zip. */
export async function downloadPackage(paths: readonly string[], base: string, version: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  for (const path of [...paths, 'datapackage.json', 'README.md']) {
    const response = await fetch(new URL(`data/${path}`, base));
    if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status})`);
    files[`pak-aze-ties-data-${version}/${path}`] = new Uint8Array(await response.arrayBuffer());
  }
  downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), `pak-aze-ties-data-${version}.zip`);
}
