import { toCsv } from '../data/csvOut';
import type { SourceLink } from '../data/sourceLinks';
import type { ValidRecord } from '../data/validate';
import { viewFileBase } from './download';

/** Everything a researcher needs later to tell exactly what a download holds. */
export interface ViewMetadata {
  dataset: string;
  version: string;
  licence: string;
  panel: string;
  file: string;
  window: { from: number; to: number };
  filters: Record<string, string>;
  permalink: string;
  downloadedAt: string;
  rowCount: number;
  rowIds: string[];
  /** Rows of other files the panel shows too (the product-level figures under the trade chart), each its own CSV. */
  alsoShown: AlsoShown[];
  /** The sources of every row in the download. */
  sources: SourceLink[];
}

export interface AlsoShown {
  file: string;
  /** Its CSV's name in the zip. */
  csv: string;
  rowCount: number;
  rowIds: string[];
}

/** The published cells of exactly the rows with these ids, in file order, as CSV (all columns). */
export function viewCsv(records: readonly ValidRecord[], columns: readonly string[], ids: ReadonlySet<string>): string {
  return toCsv(
    columns,
    records.filter((r) => ids.has(r.raw.id ?? '')).map((r) => r.raw),
  );
}

/** The rows of one published file that a view shows: the file's records and columns, the rows' ids. */
export interface ViewPart {
  file: string;
  records: readonly ValidRecord[];
  columns: readonly string[];
  rowIds: string[];
}

/** What a view's metadata says besides its files and rows (viewFiles adds those). */
export type ViewFacts = Omit<ViewMetadata, 'file' | 'rowCount' | 'rowIds' | 'alsoShown'>;

/**
 * The files of a view's download, by name: the CSV of the panel's own rows, one CSV for the rows of
 * each other file it shows (`also`: the product-level figures under the trade chart), and the
 * metadata JSON that names them all.
 */
export function viewFiles(main: ViewPart, also: readonly ViewPart[], facts: ViewFacts, qualifier: string) {
  const base = viewFileBase(facts.panel, facts.window.from, facts.window.to, qualifier);
  const csvName = (file: string) => `${base}_${file.replace(/\.csv$/i, '').replace(/[^a-zA-Z0-9._-]+/g, '-')}.csv`;
  const shownAlso = also.filter((part) => part.rowIds.length > 0);
  const meta: ViewMetadata = {
    ...facts,
    file: main.file,
    rowCount: main.rowIds.length,
    rowIds: main.rowIds,
    alsoShown: shownAlso.map((part) => ({
      file: part.file,
      csv: csvName(part.file),
      rowCount: part.rowIds.length,
      rowIds: part.rowIds,
    })),
  };
  const files: Record<string, string> = {
    [`${base}.csv`]: viewCsv(main.records, main.columns, new Set(main.rowIds)),
  };
  for (const part of shownAlso) files[csvName(part.file)] = viewCsv(part.records, part.columns, new Set(part.rowIds));
  files[`${base}_metadata.json`] = `${JSON.stringify(meta, null, 2)}\n`;
  return { base, files };
}
