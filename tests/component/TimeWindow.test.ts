import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import TimeWindow from '../../src/lib/ui/TimeWindow.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';

describe('TimeWindow', () => {
  it('changes the dashboard window when a year is entered', async () => {
    const dashboard = new Dashboard();
    const { getByLabelText, getByText } = render(TimeWindow, { dashboard });
    const from = getByLabelText('From year') as HTMLInputElement;
    from.value = '2013';
    await fireEvent.change(from);
    expect(dashboard.from).toBe(2013);
    expect(getByText('Showing 2013–2026')).toBeInTheDocument();
  });

  it('keeps the window in order and inside the allowed years', async () => {
    const dashboard = new Dashboard();
    const { getByLabelText } = render(TimeWindow, { dashboard });
    const to = getByLabelText('To year') as HTMLInputElement;
    to.value = '1200';
    await fireEvent.change(to);
    expect([dashboard.from, dashboard.to]).toEqual([1991, 1991]);
  });
});
