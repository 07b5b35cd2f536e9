import { periodMidpoint } from './period';
import type { Country, TradeRow } from './rows';
import { compareCodeUnits } from './compareText';

/** Which figures the trade panel shows: everything, one reporter's, or the mirror comparison. */
export const TRADE_VIEWS = ['all', 'pakistan', 'azerbaijan', 'mirror'] as const;
export type TradeView = (typeof TRADE_VIEWS)[number];

/** The country whose figures a one-reporter view shows. */
export function viewReporter(view: 'pakistan' | 'azerbaijan'): Country {
  return view === 'pakistan' ? 'Pakistan' : 'Azerbaijan';
}

export function rowsForView<T extends { reporter: Country }>(rows: readonly T[], view: Exclude<TradeView, 'mirror'>): T[] {
  if (view === 'all') return [...rows];
  const reporter = viewReporter(view);
  return rows.filter((r) => r.reporter === reporter);
}

/** What each view shows of the window's trade figures, as the panel's row count says it. */
export const TRADE_VIEW_SCOPE: Record<TradeView, string> = {
  all: 'every figure',
  pakistan: 'Pakistan-reported figures',
  azerbaijan: 'Azerbaijan-reported figures',
  mirror:
    'IMF DOTS yearly exports and imports of both sides; UN Comtrade, part-year and published totals are in the other views',
};

/** The statistical series (never merged with each other, or with published totals). */
export const STATISTICAL_DATASETS: readonly string[] = ['imf-dots', 'un-comtrade'];

/** The last year any statistical series has a figure for (null when none has one): what the panel says of later years. */
export function lastStatisticsYear(rows: readonly TradeRow[]): number | null {
  const years = rows.filter((r) => STATISTICAL_DATASETS.includes(r.dataset)).map((r) => Number(r.periodEnd.slice(0, 4)));
  return years.length > 0 ? Math.max(...years) : null;
}

/** The dataset both reporters publish, so the two sides of a flow are compared like with like. */
export const MIRROR_DATASET = 'imf-dots';

/**
 * One direction of goods (from `exporter` to `importer`): what the exporter reports exporting and
 * what the importer reports importing, each its own series, and the years both report.
 */
export interface MirrorPair {
  exporter: Country;
  importer: Country;
  exports: TradeRow[];
  imports: TradeRow[];
  /** Runs of consecutive years where both sides have a figure: where the gap can be shaded. */
  bothReported: { year: number; exportRow: TradeRow; importRow: TradeRow }[][];
}

function yearOf(row: TradeRow): number {
  return Number(row.periodStart.slice(0, 4));
}

function calendarRows(rows: readonly TradeRow[], reporter: Country, flow: 'export' | 'import'): TradeRow[] {
  return rows
    .filter(
      (r) =>
        r.dataset === MIRROR_DATASET && r.periodType === 'calendar-year' && r.reporter === reporter && r.flow === flow,
    )
    .sort((a, b) => compareCodeUnits(a.periodStart, b.periodStart));
}

export function mirrorPair(rows: readonly TradeRow[], exporter: Country): MirrorPair {
  const importer: Country = exporter === 'Pakistan' ? 'Azerbaijan' : 'Pakistan';
  const exports = calendarRows(rows, exporter, 'export');
  const imports = calendarRows(rows, importer, 'import');
  const importsByYear = new Map(imports.map((r) => [yearOf(r), r]));
  const bothReported: MirrorPair['bothReported'] = [];
  let run: MirrorPair['bothReported'][number] = [];
  for (const exportRow of exports) {
    const year = yearOf(exportRow);
    const importRow = importsByYear.get(year);
    const previous = run[run.length - 1];
    if (!importRow || (previous && previous.year !== year - 1)) {
      if (run.length) bothReported.push(run);
      run = [];
    }
    if (importRow) run.push({ year, exportRow, importRow });
  }
  if (run.length) bothReported.push(run);
  return { exporter, importer, exports, imports, bothReported };
}

/**
 * The years both sides report figures at least `factor` times apart, either side the larger: a
 * comparison of the two published figures, said in words, never a figure of its own.
 */
export function farApartYears(pair: MirrorPair, factor = 10): number[] {
  return pair.bothReported
    .flat()
    .filter(({ exportRow: { valueUsd: a }, importRow: { valueUsd: b } }) => Math.max(a, b) >= factor * Math.min(a, b) && a + b > 0)
    .map((p) => p.year);
}

/** Both directions: Pakistan's goods to Azerbaijan, and Azerbaijan's goods to Pakistan. */
export function mirrorPairs(rows: readonly TradeRow[]): MirrorPair[] {
  return [mirrorPair(rows, 'Pakistan'), mirrorPair(rows, 'Azerbaijan')];
}

/** Band points (time position, the two values) for one run of years both sides report. */
export function bandPoints(run: MirrorPair['bothReported'][number]): { x: number; y0: number; y1: number }[] {
  return run.flatMap(({ exportRow, importRow }) => {
    const x = periodMidpoint(exportRow);
    return x === null ? [] : [{ x, y0: importRow.valueUsd, y1: exportRow.valueUsd }];
  });
}
