import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import TimeWindowControl from '../../src/lib/ui/TimeWindowControl.svelte';
import { Dashboard } from '../../src/lib/state/dashboard.svelte';
import { YEAR_BOUNDS } from '../../src/lib/state/urlCodec';
import { xOf, yearDensity } from '../../src/lib/ui/yearRange';

// jsdom has no layout: the components fall back to a 600 px track whose left edge is at clientX 0.
const WIDTH = 600;
const at = (year: number) => xOf(year, WIDTH, YEAR_BOUNDS);
const density = yearDensity([1992, 2005, 2005, 2013, 2013, 2013, 2024], YEAR_BOUNDS);

function setup(dashboard = new Dashboard()) {
  const view = render(TimeWindowControl, { dashboard, density });
  return {
    ...view,
    dashboard,
    start: view.getByRole('slider', { name: 'Start year' }),
    end: view.getByRole('slider', { name: 'End year' }),
    reset: view.getByRole('button', { name: 'Reset' }),
    strip: view.container.querySelector('.overview-strip svg') as SVGSVGElement,
  };
}

describe('TimeWindowControl', () => {
  it('groups the controls under the legend "Time window"', () => {
    const { getByRole, start, end } = setup();
    expect(getByRole('group', { name: 'Time window' })).toBeInTheDocument();
    expect(start).toHaveAttribute('aria-valuemin', '1991');
    expect(start).toHaveAttribute('aria-valuemax', '2026');
    expect(start).toHaveAttribute('aria-valuenow', '1991');
    expect(start).toHaveAttribute('aria-valuetext', '1991');
    expect(end).toHaveAttribute('aria-valuenow', '2026');
    expect(start).toHaveAttribute('tabindex', '0');
  });

  it('moves the start year by one on ArrowRight and says so', async () => {
    const { dashboard, start, getByText } = setup();
    // fireEvent gives false when the handler prevented the key's default (scrolling the page).
    expect(await fireEvent.keyDown(start, { key: 'ArrowRight' })).toBe(false);
    expect(dashboard.from).toBe(1992);
    expect(start).toHaveAttribute('aria-valuenow', '1992');
    expect(getByText('Showing 1992–2026')).toBeInTheDocument();
  });

  describe('the announcement of a window change', () => {
    afterEach(() => vi.useRealTimers());
    it('is made once the window has settled, once for several quick steps, and never on load', async () => {
      vi.useFakeTimers();
      const { start, getByTestId, rerender } = setup();
      const said = getByTestId('window-announcement');
      expect(said).toHaveAttribute('aria-live', 'polite');
      vi.advanceTimersByTime(2000);
      expect(said).toHaveTextContent(/^$/); // opening the page announces nothing
      // Three steps 200 ms apart: nothing is said between them.
      for (let i = 0; i < 3; i++) {
        await fireEvent.keyDown(start, { key: 'ArrowRight' });
        vi.advanceTimersByTime(200);
        flushSync();
        expect(said).toHaveTextContent(/^$/);
      }
      vi.advanceTimersByTime(700);
      flushSync();
      expect(said).toHaveTextContent('Showing 1994–2026');
      // A file arriving changes the counts, not the window: nothing more is said.
      await rerender({ counts: '20 tourism figures' });
      vi.advanceTimersByTime(2000);
      flushSync();
      expect(said).toHaveTextContent(/^Showing 1994–2026$/);
    });
  });

  it('moves five years on PageUp and leaves other keys to the browser', async () => {
    const { dashboard, start, end } = setup();
    await fireEvent.keyDown(start, { key: 'PageUp' });
    expect([dashboard.from, dashboard.to]).toEqual([1996, 2026]);
    expect(end).toHaveAttribute('aria-valuemin', '1996');
    expect(await fireEvent.keyDown(start, { key: 'Tab' })).toBe(true);
    expect([dashboard.from, dashboard.to]).toEqual([1996, 2026]);
  });

  it('stops the start thumb at the end year on End', async () => {
    const dashboard = new Dashboard();
    dashboard.setWindow(2000, 2010);
    const { start, end, getByText } = setup(dashboard);
    await fireEvent.keyDown(start, { key: 'End' });
    expect([dashboard.from, dashboard.to]).toEqual([2010, 2010]);
    expect(start).toHaveAttribute('aria-valuenow', '2010');
    expect(end).toHaveAttribute('aria-valuenow', '2010');
    expect(getByText('Showing 2010')).toBeInTheDocument();
  });

  it('resets to 1991–2026, says it is unavailable when the window is already whole, and keeps focus', async () => {
    const { dashboard, end, reset, getByText } = setup();
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    await fireEvent.keyDown(end, { key: 'Home' });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 1991]);
    expect(reset).toHaveAttribute('aria-disabled', 'false');
    reset.focus();
    await fireEvent.click(reset);
    expect([dashboard.from, dashboard.to]).toEqual([1991, 2026]);
    expect(getByText('Showing 1991–2026')).toBeInTheDocument();
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    // Not `disabled`, which would make a browser drop keyboard focus to the top of the page.
    expect(reset).not.toBeDisabled();
    expect(document.activeElement).toBe(reset);
  });

  it('draws one bar per year in the strip, and no NaN anywhere', () => {
    const { container, strip } = setup();
    expect(strip).toHaveAttribute('aria-hidden', 'true');
    expect(strip.querySelector('title')?.textContent).toMatch(/per year/);
    const bars = strip.querySelectorAll('rect.bar');
    expect(bars).toHaveLength(36);
    expect(Number(bars[2013 - 1991]?.getAttribute('height'))).toBeGreaterThan(
      Number(bars[2005 - 1991]?.getAttribute('height')),
    );
    expect(bars[2000 - 1991]).toHaveAttribute('height', '0');
    expect(strip.querySelectorAll('text.tick-label')).toHaveLength(7); // 1995, 2000, ... 2025
    for (const el of container.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(`${el.tagName} ${attr.name}=${attr.value}`).not.toMatch(/NaN/);
    }
  });

  it('sets the window from a brush across the strip, in either direction', async () => {
    const { dashboard, strip, getByText } = setup();
    await fireEvent.pointerDown(strip, { clientX: at(2010), pointerId: 1 });
    await fireEvent.pointerMove(strip, { clientX: at(2004), pointerId: 1 });
    expect(strip.querySelector('rect.brush')).not.toBeNull();
    await fireEvent.pointerUp(strip, { clientX: at(2000), pointerId: 1 });
    expect([dashboard.from, dashboard.to]).toEqual([2000, 2010]);
    expect(getByText('Showing 2000–2010')).toBeInTheDocument();
    expect(strip.querySelector('rect.brush')).toBeNull();
  });

  it('ignores a click on the strip without a drag', async () => {
    const { dashboard, strip } = setup();
    await fireEvent.pointerDown(strip, { clientX: at(2005), pointerId: 1 });
    await fireEvent.pointerUp(strip, { clientX: at(2005) + 1, pointerId: 1 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 2026]);
  });

  it('drags a thumb with the pointer, never past the other thumb', async () => {
    const { dashboard, end, container } = setup();
    const rail = container.querySelector('.rail') as HTMLElement;
    await fireEvent.pointerDown(end, { clientX: at(2026), pointerId: 7 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 2026]);
    await fireEvent.pointerMove(rail, { clientX: at(2015), pointerId: 7 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 2015]);
    expect(end).toHaveAttribute('aria-valuenow', '2015');
    await fireEvent.pointerMove(rail, { clientX: -40, pointerId: 7 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 1991]);
    await fireEvent.pointerUp(rail, { pointerId: 7 });
    await fireEvent.pointerMove(rail, { clientX: at(2020), pointerId: 7 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 1991]);
  });

  it('grabs a pressed thumb without moving it, even off its centre', async () => {
    const { dashboard, start } = setup();
    await fireEvent.pointerDown(start, { clientX: at(1991) + 12, pointerId: 1 }); // nearer 1992 than 1991
    expect(dashboard.from).toBe(1991);
    expect(start).toHaveFocus();
  });

  it('jumps the nearer thumb to where the track is pressed', async () => {
    const { dashboard, container } = setup();
    const rail = container.querySelector('.rail') as HTMLElement;
    await fireEvent.pointerDown(rail, { clientX: at(2020), pointerId: 1 });
    await fireEvent.pointerUp(rail, { pointerId: 1 });
    expect([dashboard.from, dashboard.to]).toEqual([1991, 2020]);
  });
});
