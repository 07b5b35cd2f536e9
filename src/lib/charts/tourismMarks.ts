import { periodMidpoint, periodSpan, yearGaps, yearRangesText, yearSpan } from '../data/period';
import type { TourismRow } from '../data/rows';
import { counted, formatWhole, qualifierPrefix, SOURCE_KIND_TEXT as KIND } from './format';
import { dodge, type ChartMark, type LegendItem } from './marks';
import { oncePerObject } from '../data/memo';
import { allAgree } from '../data/figureAgreement';

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
      note: row.note,
    },
  };
}

export function tourismMarks(rows: readonly TourismRow[]): ChartMark[] {
  return dodge(
    rows.map(tourismMark).filter((m): m is ChartMark => m !== null),
    9,
  );
}

/**
 * The years in the rows with more than one annual figure, told apart: `conflicting`, where two of them
 * cannot both be true as stated (41,268 and 22,000), and `agreeing`, where they differ only within
 * what they state of themselves (17,558 and 'about 18,000'; 'more than 80,000' and 'more than
 * 81,000'; see figureAgreement.ts). The same figure from several sources is neither.
 */
export function annualAgreement(rows: readonly TourismRow[]): { conflicting: number[]; agreeing: number[] } {
  const byYear = new Map<number, TourismRow[]>();
  for (const r of rows) {
    if (r.periodType !== 'annual') continue;
    const year = Number(r.periodStart.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  const conflicting: number[] = [];
  const agreeing: number[] = [];
  for (const [year, figures] of [...byYear].sort(([a], [b]) => a - b)) {
    const stated = figures.map((r) => ({ value: r.arrivals, qualifier: r.qualifier }));
    if (new Set(stated.map((f) => `${f.qualifier} ${f.value}`)).size < 2) continue;
    (allAgree(stated) ? agreeing : conflicting).push(year);
  }
  return { conflicting, agreeing };
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

/** The chart's label; `lastFullYear` ends the years it may say have no annual figure (the current one is not over). */
export function tourismSummary(rows: readonly TourismRow[], from: number, to: number, lastFullYear = to): string {
  const annual = rows.filter((r) => r.periodType === 'annual');
  const missing = missingAnnualYears(rows, from, Math.min(to, lastFullYear));
  const max = annual.reduce<TourismRow | null>((a, b) => (a === null || b.arrivals > a.arrivals ? b : a), null);
  return `Pakistani arrivals in Azerbaijan, ${yearSpan(from, to)}: ${counted(annual.length, 'annual figure')} and ${counted(rows.length - annual.length, 'figure')} for shorter periods${max ? `; highest annual figure ${qualifiedCount(max)} in ${max.periodLabel}` : ''}${missing ? `; no annual figure for ${missing}` : ''}.`;
}

/**
 * The years of the window [from, to] with no annual figure among the rows, in words ('1991–2013 and
 * 2020–2021'), or '' when none: said out loud, not left to a blank stretch of the chart. Shorter
 * periods do not fill a year.
 */
export function missingAnnualYears(rows: readonly TourismRow[], from: number, to: number): string {
  if (to < from) return '';
  const years = rows.filter((r) => r.periodType === 'annual').map((r) => Number(r.periodStart.slice(0, 4)));
  // The window's edges stand in as the years just outside it, so that its first and last years count too.
  return yearRangesText(yearGaps([from - 1, ...years.filter((y) => y >= from && y <= to), to + 1]));
}
