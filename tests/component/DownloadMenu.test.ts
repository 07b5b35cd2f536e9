import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import DownloadMenu from '../../src/lib/ui/DownloadMenu.svelte';

function renderMenu(datasets = ['flights.csv']) {
  const onimage = vi.fn();
  const view = render(DownloadMenu, { panel: 'map', datasets, onrows: vi.fn(), onimage });
  const button = view.getByRole('button', { name: 'Download' });
  return { ...view, button, onimage };
}

describe('DownloadMenu', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens its list, runs the chosen download and closes, focus back on its button', async () => {
    const { button, getByRole, queryByRole, onimage } = renderMenu();
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const item = getByRole('button', { name: 'SVG image' });
    item.focus();
    await fireEvent.click(item);
    expect(onimage).toHaveBeenCalledWith('svg');
    expect(queryByRole('button', { name: 'SVG image' })).toBeNull();
    // Not left on the page's body with the item gone: the keyboard reader is where they were.
    expect(document.activeElement).toBe(button);
  });

  it('closes when the whole dataset is chosen too (a link the browser downloads), focus back on its button', async () => {
    const { button, getByRole, queryByRole } = renderMenu();
    await fireEvent.click(button);
    const link = getByRole('link', { name: 'CSV of the whole dataset' });
    expect(link).toHaveAttribute('href', 'data/flights.csv');
    link.focus();
    link.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot follow it
    await fireEvent.click(link);
    expect(queryByRole('link', { name: 'CSV of the whole dataset' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('offers each file the panel draws from whole, named when there is more than one', async () => {
    const { button, getAllByRole } = renderMenu(['flights.csv', 'airports.csv']);
    await fireEvent.click(button);
    const links = getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['CSV of the whole dataset (flights.csv)', 'data/flights.csv'],
      ['CSV of the whole dataset (airports.csv)', 'data/airports.csv'],
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBe(true);
  });

  it('closes when focus moves elsewhere on the page, or to nowhere while the page has focus', async () => {
    const { button, queryByRole } = renderMenu();
    const elsewhere = document.body.appendChild(document.createElement('button'));
    await fireEvent.click(button);
    await fireEvent.focusOut(button, { relatedTarget: elsewhere });
    expect(queryByRole('button', { name: 'SVG image' })).toBeNull();
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    await fireEvent.click(button);
    await fireEvent.focusOut(button, { relatedTarget: null });
    expect(queryByRole('button', { name: 'SVG image' })).toBeNull();
    elsewhere.remove();
  });

  it('stays open while the window has lost focus, and stays usable when the reader comes back', async () => {
    const { button, getByRole, onimage } = renderMenu();
    await fireEvent.click(button);
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    await fireEvent.focusOut(button, { relatedTarget: null });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.click(getByRole('button', { name: 'PNG image (2x)' }));
    expect(onimage).toHaveBeenCalledWith('png');
  });
});
