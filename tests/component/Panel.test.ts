import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import Panel from '../../src/lib/ui/Panel.svelte';
import DataIssues from '../../src/lib/ui/DataIssues.svelte';
import type { DataIssue } from '../../src/lib/data/issues';

const content = createRawSnippet(() => ({ render: () => '<p>chart here</p>' }));

/** The trade panel with its file read: one record kept, these issues, and these counts. */
function renderReady(issues: DataIssue[], skipped: number, loaded: number, shown: number) {
  return render(Panel, {
    id: 'trade',
    title: 'Trade',
    file: 'trade.csv',
    state: {
      status: 'ready',
      table: { records: [{ line: 2, values: { id: 'a' }, raw: { id: 'a' } }], issues, skipped },
    },
    loaded,
    shown,
    children: content,
  });
}

describe('Panel', () => {
  it('says which file it is loading', () => {
    const { getByText } = render(Panel, {
      id: 'trade',
      title: 'Trade',
      file: 'trade.csv',
      state: { status: 'loading' },
      loaded: 0,
      children: content,
    });
    expect(getByText('Loading trade.csv…')).toBeInTheDocument();
  });

  it('shows a failed file as an alert in its own panel, without the content', () => {
    const { getByRole, queryByText } = render(Panel, {
      id: 'tourism',
      title: 'Tourism',
      file: 'tourism.csv',
      state: { status: 'failed', message: 'tourism.csv could not be loaded (HTTP 404)', issues: [] },
      loaded: 0,
      children: content,
    });
    expect(getByRole('alert')).toHaveTextContent(
      'tourism.csv could not be loaded (HTTP 404). The other panels are unaffected.',
    );
    expect(queryByText('chart here')).toBeNull();
  });

  it('shows the content and the row counts once ready', () => {
    // One record with two bad cells: one record skipped, not two.
    const { getByText, getByTestId } = renderReady(
      [
        { file: 'trade.csv', line: 4, column: 'flow', message: 'bad', severity: 'error' },
        { file: 'trade.csv', line: 4, column: 'value_usd', message: 'bad', severity: 'error' },
      ],
      1,
      142,
      20,
    );
    expect(getByText('chart here')).toBeInTheDocument();
    expect(getByTestId('trade-rowcount')).toHaveTextContent(
      '142 rows loaded from trade.csv, 20 in the window; 1 skipped with data issues.',
    );
  });

  it('points to the data issues when errors left no record out', () => {
    const { getByTestId } = renderReady(
      [{ file: 'trade.csv', line: 1, message: 'this column name appears twice in the header', severity: 'error' }],
      0,
      1,
      1,
    );
    expect(getByTestId('trade-rowcount')).toHaveTextContent(
      '1 row loaded from trade.csv, 1 in the window; see data issues.',
    );
    expect(getByTestId('trade-rowcount').querySelector('a')).toHaveAttribute('href', '#data-issues');
  });

  it("says how many of the window's rows the panel's view shows, when it leaves some out", () => {
    const state = { status: 'ready' as const, table: { records: [], issues: [], skipped: 0 } };
    const base = { id: 'trade', title: 'Trade', file: 'trade.csv', state, loaded: 143, shown: 20, children: content };
    const mirror = render(Panel, { ...base, inView: { count: 16, what: 'IMF DOTS yearly figures' } });
    expect(mirror.getByTestId('trade-rowcount')).toHaveTextContent(
      '143 rows loaded from trade.csv, 20 in the window, 16 of them in this view (IMF DOTS yearly figures).',
    );
    mirror.unmount();
    const all = render(Panel, { ...base, inView: { count: 20, what: 'every figure' } });
    expect(all.getByTestId('trade-rowcount')).toHaveTextContent('143 rows loaded from trade.csv, 20 in the window.');
  });
});

describe('Panel with a file that has no rows to draw', () => {
  const ready = (issues: number) => ({
    status: 'ready' as const,
    table: {
      records: [],
      issues: Array.from({ length: issues }, (_, i) => ({
        file: 'trade.csv',
        line: i + 2,
        message: 'bad',
        severity: 'error' as const,
      })),
      skipped: issues,
    },
  });
  const panel = (issues: number) =>
    render(Panel, {
      id: 'trade',
      title: 'Trade',
      file: 'trade.csv',
      state: ready(issues),
      loaded: 0,
      shown: 0,
      children: content,
    });

  it('says the file has only its header, rather than that the window holds nothing', () => {
    const { getByRole, queryByText, getByTestId } = panel(0);
    expect(getByRole('status')).toHaveTextContent('trade.csv has no rows, only its header: there is nothing to show.');
    expect(queryByText('chart here')).toBeNull();
    expect(getByTestId('trade-rowcount')).toHaveTextContent('0 rows loaded from trade.csv, 0 in the window.');
  });

  it('says no row could be read when every row was skipped, and points to the issues', () => {
    const { getByRole, getByTestId } = panel(3);
    expect(getByRole('status')).toHaveTextContent('No row of trade.csv could be read: see the data issues.');
    expect(getByTestId('trade-rowcount')).toHaveTextContent('3 skipped with data issues');
  });
});

describe('DataIssues', () => {
  it('lists each issue with file, line and column, and opens when there are errors', () => {
    const { container, getByText } = render(DataIssues, {
      issues: [
        {
          file: 'trade.csv',
          line: 14,
          column: 'value_usd',
          value: 'n/a',
          message: "'n/a' is not a number; record skipped",
          severity: 'error',
        },
        {
          file: 'events.csv',
          line: 1,
          column: 'extra',
          message: 'this column is not in the schema; it is ignored',
          severity: 'warning',
        },
      ],
    });
    expect(getByText('Data issues (1 error, 1 warning)')).toBeInTheDocument();
    expect(container.querySelector('details')?.open).toBe(true);
    expect(container.querySelector('li.error')).toHaveTextContent(
      "trade.csv line 14, value_usd: 'n/a' is not a number; record skipped",
    );
  });

  it('shows markup from the data as text', () => {
    const { container } = render(DataIssues, {
      issues: [
        {
          file: 'events.csv',
          line: 3,
          column: 'title',
          message: "'<img src=x onerror=alert(1)>' is bad",
          severity: 'error',
        },
      ],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
