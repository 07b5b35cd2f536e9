/** Columns and sorting for DataTable, the text alternative every chart carries. Pure: no Svelte, no DOM. */
import { compareCodeUnits } from '../data/compareText';
export type SortDirection = 'ascending' | 'descending';

export interface Column<T> {
  /** Stable, used for sort state. */
  key: string;
  /** Header text. */
  label: string;
  /** Cell text: what is shown and what a screen reader reads. */
  text: (row: T) => string;
  /** Defaults to `text`; numbers sort numerically. */
  sortValue?: (row: T) => string | number;
  /** 'end' for numbers. */
  align?: 'start' | 'end';
  /** Long text (a note): the column is given room to read, instead of a few words a line. */
  prose?: boolean;
  /** When set, the cell shows SourceList links instead of text. */
  sources?: (row: T) => { names: string[]; urls: string[] };
}

/** The two columns every table ends with: the row's sources (as links) and its row id. */
export function sourceAndIdColumns<
  T extends { id: string; sourceNames: string[]; sourceUrls: string[] },
>(): Column<T>[] {
  return [
    {
      key: 'source',
      label: 'Source',
      text: (r) => r.sourceNames.join('; '),
      sources: (r) => ({ names: r.sourceNames, urls: r.sourceUrls }),
    },
    { key: 'id', label: 'Row id', text: (r) => r.id },
  ];
}

/**
 * The row's note as published: what the source said and how it was read (a quote, a conflict with
 * another row, a caveat such as an inferred year). Empty notes read 'none'. Tables put it last, after
 * the row id, so the short columns stay in view.
 */
export function noteColumn<T extends { note: string }>(): Column<T> {
  return { key: 'note', label: 'Note', text: (r) => r.note || 'none', prose: true };
}

export interface SortState {
  key: string;
  direction: SortDirection;
}

// One collator, created on the first sort (not at page load, where loading the locale's collation
// data would delay the first chart): the same order as localeCompare(b, 'en', { numeric: true }).
let collator: Intl.Collator | undefined;

/** Strings in natural order ('row2' < 'row10'); ones the collator calls equal fall back to code units,
 *  so that distinct strings never compare equal and the order is total. */
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b) || compareCodeUnits(a, b);
}

/** Numbers before strings, so a column that mixes them never interleaves the two; NaN after every
 *  other number, so a bad value neither breaks the sort nor hides among good ones. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return compareText(a, b);
}

/**
 * The rows in table order: by the sort column's value, ties by row id (always ascending, so that
 * equal values keep one fixed order whichever way the column is sorted), and rows with equal ids in
 * the order given. A null sort or a key no column has returns a copy in the order given.
 */
export function sortRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  sort: SortState | null,
  rowId: (r: T) => string,
): T[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column) return [...rows];
  const value = column.sortValue ?? column.text;
  const sign = sort.direction === 'descending' ? -1 : 1;
  // Each key computed once per row, not once per comparison.
  const keyed = rows.map((row, index) => ({ row, index, value: value(row), id: rowId(row) }));
  keyed.sort((a, b) => sign * compareValues(a.value, b.value) || compareText(a.id, b.id) || a.index - b.index);
  return keyed.map((k) => k.row);
}

/** The sort after a click on a column header: a new column sorts ascending, the same one flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
