import { periodMidpoint, periodSpan, yearGaps, yearRangesText, yearSpan } from '../data/period';
import type { TourismRow } from '../data/rows';
import { counted, formatWhole, qualifierPrefix, SOURCE_KIND_TEXT as KIND } from './format';
import { dodge, type ChartMark, type LegendItem } from './marks';
import { oncePerObject } from '../data/memo';

const GRAIN = { annual: 'year', quarter: 'quarter', month: 'month', 'partial-year': 'part of a year' } as const;

/** '46,000', 'about 18,000', 'more than 80,000', as the source qualifies it. */
export function qualifiedCount(row: Pick<TourismRow, 'arrivals' | 'qualifier'>): string {
  return `${qualifierPrefix(row.qualifier)}${formatWhole(row.arrivals)}`;
}

export function tourismColor(row: Pick<TourismRow, 'periodType'>): string {
  return row.periodType === 'annual' ? 'var(--c-pk-export)' : 'var(--c-az-export)';
}

/**
 * Annual figures are points; quarterly, monthly and partial-year figures are spans over the months
 * they cover, at their own grain, never added up. Conflicting figures for one period sit side by side.
 * Built once per row (a row never changes): a window change reuses the marks it keeps.
 */
export const tourismMark = oncePerObject(buildTourismMark);

function buildTourismMark(row: TourismRow): ChartMark | null {
  const x = periodMidpoint(row);
  const span = periodSpan(row);
  if (x === null || span === null || !(row.arrivals >= 0)) return null;
  const isSpan = row.periodType !== 'annual';
  const value = qualifiedCount(row);
  const source = row.sourceNames.join('; ');
  return {
    id: row.id,
    x,
    ...(isSpan ? { x0: span.start, x1: span.end, spanLabel: row.periodLabel } : {}),
    y: row.arrivals,
    color: tourismColor(row),
    hollow: row.sourceKind !== 'official-statistics',
    dashed: row.qualifier === 'approximate',
    shape: isSpan ? 'span' : row.qualifier === 'lower-bound' ? 'triangle' : 'circle',
    label: `Pakistani arrivals in Azerbaijan, ${row.periodLabel}: ${value} (a ${GRAIN[row.periodType]}); ${KIND[row.sourceKind]}. Source: ${source}.`,
    tooltip: {
      title: `Pakistani arrivals in Azerbaijan, ${row.periodLabel}`,
      rows: [
        ['Arrivals', value],
        ['Period', `${row.periodLabel} (${GRAIN[row.periodType]})`],
        ['Kind', KIND[row.sourceKind]],
        ['Row id', row.id],
      ],
      sourceNames: row.sourceNames,
      sourceUrls: row.sourceUrls,
    },
  };
}

export function tourismMarks(rows: readonly TourismRow[]): ChartMark[] {
  return dodge(
    rows.map(tourismMark).filter((m): m is ChartMark => m !== null),
    9,
  );
}

/** Years in the rows that have more than one annual figure: conflicts to say out loud. */
export function conflictingYears(rows: readonly TourismRow[]): string[] {
  const counts = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.periodType !== 'annual') continue;
    counts.set(r.periodLabel, (counts.get(r.periodLabel) ?? new Set()).add(r.arrivals));
  }
  return [...counts.entries()]
    .filter(([, values]) => values.size > 1)
    .map(([label]) => label)
    .sort();
}

export function tourismLegend(rows: readonly TourismRow[]): LegendItem[] {
  const items: LegendItem[] = [{ label: 'Annual figure', color: 'var(--c-pk-export)', shape: 'circle', hollow: true }];
  if (rows.some((r) => r.periodType !== 'annual')) {
    items.push({
      label: 'Quarter, month or part of a year, drawn over the months it covers',
      color: 'var(--c-az-export)',
      shape: 'span',
      hollow: true,
    });
  }
  if (rows.some((r) => r.qualifier === 'lower-bound'))
    items.push({
      label: 'Triangle: "more than" (a lower bound)',
      color: 'var(--text)',
      shape: 'triangle',
      hollow: true,
    });
  if (rows.some((r) => r.qualifier === 'approximate'))
    items.push({
      label: 'Dotted outline: "about" (approximate)',
      color: 'var(--text)',
      shape: 'circle',
      hollow: true,
      dashed: true,
    });
  items.push({
    label: 'Hollow: official statement or press report; filled: official statistics',
    color: 'var(--text)',
    shape: 'circle',
    hollow: true,
  });
  return items;
}

export function tourismSummary(rows: readonly TourismRow[], from: number, to: number): string {
  const annual = rows.filter((r) => r.periodType === 'annual');
  const missing = missingAnnualYears(rows);
  const max = annual.reduce<TourismRow | null>((a, b) => (a === null || b.arrivals > a.arrivals ? b : a), null);
  return `Pakistani arrivals in Azerbaijan, ${yearSpan(from, to)}: ${counted(annual.length, 'annual figure')} and ${counted(rows.length - annual.length, 'figure')} for shorter periods${max ? `; highest annual figure ${qualifiedCount(max)} in ${max.periodLabel}` : ''}${missing ? `; no annual figure for ${missing}` : ''}.`;
}

/**
 * The years between the first and the last annual figure of the rows with no annual figure, in
 * words ('2020–2021'), or '' when none: said out loud, not left to a blank stretch of the chart.
 */
export function missingAnnualYears(rows: readonly TourismRow[]): string {
  return yearRangesText(
    yearGaps(rows.filter((r) => r.periodType === 'annual').map((r) => Number(r.periodStart.slice(0, 4)))),
  );
}
