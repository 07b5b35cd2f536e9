import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Tooltip from '../../src/lib/charts/Tooltip.svelte';
import type { TooltipContent } from '../../src/lib/charts/marks';

const content: TooltipContent = {
  title: 'Pakistan-reported exports to Azerbaijan, 2019',
  rows: [['Value', 'US$ 15.9 M']],
  sourceNames: ['IMF DOTS'],
  sourceUrls: ['https://example.org/dots'],
};

/** Where the box is drawn, for a mark at (left, top) in a frame of the given size. */
function placed(left: number, top: number, frameWidth: number, frameHeight = 320) {
  const { container } = render(Tooltip, {
    content,
    left,
    top,
    frameWidth,
    frameHeight,
    pinned: false,
    onclose: () => {},
  });
  const box = container.querySelector<HTMLElement>('[role="tooltip"]');
  if (!box) throw new Error('no tooltip');
  return { x: parseFloat(box.style.left), y: parseFloat(box.style.top), above: box.classList.contains('above') };
}

describe('Tooltip placement: beside the mark where the frame allows, and never over it', () => {
  it('goes to the right of the mark, its top a little above it', () => {
    expect(placed(100, 150, 900)).toEqual({ x: 112, y: 138, above: false });
  });

  it('goes to the left of a mark near the right edge', () => {
    expect(placed(800, 150, 900)).toEqual({ x: 508, y: 138, above: false });
  });

  it('in a frame too narrow for either side, goes above a mark in the lower half, below one in the upper', () => {
    // A 360 px frame (a phone): 280 px fits on neither side of a mark at 180.
    const low = placed(180, 250, 360);
    expect(low).toEqual({ x: 40, y: 234, above: true });
    const high = placed(180, 60, 360);
    expect(high).toEqual({ x: 40, y: 76, above: false });
    // Clear of the mark's focus ring (r 10) either way: the box ends above it, or starts below it.
    expect(low.y).toBeLessThanOrEqual(250 - 10);
    expect(high.y).toBeGreaterThanOrEqual(60 + 10);
  });

  it('keeps the box inside the frame, however near the edge the mark is', () => {
    // A 300 px frame: 280 px fits on neither side of a mark at 20 or at 290.
    expect(placed(20, 250, 300).x).toBe(0);
    expect(placed(290, 250, 300).x).toBe(20);
    // A frame narrower than the box: from its left edge.
    expect(placed(100, 60, 200).x).toBe(0);
  });
});
