import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import IgnoredParams from '../../src/lib/ui/IgnoredParams.svelte';

afterEach(() => {
  document.querySelectorAll('.after').forEach((el) => el.remove());
});

describe('IgnoredParams', () => {
  it('names what the link could not use, as text', () => {
    const { getByRole } = render(IgnoredParams, {
      invalid: [
        { param: 'to', value: 'bogus' },
        { param: 'zz', value: '<b>hi</b>', unknown: true },
      ],
    });
    const notice = getByRole('status');
    expect(notice).toHaveTextContent('Ignored in the link: to=bogus (defaults used).');
    expect(notice).toHaveTextContent('zz');
    expect(notice.querySelector('b')).toBeNull();
  });

  it('shows nothing when the link was read whole', () => {
    const { queryByRole } = render(IgnoredParams, { invalid: [] });
    expect(queryByRole('status')).toBeNull();
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
