import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import IgnoredParams from '../../src/lib/ui/IgnoredParams.svelte';
import { parseView } from '../../src/lib/state/urlCodec';
import { parsePage } from '../../src/lib/state/pageCodec';

afterEach(() => {
  document.querySelectorAll('.after').forEach((el) => el.remove());
});

describe('IgnoredParams', () => {
  it('names what the link could not use, as text', () => {
    const { getByRole } = render(IgnoredParams, { invalid: parseView('?to=bogus&zz=%3Cb%3Ehi%3C/b%3E').invalid });
    const notice = getByRole('status');
    expect(notice).toHaveTextContent('Ignored in the link, defaults used instead: to=bogus (years run 1991–2026).');
    expect(notice).toHaveTextContent('Not part of a view, so not used: zz.');
    expect(notice.querySelector('b')).toBeNull();
  });

  it('shows nothing when the link was read whole', () => {
    const { queryByRole } = render(IgnoredParams, { invalid: [] });
    expect(queryByRole('status')).toBeNull();
  });

  it('says why a window could not be used: years out of range, or a start after the end', () => {
    const { getByRole } = render(IgnoredParams, { invalid: parseView('?from=2020&to=2010').invalid });
    expect(getByRole('status')).toHaveTextContent(
      'Ignored in the link, defaults used instead: from=2020, to=2010 (the start year is after the end year).',
    );
  });

  it("names the deck's slides left out, each with why, and says the address keeps them", () => {
    const deck = btoa(
      JSON.stringify([
        ['trade', 'v=1'],
        ['pie', 'v=1'],
        ['map', 'v=1', 7],
      ]),
    ).replace(/=+$/, '');
    const { getByRole } = render(IgnoredParams, { invalid: parsePage(`?deck=${deck}&from=1800`).invalid });
    const notice = getByRole('status');
    expect(notice).toHaveTextContent(
      'Left out of the deck, the address still holding them: slide 2 (no panel is called "pie"), slide 3 (not a slide).',
    );
    // The deck is not a setting with a default: it is not listed with those.
    expect(notice).toHaveTextContent(/defaults used instead: from=1800 \(years run 1991–2026\)\.(?! deck)/);
    expect(notice).not.toHaveTextContent('deck=');
  });

  it('says a deck that cannot be read at all is not shown, and is still in the address', () => {
    const { getByRole } = render(IgnoredParams, { invalid: parsePage('?deck=W1sidHJhZGUi').invalid });
    expect(getByRole('status')).toHaveTextContent(
      'The deck in the link could not be read (it is not one this dashboard made), so no deck is shown; the address still holds it.',
    );
  });

  it('is dismissed, and focus goes on to the next control after it, not to the page', async () => {
    const { getByRole, queryByRole } = render(IgnoredParams, { invalid: [{ param: 'from', value: '1800' }] });
    // What follows the notice on the page: an inert control is skipped, a focusable one takes focus.
    const inert = document.createElement('div');
    inert.className = 'after';
    inert.setAttribute('inert', '');
    inert.innerHTML = '<button type="button">Hidden behind a dialog</button>';
    const next = document.createElement('div');
    next.className = 'after';
    next.setAttribute('role', 'slider');
    next.tabIndex = 0;
    document.body.append(inert, next);
    const dismiss = getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    await fireEvent.click(dismiss);
    expect(queryByRole('status')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
  });
});
