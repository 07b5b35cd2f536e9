import { andList, periodMidpoint, periodSpan, yearRangesText } from '../data/period';
import type { TradeRow } from '../data/rows';
import { missingYears, tradeSeries, type TradeSeries } from '../data/tradeSeries';
import { formatUsd, formatUsdExact, qualifierPrefix, SOURCE_KIND_TEXT as KIND_LABELS } from './format';
import { dodge, type ChartMark } from './marks';
import { summariseSeries } from './summarise';
import { datasetLabel, flowLabel, tradeColor } from './tradeEncoding';
import { oncePerObject } from '../data/memo';
import { compareCodeUnits } from '../data/compareText';
import { STATISTICAL_DATASETS } from '../data/tradeViews';

const PERIOD_LABELS = {
  'calendar-year': 'calendar year',
  'fiscal-year': "Pakistan's fiscal year (July–June)",
  'partial-year': 'part of a year',
} as const;

/** 'about US$ 6,000,000' / 'more than …' / 'US$ …', as the source qualifies it. */
export function qualifiedUsd(row: Pick<TradeRow, 'valueUsd' | 'qualifier'>): string {
  return `${qualifierPrefix(row.qualifier)}${formatUsdExact(row.valueUsd)}`;
}

/**
 * The mark for one trade row: a point for a calendar year, a span over a fiscal or partial year.
 * Built once per row (a row never changes): a window change reuses the marks it keeps.
 */
export const tradeMark = oncePerObject(buildTradeMark);

function buildTradeMark(row: TradeRow): ChartMark | null {
  const x = periodMidpoint(row);
  const span = periodSpan(row);
  if (x === null || span === null || !(row.valueUsd > 0)) return null;
  const isSpan = row.periodType !== 'calendar-year';
  const source = row.sourceNames.join('; ');
  return {
    id: row.id,
    x,
    ...(isSpan ? { x0: span.start, x1: span.end, spanLabel: row.periodLabel } : {}),
    y: row.valueUsd,
    color: tradeColor(row),
    hollow: row.sourceKind !== 'official-statistics',
    dashed: row.qualifier === 'approximate',
    shape: isSpan
      ? 'span'
      : row.qualifier === 'lower-bound'
        ? 'triangle'
        : row.flow === 'turnover' || row.sourceKind !== 'official-statistics'
          ? 'diamond'
          : seriesShape(row),
    label: `${flowLabel(row)}, ${row.periodLabel}: ${qualifiedUsd(row)}. Reported by ${row.reporter}; ${datasetLabel(row.dataset)}; ${KIND_LABELS[row.sourceKind]}. Source: ${source}.`,
    tooltip: {
      title: `${flowLabel(row)}, ${row.periodLabel}`,
      rows: [
        ['Value', qualifiedUsd(row)],
        ['Period', `${row.periodLabel} (${PERIOD_LABELS[row.periodType]})`],
        ['Reporter', row.reporter],
        ['Dataset', datasetLabel(row.dataset)],
        ['Valuation', row.valuation],
        ['Kind', KIND_LABELS[row.sourceKind]],
        ['Row id', row.id],
      ],
      sourceNames: row.sourceNames,
      sourceUrls: row.sourceUrls,
      note: row.note,
    },
  };
}

/** Marks for the rows; only markers that share a period are moved apart (points on lines stay put). */
export function tradeMarks(rows: readonly TradeRow[]): ChartMark[] {
  const onLines = new Set(tradeSeries(rows).series.flatMap((s) => s.rows.map((r) => r.id)));
  const marks = rows.map(tradeMark).filter((m): m is ChartMark => m !== null);
  return dodge(marks, 8, (m) => !onLines.has(m.id));
}

/** Line points of each gap-free segment of each series. */
export function seriesLines(
  series: readonly TradeSeries[],
): { key: string; seriesKey: string; dataset: string; color: string; points: { x: number; y: number }[] }[] {
  return series.flatMap((s) =>
    s.segments.map((segment, i) => ({
      key: `${s.key}:${i}`,
      seriesKey: s.key,
      dataset: s.dataset,
      color: tradeColor(s),
      points: segment.flatMap((r) => {
        const x = periodMidpoint(r);
        return x === null || !(r.valueUsd > 0) ? [] : [{ x, y: r.valueUsd }];
      }),
    })),
  );
}

/**
 * A series' points: circles for exports, squares for imports. With colour, a second way to tell the
 * lines apart (the two sides of a flow in the mirror view, one reporter's exports and imports), for
 * readers who cannot tell the colours apart.
 */
export function seriesShape(s: Pick<TradeSeries, 'flow'>): 'circle' | 'square' {
  return s.flow === 'import' ? 'square' : 'circle';
}

export function seriesName(s: Pick<TradeSeries, 'reporter' | 'flow' | 'dataset'>): string {
  const partner = s.reporter === 'Pakistan' ? 'Azerbaijan' : 'Pakistan';
  const what =
    s.flow === 'export' ? `exports to ${partner}` : s.flow === 'import' ? `imports from ${partner}` : 'turnover';
  return `${s.reporter}-reported ${what} (${datasetLabel(s.dataset)})`;
}

/** '1994', '1994 and 2010–2012': the years inside a series with no figure, or '' when none. */
export function gapYears(s: Pick<TradeSeries, 'rows'>): string {
  return yearRangesText(missingYears(s));
}

export function seriesSummary(s: TradeSeries): string {
  const gaps = gapYears(s);
  return `${summariseSeries(
    seriesName(s),
    s.rows.map((r) => ({ label: r.periodLabel, value: r.valueUsd })),
    formatUsd,
  )}${gaps ? `; no figure for ${gaps}` : ''}`;
}

/**
 * The series of the view whose lines break inside the window, each with its missing years, in words:
 * the break is a year the dataset gives no figure for, never drawn across or filled in.
 */
export function seriesGapsNote(series: readonly TradeSeries[]): string {
  const parts = series.flatMap((s) => {
    const gaps = gapYears(s);
    return gaps ? [`${seriesName(s)}: ${gaps}`] : [];
  });
  return parts.length === 0 ? '' : `A break in a line is a year with no figure in that series: ${parts.join('; ')}.`;
}

const byPeriod = (a: TradeRow, b: TradeRow) => compareCodeUnits(a.periodStart, b.periodStart);

/**
 * The periods for which published totals (statements, press) of one reporter and flow differ ('2020
 * and 2022'), in words: each is drawn with its own source, and this says so, as the tourism panel
 * says its conflicts. Statistical series are one figure a year each and are not compared here.
 * Figures whose note marks them contested (it starts "Contested:") are compared within their year,
 * whatever part of it they cover: 2023's total against its January–October figure.
 */
export function differingTotals(rows: readonly TradeRow[]): string {
  const groups = new Map<string, TradeRow[]>();
  for (const r of rows) {
    if (STATISTICAL_DATASETS.includes(r.dataset)) continue;
    const period = r.note.startsWith('Contested:') ? r.periodEnd.slice(0, 4) : `${r.periodStart}/${r.periodEnd}`;
    const key = `${period} ${r.flow} ${r.reporter}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const differ = [...groups].filter(([, g]) => new Set(g.map((r) => `${r.qualifier} ${r.valueUsd}`)).size > 1);
  return andList([
    ...new Set(
      differ
        .sort(([, a], [, b]) => byPeriod(a[0] as TradeRow, b[0] as TradeRow))
        .map(([key, g]) => (key.includes('/') ? (g[0] as TradeRow).periodLabel : key.slice(0, 4))),
    ),
  ]);
}
