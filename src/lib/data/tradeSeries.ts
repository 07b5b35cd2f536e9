import { periodMidpoint, yearGaps } from './period';
import type { TradeRow } from './rows';
import { compareCodeUnits } from './compareText';
import { oncePerObject } from './memo';

/** One statistical series: a reporter's flow in one dataset. Never merged across datasets. */
export interface TradeSeries {
  key: string;
  reporter: TradeRow['reporter'];
  flow: TradeRow['flow'];
  dataset: string;
  /** Consecutive calendar years; a missing year starts a new segment, so no line crosses a gap. */
  segments: TradeRow[][];
  rows: TradeRow[];
}

export function seriesKey(row: Pick<TradeRow, 'reporter' | 'flow' | 'dataset'>): string {
  return `${row.reporter}:${row.flow}:${row.dataset}`;
}

function yearOf(row: TradeRow): number {
  return Number(row.periodStart.slice(0, 4));
}

/** Splits rows (sorted by year) into runs of consecutive years. */
export function splitAtGaps(rows: readonly TradeRow[]): TradeRow[][] {
  const segments: TradeRow[][] = [];
  let current: TradeRow[] = [];
  for (const row of rows) {
    const previous = current[current.length - 1];
    if (previous && yearOf(row) !== yearOf(previous) + 1) {
      segments.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * Calendar-year flows from statistical datasets become line series (one per reporter × flow ×
 * dataset). Everything else (turnover totals, fiscal-year and partial-year figures, press and
 * statement figures) stays as separate markers: never joined into a line.
 *
 * Worked out once per array of rows: the panel, its chart and the chart's marks each ask for the
 * same window's rows at a window change. The result is shared, never to be changed by a caller.
 */
export const tradeSeries = oncePerObject(splitIntoSeries);

function splitIntoSeries(rows: readonly TradeRow[]): { series: TradeSeries[]; markers: TradeRow[] } {
  const groups = new Map<string, TradeRow[]>();
  const markers: TradeRow[] = [];
  for (const row of rows) {
    if (row.sourceKind !== 'official-statistics' || row.periodType !== 'calendar-year' || row.flow === 'turnover') {
      markers.push(row);
      continue;
    }
    const key = seriesKey(row);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const series = [...groups.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([key, group]) => {
      const sorted = [...group].sort((a, b) => compareCodeUnits(a.periodStart, b.periodStart));
      const first = sorted[0];
      return {
        key,
        reporter: first?.reporter ?? 'Pakistan',
        flow: first?.flow ?? 'export',
        dataset: first?.dataset ?? '',
        segments: splitAtGaps(sorted),
        rows: sorted,
      };
    });
  markers.sort((a, b) => (periodMidpoint(a) ?? 0) - (periodMidpoint(b) ?? 0) || compareCodeUnits(a.id, b.id));
  return { series, markers };
}

/** The years inside a series with no figure (where its line breaks), as ranges; none before its first or after its last. */
export function missingYears(series: Pick<TradeSeries, 'rows'>): [number, number][] {
  return yearGaps(series.rows.map(yearOf));
}
