import { eventSpan, stackIntervals } from '../data/events';
import type { EventCategory, EventRow } from '../data/rows';
import { compareCodeUnits } from '../data/compareText';

export interface LaneItem {
  row: EventRow;
  /** Pixel extent on the time axis (a day event is a point: x0 = x1). */
  x0: number;
  x1: number;
  /** Pixel centre of the item's row within the chart. */
  y: number;
}

export interface Lane {
  category: EventCategory;
  top: number;
  height: number;
  items: LaneItem[];
}

export const LANE = { label: 16, level: 16, padding: 8, minWidth: 10, gap: 2 } as const;

/**
 * One lane per category (in the given order), each event placed on the first level of its lane
 * where it overlaps nothing; lanes stack down the chart. Items sorted by time within a lane.
 */
export function laneLayout(
  events: readonly EventRow[],
  categories: readonly EventCategory[],
  xOf: (ms: number) => number,
): { lanes: Lane[]; height: number } {
  let top = 0;
  const lanes = categories.map((category) => {
    const placed = events
      .filter((e) => e.category === category)
      .flatMap((row) => {
        const span = eventSpan(row);
        if (!span) return [];
        const x0 = xOf(span.start);
        const x1 = row.precision === 'day' ? x0 : xOf(span.end);
        return Number.isFinite(x0) && Number.isFinite(x1) ? [{ row, x0, x1 }] : [];
      })
      .sort((a, b) => a.x0 - b.x0 || compareCodeUnits(a.row.id, b.row.id));
    const levels = stackIntervals(
      placed.map((p) => ({ start: p.x0 - LANE.minWidth / 2, end: p.x1 + LANE.minWidth / 2 })),
      LANE.minWidth,
      LANE.gap,
    );
    const depth = Math.max(1, ...levels.map((l) => l + 1));
    const lane: Lane = {
      category,
      top,
      height: LANE.label + depth * LANE.level + LANE.padding,
      items: placed.map((p, i) => ({ ...p, y: top + LANE.label + ((levels[i] ?? 0) + 0.5) * LANE.level })),
    };
    top += lane.height;
    return lane;
  });
  return { lanes, height: top };
}

export type LaneKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * Where a key moves from item `index` of lane `lane`: Left/Right along the lane in time, Up/Down to
 * the item nearest in time in the next lane above/below that has items, Home/End to the lane's ends.
 */
export function laneNeighbour(lanes: readonly Lane[], lane: number, index: number, key: LaneKey): [number, number] {
  const items = lanes[lane]?.items ?? [];
  if (key === 'ArrowLeft') return [lane, Math.max(0, index - 1)];
  if (key === 'ArrowRight') return [lane, Math.min(items.length - 1, index + 1)];
  if (key === 'Home') return [lane, 0];
  if (key === 'End') return [lane, items.length - 1];
  const here = items[index];
  const step = key === 'ArrowUp' ? -1 : 1;
  for (let l = lane + step; l >= 0 && l < lanes.length; l += step) {
    const candidates = lanes[l]?.items ?? [];
    if (candidates.length === 0 || !here) continue;
    let best = 0;
    candidates.forEach((c, i) => {
      const bestItem = candidates[best];
      if (bestItem && Math.abs(c.x0 - here.x0) < Math.abs(bestItem.x0 - here.x0)) best = i;
    });
    return [l, best];
  }
  return [lane, index];
}
