import { formatPartialDate, parsePartialDate, spanOf, toUtcMs, toUtcMsEndOfDay } from './calendarDate';
import type { EventCategory, EventRow } from './rows';

/** An event's time on a UTC axis: a day is a day, a month spans its month, a year its year. */
export function eventSpan(row: Pick<EventRow, 'date' | 'precision'>): { start: number; end: number } | null {
  const parsed = parsePartialDate(row.date, row.precision);
  if (!parsed) return null;
  const { start, end } = spanOf(parsed);
  return { start: toUtcMs(start), end: toUtcMsEndOfDay(end) };
}

export function eventYear(row: Pick<EventRow, 'date' | 'precision'>): number {
  const parsed = parsePartialDate(row.date, row.precision);
  return parsed ? parsed.year : Number.NaN;
}

/** '23 September 2023', 'October 1995' or '1993': no more than the precision says. */
export function eventDateText(row: Pick<EventRow, 'date' | 'precision'>): string {
  const parsed = parsePartialDate(row.date, row.precision);
  return parsed ? formatPartialDate(parsed) : row.date;
}

/** Lower case without accents, so 'Baki' finds 'Bakı' and 'cafe' finds 'Café'. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

export interface EventFilter {
  categories: readonly EventCategory[];
  search: string;
}

/** Events of the chosen categories whose title or description holds every word of the search. */
export function filterEvents(rows: readonly EventRow[], filter: EventFilter): EventRow[] {
  const words = foldText(filter.search).split(/\s+/).filter(Boolean);
  // Read once: the dashboard's categories are reactive state, each read of which is tracked.
  const categories = new Set(filter.categories);
  return rows.filter((row) => {
    if (!categories.has(row.category)) return false;
    if (words.length === 0) return true;
    const haystack = foldText(`${row.title} ${row.description}`);
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * Stacks intervals into levels so that none overlaps another on its level (greedy, by start).
 * Each interval occupies at least `minWidth` and is kept `gap` apart from the next; units are the
 * caller's (pixels for a lane). Returns the level of each interval, in input order.
 */
export function stackIntervals(items: readonly { start: number; end: number }[], minWidth: number, gap = 0): number[] {
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => a.start - b.start || a.index - b.index);
  const levelEnds: number[] = [];
  const levels = new Array<number>(items.length).fill(0);
  for (const item of order) {
    const end = Math.max(item.end, item.start + minWidth);
    let level = levelEnds.findIndex((levelEnd) => levelEnd + gap <= item.start);
    if (level === -1) {
      level = levelEnds.length;
      levelEnds.push(end);
    } else {
      levelEnds[level] = end;
    }
    levels[item.index] = level;
  }
  return levels;
}
