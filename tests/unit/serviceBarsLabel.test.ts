import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/lib/charts/serviceBars';

describe('fitLabel(x, chars, width, pxPerChar): a flights label stays inside its row', () => {
  it('starts where it would when it fits', () => {
    expect(fitLabel(100, 20, 400, 6)).toEqual({ x: 100, anchor: 'start', squeezeTo: null });
  });
  it('ends at the right edge when it would run past it', () => {
    expect(fitLabel(300, 20, 400, 6)).toEqual({ x: 400, anchor: 'end', squeezeTo: null });
  });
  it('starts at the left edge, squeezed to the row, when the row is narrower than the label', () => {
    expect(fitLabel(10, 60, 300, 6)).toEqual({ x: 0, anchor: 'start', squeezeTo: 300 });
  });
  it('never squeezes to a negative length', () => {
    expect(fitLabel(0, 5, -10, 6).squeezeTo).toBe(0);
  });
});
