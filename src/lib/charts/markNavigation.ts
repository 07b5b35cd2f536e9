import type { ChartMark } from './marks';
import { compareCodeUnits } from '../data/compareText';

export type NavKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
const NAV_KEYS: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export function isNavKey(key: string): key is NavKey {
  return NAV_KEYS.includes(key);
}

/** Marks in reading order: by time, then by value from the top down. */
export function readingOrder<T extends Pick<ChartMark, 'x' | 'y' | 'id'>>(marks: readonly T[]): T[] {
  return [...marks].sort((a, b) => a.x - b.x || b.y - a.y || compareCodeUnits(a.id, b.id));
}

/**
 * The mark a key moves to from `current` (an index into `ordered`). Right/Left step through time;
 * Up/Down go to the nearest mark in time with a higher/lower value; Home/End to the first/last.
 * Returns the same index when there is nowhere to go.
 */
export function neighbour(ordered: readonly Pick<ChartMark, 'x' | 'y'>[], current: number, key: NavKey): number {
  const last = ordered.length - 1;
  if (last < 0) return -1;
  const here = ordered[current];
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowRight':
      return Math.min(last, current + 1);
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      if (!here) return current;
      let best = current;
      let bestScore = Infinity;
      ordered.forEach((m, i) => {
        if (i === current) return;
        const better = key === 'ArrowUp' ? m.y > here.y : m.y < here.y;
        if (!better) return;
        const score = Math.abs(m.x - here.x) * 1e6 + Math.abs(m.y - here.y) / (Math.abs(here.y) + 1);
        if (score < bestScore) {
          bestScore = score;
          best = i;
        }
      });
      return best;
    }
  }
}
