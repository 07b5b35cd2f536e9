import type { Qualifier } from './rows';

/** A figure as its source states it: the number and how it was qualified. */
export interface StatedFigure {
  value: number;
  qualifier: Qualifier;
}

/**
 * The unit an approximate figure is taken to be rounded to, read from the figure itself: its largest
 * power of ten, but no coarser than its second significant figure ('about 18,000' → 1,000; 'about
 * 7,500' → 100; 'about 20,000' → 1,000, not 10,000: the narrower reading, so that two figures are
 * not called agreeing on a generous one). A figure with no trailing zero is taken as stated.
 */
export function roundingUnit(value: number): number {
  const secondFigure = value === 0 ? 1 : 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1);
  let unit = 1;
  while (value !== 0 && unit < secondFigure && Number.isInteger(value / (unit * 10))) unit *= 10;
  return unit;
}

/** The values a stated figure allows: [low, high], high Infinity for a lower bound. */
function allowed({ value, qualifier }: StatedFigure): [number, number] {
  if (qualifier === 'lower-bound') return [value, Infinity];
  if (qualifier === 'approximate') {
    const half = roundingUnit(value) / 2;
    return [value - half, value + half];
  }
  return [value, value];
}

/**
 * Whether two figures for the same period can both be true as stated: 17,558 and 'about 18,000' can
 * (the first rounds to the second); 'more than 80,000' and 'more than 81,000' can; 41,268 and 22,000
 * cannot. Two exact figures agree only when equal. Nothing is estimated: this only reads what each
 * figure says of itself.
 */
export function figuresAgree(a: StatedFigure, b: StatedFigure): boolean {
  const [aLow, aHigh] = allowed(a);
  const [bLow, bHigh] = allowed(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Whether every pair of the figures agrees (see figuresAgree). */
export function allAgree(figures: readonly StatedFigure[]): boolean {
  return figures.every((a, i) => figures.slice(i + 1).every((b) => figuresAgree(a, b)));
}
