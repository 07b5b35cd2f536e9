import { describe, expect, it } from 'vitest';
import { TooltipState } from '../../src/lib/charts/tooltipState.svelte';
import type { TooltipContent } from '../../src/lib/charts/marks';

const content = (title: string): TooltipContent => ({ title, rows: [], sourceNames: [], sourceUrls: [] });

describe('TooltipState', () => {
  it('keeps a pinned tooltip while other marks are hovered, until it is cleared', () => {
    const tip = new TooltipState();
    tip.pin(content('a'), 10, 10);
    tip.show(content('b'), 20, 20);
    tip.hide();
    expect([tip.content?.title, tip.pinned]).toEqual(['a', true]);
    tip.clear();
    expect(tip.content).toBeNull();
  });

  it('pins one tooltip on the page at a time: pinning in another chart closes the first', () => {
    const trade = new TooltipState();
    const tourism = new TooltipState();
    trade.pin(content('trade row'), 0, 0);
    tourism.pin(content('tourism row'), 0, 0);
    expect([trade.content, trade.pinned]).toEqual([null, false]);
    expect(tourism.content?.title).toBe('tourism row');
    trade.pin(content('trade again'), 0, 0);
    expect(tourism.content).toBeNull();
  });
});
