import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import DeckBar from '../../src/lib/ui/DeckBar.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { DataStore } from '../../src/lib/state/dataStore.svelte';
import { readDataPackage } from '../../src/lib/data/dataPackage';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));

function deckOf(...panels: ('trade' | 'tourism' | 'events')[]) {
  const dashboard = new Dashboard();
  for (const panel of panels) dashboard.addSlide(panel, `from=2010&to=2020`, panel);
  const view = render(DeckBar, { dashboard, store: new DataStore(pkg) });
  const notes = () => dashboard.deck.map((s) => s.note);
  return { ...view, dashboard, notes };
}

describe('DeckBar', () => {
  it("warns when speaker notes take the deck's link past what servers open, and stops once shortened", async () => {
    const { getByLabelText, queryByText, dashboard } = deckOf('trade', 'tourism', 'events', 'trade', 'tourism');
    const warning = /This deck's link is longer than some servers accept/;
    expect(queryByText(warning)).toBeNull();
    const long = 'ا'.repeat(500);
    for (let i = 1; i <= 5; i += 1)
      await fireEvent.change(getByLabelText(`Note for slide ${i}`), { target: { value: long } });
    expect(queryByText(warning)).not.toBeNull();
    // Nothing is cut: the notes are all kept as typed.
    expect(dashboard.deck.every((s) => s.note === long)).toBe(true);
    await fireEvent.change(getByLabelText('Note for slide 5'), { target: { value: 'short' } });
    await fireEvent.change(getByLabelText('Note for slide 4'), { target: { value: 'short' } });
    expect(queryByText(warning)).toBeNull();
  });

  it('moves a slide on with the same key: focus follows the slide, not its old place', async () => {
    const { getByRole, notes } = deckOf('trade', 'tourism', 'events');
    const up = getByRole('button', { name: 'Move slide 3 up' });
    up.focus();
    await fireEvent.click(up);
    expect(notes()).toEqual(['trade', 'events', 'tourism']);
    expect(document.activeElement).toBe(getByRole('button', { name: 'Move slide 2 up' }));
    await fireEvent.click(document.activeElement as HTMLElement);
    expect(notes()).toEqual(['events', 'trade', 'tourism']);
    // At the top its Up button is disabled: focus goes to its Down button, not to the page.
    expect(document.activeElement).toBe(getByRole('button', { name: 'Move slide 1 down' }));
  });

  it('after a removal, focus is on the Remove button now in its place, or the last one', async () => {
    const { getByRole, notes } = deckOf('trade', 'tourism', 'events');
    await fireEvent.click(getByRole('button', { name: 'Remove slide 2' }));
    expect(notes()).toEqual(['trade', 'events']);
    expect(document.activeElement).toBe(getByRole('button', { name: 'Remove slide 2' }));
    await fireEvent.click(getByRole('button', { name: 'Remove slide 2' }));
    expect(notes()).toEqual(['trade']);
    expect(document.activeElement).toBe(getByRole('button', { name: 'Remove slide 1' }));
    // The last slide gone, the deck goes too (the page drops it): focus goes to the Add to deck button
    // of the removed slide's panel.
    const panel = document.body.appendChild(document.createElement('section'));
    panel.dataset.panel = 'trade';
    panel.innerHTML =
      '<div class="panel-actions"><button type="button">Copy link</button><button type="button">Add to deck</button></div>';
    await fireEvent.click(getByRole('button', { name: 'Remove slide 1' }));
    expect(notes()).toEqual([]);
    expect(document.activeElement).toBe(panel.querySelectorAll('button')[1]);
    panel.remove();
  });
});
