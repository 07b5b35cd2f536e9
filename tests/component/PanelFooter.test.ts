import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import PanelFooter from '../../src/lib/ui/PanelFooter.svelte';

const row = (n: number) => ({ sourceNames: [`Source ${n}`], sourceUrls: [`https://example.org/${n}`] });

describe('PanelFooter', () => {
  it('lists a long list of sources in part, says how many more, and shows them all on request', async () => {
    const { container, getByRole } = render(PanelFooter, {
      rows: Array.from({ length: 11 }, (_, i) => row(i + 1)),
      hidden: '',
    });
    const line = container.querySelector('.source-line') as HTMLElement;
    const names = () =>
      within(line)
        .getAllByRole('link')
        .map((a) => a.textContent);
    // In the order collectSources gives them (by name), the first eight.
    expect(names()).toEqual([
      'Source 1',
      'Source 10',
      'Source 11',
      'Source 2',
      'Source 3',
      'Source 4',
      'Source 5',
      'Source 6',
    ]);
    const more = getByRole('button', { name: 'and 3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(more);
    expect(names()).toHaveLength(11);
    expect(getByRole('button', { name: 'show fewer' })).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.click(getByRole('button', { name: 'show fewer' }));
    expect(names()).toHaveLength(8);
  });

  it('lists a short list whole, with no button', () => {
    const { container, queryByRole } = render(PanelFooter, { rows: [row(1), row(2), row(1)], hidden: '' });
    expect(container.querySelector('.source-line')).toHaveTextContent('Sources: Source 1; Source 2');
    expect(queryByRole('button')).toBeNull();
  });
});
