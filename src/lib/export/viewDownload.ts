import { strToU8, zipSync } from 'fflate';
import { downloadBlob } from './download';
import { viewFiles, type ViewFacts, type ViewPart } from './viewData';

/**
 * Downloads the rows of a view as a zip (viewFiles): the CSV of the panel's rows (every column, sources
 * included), a CSV for the rows of each other file it shows, and a JSON file with the view's metadata
 * (window, filters, permalink, data version, sources, licence, time).
 * Loaded on demand with fflate, so none of it weighs on the first chart.
 */
export function downloadView(main: ViewPart, also: readonly ViewPart[], facts: ViewFacts, qualifier: string): void {
  const { base, files } = viewFiles(main, also, facts, qualifier);
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
  downloadBlob(new Blob([zip], { type: 'application/zip' }), `${base}.zip`);
}

/** The whole data package (every CSV and research note named in `paths`, datapackage.json and README.md) as one zip. */
export async function downloadPackage(paths: readonly string[], base: string, version: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  for (const path of [...paths, 'datapackage.json', 'README.md']) {
    const response = await fetch(new URL(`data/${path}`, base));
    if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status})`);
    files[`pak-aze-ties-data-${version}/${path}`] = new Uint8Array(await response.arrayBuffer());
  }
  downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), `pak-aze-ties-data-${version}.zip`);
}
