import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import DataTable from '../../src/lib/charts/DataTable.svelte';
import type { Column, SortState } from '../../src/lib/charts/tableColumns';

interface Item {
  id: string;
  name: string;
  value: number;
  sourceNames: string[];
  sourceUrls: string[];
}

const item = (id: string, name: string, value: number, over: Partial<Item> = {}): Item => ({
  id,
  name,
  value,
  sourceNames: ['IMF DOTS'],
  sourceUrls: ['https://example.org/dots'],
  ...over,
});

const columns: Column<Item>[] = [
  { key: 'name', label: 'Name', text: (r) => r.name },
  { key: 'value', label: 'Value', text: (r) => `US$ ${r.value}`, sortValue: (r) => r.value, align: 'end' },
  {
    key: 'source',
    label: 'Source',
    text: (r) => r.sourceNames.join('; '),
    sources: (r) => ({ names: r.sourceNames, urls: r.sourceUrls }),
  },
];

const rows = [item('b', 'Beta', 100), item('a', 'Alpha', 9), item('c', 'Gamma', 10)];

function renderTable(tableRows: Item[], initialSort: SortState | null = null) {
  return render(DataTable<Item>, {
    caption: 'Test figures',
    columns,
    rows: tableRows,
    rowId: (r: Item) => r.id,
    initialSort,
  });
}

const bodyIds = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row-id'));

describe('DataTable', () => {
  it('renders its caption, a focusable scroll region named by it, and one row per item', () => {
    const { container, getByRole } = renderTable(rows);
    const region = getByRole('region', { name: 'Test figures' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Test figures' })).toBeInTheDocument();
    expect(container.querySelector('caption')).toHaveTextContent('Test figures');
    expect(bodyIds(container)).toEqual(['b', 'a', 'c']);
    expect(container.querySelectorAll('td.num')).toHaveLength(rows.length);
  });

  it('starts from initialSort and marks only that header with aria-sort', () => {
    const { container, getByRole } = renderTable(rows, { key: 'value', direction: 'descending' });
    expect(bodyIds(container)).toEqual(['b', 'c', 'a']);
    expect(getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
    expect(getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a header when clicked, and reverses on a second click', async () => {
    const { container, getByRole } = renderTable(rows);
    const nameHeader = getByRole('columnheader', { name: 'Name' });
    const valueHeader = getByRole('columnheader', { name: 'Value' });
    expect(container.querySelectorAll('th[aria-sort]')).toHaveLength(0);

    await fireEvent.click(getByRole('button', { name: 'Value' }));
    expect(bodyIds(container)).toEqual(['a', 'c', 'b']);
    expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');

    await fireEvent.click(getByRole('button', { name: 'Value' }));
    expect(bodyIds(container)).toEqual(['b', 'c', 'a']);
    expect(valueHeader).toHaveAttribute('aria-sort', 'descending');

    await fireEvent.click(getByRole('button', { name: 'Name' }));
    expect(bodyIds(container)).toEqual(['a', 'b', 'c']);
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(valueHeader).not.toHaveAttribute('aria-sort');
  });

  it('links http(s) sources only: a javascript: URL is shown as text', () => {
    const { container, getByRole, queryByRole } = renderTable([
      item('safe', 'Safe', 1),
      item('bad', 'Bad', 2, { sourceNames: ['Trap'], sourceUrls: ['javascript:alert(1)'] }),
    ]);
    expect(getByRole('link', { name: 'IMF DOTS' })).toHaveAttribute('href', 'https://example.org/dots');
    expect(queryByRole('link', { name: 'Trap' })).toBeNull();
    const badRow = container.querySelector<HTMLElement>('tr[data-row-id="bad"]');
    expect(badRow).not.toBeNull();
    expect(within(badRow as HTMLElement).getByText('Trap')).toBeInTheDocument();
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/dots',
    ]);
  });

  it('shows markup in a cell as literal text and creates no element from it', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { container, getByText } = renderTable([item('x', payload, 1)]);
    expect(getByText(payload)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows one message row spanning every column when there are no rows', () => {
    const { container, getByText } = renderTable([]);
    const cell = getByText('No rows in the current window.');
    expect(cell.tagName).toBe('TD');
    expect(cell).toHaveAttribute('colspan', String(columns.length));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(container.querySelector('tbody [data-row-id]')).toBeNull();
  });
});

describe('DataTable prose columns', () => {
  it('gives a short note whole, and a long one as its first words that open to all of it', async () => {
    const long = `CONFLICT: ${'the sources give other dates for this service, and neither is reconciled here; '.repeat(4)}end.`;
    const noted: Column<Item>[] = [
      { key: 'name', label: 'Name', text: (r) => r.name },
      { key: 'note', label: 'Note', text: (r) => r.name, prose: true },
    ];
    const { container } = render(DataTable<Item>, {
      caption: 'Notes',
      columns: noted,
      rows: [item('short', 'A short note.', 1), item('long', long, 2)],
      rowId: (r: Item) => r.id,
    });
    const cell = (id: string) => container.querySelector(`tr[data-row-id="${id}"]`)?.querySelectorAll('td')[1];
    expect(cell('short')?.querySelector('details')).toBeNull();
    expect(cell('short')?.textContent?.trim()).toBe('A short note.');
    const details = cell('long')?.querySelector('details') as HTMLDetailsElement;
    const summary = details.querySelector('summary') as HTMLElement;
    expect(summary.textContent?.endsWith('…')).toBe(true);
    expect(summary.textContent?.length).toBeLessThan(130);
    expect(long.startsWith(summary.textContent?.slice(0, -1) ?? 'x')).toBe(true);
    // Nothing of the note is lost: all of it is in the cell, read when opened.
    expect(details.textContent).toContain(long);
    await fireEvent.click(summary);
    expect(details.open).toBe(true);
  });
});
