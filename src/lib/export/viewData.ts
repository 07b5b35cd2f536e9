import { toCsv } from '../data/csvOut';
import type { SourceLink } from '../data/sourceLinks';
import type { ValidRecord } from '../data/validate';

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
  sources: SourceLink[];
}

/** The published cells of exactly the rows with these ids, in file order, as CSV (all columns). */
export function viewCsv(records: readonly ValidRecord[], columns: readonly string[], ids: ReadonlySet<string>): string {
  return toCsv(
    columns,
    records.filter((r) => ids.has(r.raw.id ?? '')).map((r) => r.raw),
  );
}

/** 'pak-aze-trade_2010-2020_mirror': what the file holds, in its name. */
export function viewFileBase(panel: string, from: number, to: number, qualifier: string): string {
  return [`pak-aze-${panel}`, `${from}-${to}`, qualifier]
    .filter(Boolean)
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
}
