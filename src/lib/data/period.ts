import { parseIsoDate, toUtcMs, toUtcMsEndOfDay } from './calendarDate';
import type { PeriodFields } from './rows';
import { oncePerKey, oncePerObject } from './memo';

/** A row's period as positions on a UTC time axis (start of first day, end of last day). */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * Every window change asks again for the same rows' periods: each period is parsed once, and each row
 * looks its span up once (rows are not changed once loaded), not by a new key string at every change.
 */
export const periodSpan = oncePerObject((row: PeriodFields): TimeSpan | null =>
  spanOfPeriod(`${row.periodStart}/${row.periodEnd}`),
);
const spanOfPeriod = oncePerKey((key): TimeSpan | null => {
  const [first = '', last = ''] = key.split('/');
  const start = parseIsoDate(first);
  const end = parseIsoDate(last);
  return start && end ? Object.freeze({ start: toUtcMs(start), end: toUtcMsEndOfDay(end) }) : null;
});

/** Whether a row's period covers twelve months or more (a calendar or fiscal year), not a part of a year. */
export function coversAYear(row: PeriodFields): boolean {
  const span = periodSpan(row);
  return span !== null && span.end - span.start + 1 >= 365 * 86_400_000;
}

/** A window of years as read: '2005–2022', or '2015' for a single year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The years between the first and the last of `years` that are not among them, as ranges: [[1994, 1994], [2010, 2012]]. */
export function yearGaps(years: Iterable<number>): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const gaps: [number, number][] = [];
  sorted.forEach((year, i) => {
    const next = sorted[i + 1];
    if (next !== undefined && next > year + 1) gaps.push([year + 1, next - 1]);
  });
  return gaps;
}

/** Years as runs of consecutive years: [[1995, 1998], [2012, 2016]]. */
export function yearRuns(years: Iterable<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

/** Items in words: 'a, b and c'; '' for none. */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Year ranges in words: '1994, 1997–1999 and 2002–2012'; '' for none. */
export function yearRangesText(ranges: readonly [number, number][]): string {
  return andList(ranges.map(([a, b]) => yearSpan(a, b)));
}

/** Single years in words: '2017, 2018 and 2024'; '' for none. */
export function yearsText(years: readonly number[]): string {
  return yearRangesText(years.map((year): [number, number] => [year, year]));
}

/** The time window of whole years [from, to] as a span. */
export function yearWindowSpan(from: number, to: number): TimeSpan {
  return { start: Date.UTC(from, 0, 1), end: Date.UTC(to + 1, 0, 1) - 1 };
}

export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Rows whose period overlaps the window of years [from, to] (inclusive). */
export function inWindow<T extends PeriodFields>(rows: readonly T[], from: number, to: number): T[] {
  const window = yearWindowSpan(from, to);
  return rows.filter((row) => {
    const span = periodSpan(row);
    return span !== null && overlaps(span, window);
  });
}

/** Midpoint of a row's period: where a point mark for it sits on a time axis. */
export function periodMidpoint(row: PeriodFields): number | null {
  const span = periodSpan(row);
  return span ? (span.start + span.end) / 2 : null;
}

/** How many rows lie wholly before and wholly after the window of years [from, to]. */
export function outsideWindow(rows: readonly PeriodFields[], from: number, to: number): { before: number; after: number } {
  const window = yearWindowSpan(from, to);
  let before = 0;
  let after = 0;
  for (const row of rows) {
    const span = periodSpan(row);
    if (!span) continue;
    if (span.end < window.start) before++;
    else if (span.start > window.end) after++;
  }
  return { before, after };
}
