import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type Column, type SortState } from '../../src/lib/charts/tableColumns';

interface Item {
  id: string;
  name: string;
  value: number;
  mixed: string | number;
}

const item = (id: string, name: string, value: number, mixed: string | number = name): Item => ({
  id,
  name,
  value,
  mixed,
});

const columns: Column<Item>[] = [
  { key: 'name', label: 'Name', text: (r) => r.name },
  { key: 'value', label: 'Value', text: (r) => `US$ ${r.value}`, sortValue: (r) => r.value, align: 'end' },
  { key: 'mixed', label: 'Mixed', text: (r) => String(r.mixed), sortValue: (r) => r.mixed },
];

const ids = (rows: readonly Item[]) => rows.map((r) => r.id);
const asc = (key: string): SortState => ({ key, direction: 'ascending' });
const desc = (key: string): SortState => ({ key, direction: 'descending' });

describe('sortRows(rows, columns, sort, rowId)', () => {
  const rows = [
    item('a', 'row10', 9),
    item('b', 'row2', 100),
    item('c', 'Row1', 10),
    item('d', 'row2', -5),
    item('e', 'apple', Number.NaN),
  ];

  it.each<[string, SortState | null, string[]]>([
    // The value column's text would sort 'US$ 10' < 'US$ 100' < 'US$ 9'; its sortValue is numeric.
    ['numbers numerically, not as their text', asc('value'), ['d', 'a', 'c', 'b', 'e']],
    ['numbers descending: the exact reverse, NaN first', desc('value'), ['e', 'b', 'c', 'a', 'd']],
    ['strings in natural order, case-insensitively (row2 < row10)', asc('name'), ['e', 'c', 'b', 'd', 'a']],
    ['strings descending, ties still by id ascending', desc('name'), ['a', 'b', 'd', 'c', 'e']],
    ['a null sort: the order given', null, ['a', 'b', 'c', 'd', 'e']],
    ['a key no column has: the order given', asc('nope'), ['a', 'b', 'c', 'd', 'e']],
  ])('%s', (_name, sort, expected) => {
    expect(ids(sortRows(rows, columns, sort, (r) => r.id))).toEqual(expected);
  });

  it.each<[string, Item[], SortState, string[]]>([
    [
      'numbers before strings, never interleaved',
      [item('s1', 'x', 0, 'b'), item('n1', 'x', 0, 30), item('s2', 'x', 0, 'a'), item('n2', 'x', 0, 4)],
      asc('mixed'),
      ['n2', 'n1', 's2', 's1'],
    ],
    [
      'mixed kinds descending: the exact reverse',
      [item('s1', 'x', 0, 'b'), item('n1', 'x', 0, 30), item('s2', 'x', 0, 'a'), item('n2', 'x', 0, 4)],
      desc('mixed'),
      ['s1', 's2', 'n1', 'n2'],
    ],
    [
      'ties broken by id in natural order, not by input order',
      [item('id10', 'same', 1), item('id2', 'same', 1), item('id1', 'same', 1)],
      asc('value'),
      ['id1', 'id2', 'id10'],
    ],
    [
      'infinities sort as numbers, NaN after them',
      [item('nan', 'x', Number.NaN), item('inf', 'x', Infinity), item('neg', 'x', -Infinity), item('zero', 'x', 0)],
      asc('value'),
      ['neg', 'zero', 'inf', 'nan'],
    ],
  ])('%s', (_name, input, sort, expected) => {
    expect(ids(sortRows(input, columns, sort, (r) => r.id))).toEqual(expected);
  });

  it('is stable: rows equal in value and id keep the order given', () => {
    const first = item('dup', 'same', 1);
    const second = item('dup', 'same', 1);
    for (const sort of [asc('value'), desc('value'), asc('name')]) {
      const sorted = sortRows([first, second], columns, sort, (r) => r.id);
      expect(sorted[0]).toBe(first);
      expect(sorted[1]).toBe(second);
    }
  });

  it('gives the same order whatever order the rows come in', () => {
    const reversed = [...rows].reverse();
    for (const sort of [asc('name'), desc('name'), asc('value'), desc('value')]) {
      expect(ids(sortRows(reversed, columns, sort, (r) => r.id))).toEqual(
        ids(sortRows(rows, columns, sort, (r) => r.id)),
      );
    }
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [item('b', 'b', 2), item('a', 'a', 1)];
    for (const sort of [null, asc('nope'), asc('name')]) {
      const out = sortRows(input, columns, sort, (r) => r.id);
      expect(out).not.toBe(input);
    }
    expect(ids(input)).toEqual(['b', 'a']);
  });

  it('returns an empty array for no rows', () => {
    expect(sortRows([], columns, asc('name'), (r: Item) => r.id)).toEqual([]);
  });
});

describe('nextSort(current, key)', () => {
  it.each<[string, SortState | null, string, SortState]>([
    ['no sort yet: ascending', null, 'name', asc('name')],
    ['a new column: ascending', desc('value'), 'name', asc('name')],
    ['the same column, ascending: descending', asc('name'), 'name', desc('name')],
    ['the same column, descending: ascending', desc('name'), 'name', asc('name')],
  ])('%s', (_name, current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });
});
