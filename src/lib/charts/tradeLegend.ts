import type { TradeRow } from '../data/rows';
import type { TradeSeries } from '../data/tradeSeries';
import type { LegendItem } from './marks';
import { seriesName, seriesShape } from './tradeMarks';
import { tradeColor, tradeDash } from './tradeEncoding';

/** Legend entries for what is on screen: each series, then the mark kinds that occur. */
export function tradeLegend(
  split: { series: TradeSeries[]; markers: TradeRow[] },
  rows: readonly TradeRow[],
  mirror: boolean,
): LegendItem[] {
  const items: LegendItem[] = split.series.map((s) => ({
    label: seriesName(s),
    color: tradeColor(s),
    line: tradeDash(s.dataset) ? 'dashed' : 'solid',
    shape: seriesShape(s),
  }));
  const neutral = 'var(--text)';
  if (mirror) items.push({ label: 'Gap between the two reporters', color: 'var(--c-gap)', band: true });
  items.push({
    label: 'Filled: official statistics (circle: exports; square: imports)',
    color: neutral,
    shape: 'circle',
  });
  if (rows.some((r) => r.sourceKind !== 'official-statistics' && r.periodType === 'calendar-year')) {
    items.push({
      label: 'Hollow diamond: official statement or press report (not joined into lines)',
      color: neutral,
      shape: 'diamond',
      hollow: true,
    });
  }
  if (rows.some((r) => r.flow === 'turnover')) {
    items.push({ label: 'Grey: two-way turnover total', color: 'var(--c-turnover)', shape: 'diamond', hollow: true });
  }
  if (rows.some((r) => r.periodType !== 'calendar-year')) {
    items.push({
      label: 'Bar: a fiscal year (July–June) or part of a year, drawn over the months it covers',
      color: neutral,
      shape: 'span',
      hollow: true,
    });
  }
  if (rows.some((r) => r.qualifier === 'approximate')) {
    items.push({
      label: 'Dotted outline: approximate ("about")',
      color: neutral,
      shape: 'diamond',
      hollow: true,
      dashed: true,
    });
  }
  return items;
}
