import { oncePerKey } from './memo';

/**
 * Calendar dates without time zones. Dates in the data are calendar days, months or years; they are
 * never passed through `new Date('YYYY-MM-DD')` (UTC midnight, a day early west of Greenwich).
 */
export type DatePrecision = 'day' | 'month' | 'year';
export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const SHAPES: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** The precision a partial date string's shape implies, or null if it has none of the three shapes. */
export function precisionOf(text: string): DatePrecision | null {
  for (const precision of DATE_PRECISIONS) if (SHAPES[precision].test(text)) return precision;
  return null;
}

/**
 * Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' at the given precision; null if the shape or the date is wrong.
 * Every window change asks again for the same dates (events, services): each is parsed once, and the
 * result is frozen, as it is shared.
 */
export function parsePartialDate(text: string, precision: DatePrecision): Readonly<PartialDate> | null {
  return parsers[precision](text);
}
const parsers = Object.fromEntries(
  DATE_PRECISIONS.map((precision) => [
    precision,
    oncePerKey((text): Readonly<PartialDate> | null => {
      const date = readPartialDate(text, precision);
      return date && Object.freeze(date);
    }),
  ]),
) as Record<DatePrecision, (text: string) => Readonly<PartialDate> | null>;

function readPartialDate(text: string, precision: DatePrecision): PartialDate | null {
  const match = SHAPES[precision].exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (precision === 'year') return { year, precision };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (precision === 'month') return { year, month, precision };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision };
}

/** Parses a full 'YYYY-MM-DD' date; null if it is not a real calendar date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const parsed = parsePartialDate(text, 'day');
  return parsed ? { year: parsed.year, month: parsed.month ?? 1, day: parsed.day ?? 1 } : null;
}

/** The first and last calendar day a partial date covers ('1995-10' covers 1 to 31 October 1995). */
export function spanOf(date: PartialDate): { start: CalendarDate; end: CalendarDate } {
  const { year } = date;
  if (date.precision === 'year') return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
  const month = date.month ?? 1;
  if (date.precision === 'month') {
    return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } };
  }
  const day = date.day ?? 1;
  return { start: { year, month, day }, end: { year, month, day } };
}

/** Milliseconds at UTC midnight of a calendar day: a time-zone-free position on a time axis. */
export function toUtcMs(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** Milliseconds at the end of a calendar day (so a one-day span has width on an axis). */
export function toUtcMsEndOfDay(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day + 1) - 1;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatCalendarDate(date: CalendarDate): string {
  const mm = String(date.month).padStart(2, '0');
  const dd = String(date.day).padStart(2, '0');
  return `${date.year}-${mm}-${dd}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '23 September 2023', 'October 1995' or '1993', saying no more than the precision allows. */
export function formatPartialDate(date: PartialDate): string {
  const month = MONTHS[(date.month ?? 1) - 1] ?? '';
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}
