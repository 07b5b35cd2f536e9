import type { ScaleContinuousNumeric } from 'd3';

/** Leading digit of a positive number: 2 for 2e6, 5 for 0.05. */
function leadingDigit(value: number): number {
  return Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9));
}

/**
 * Value-axis ticks. A log scale's ticks include every 1–9 multiple; keep 1, 2 and 5 of each power
 * of ten, and only powers of ten when that is still too many.
 */
export function valueTicks(scale: ScaleContinuousNumeric<number, number>, count: number, log: boolean): number[] {
  const all = scale.ticks(count);
  if (!log) return all;
  const positive = all.filter((t) => t > 0);
  const oneTwoFive = positive.filter((t) => [1, 2, 5].includes(leadingDigit(t)));
  if (oneTwoFive.length <= count * 2) return oneTwoFive;
  return positive.filter((t) => leadingDigit(t) === 1);
}
