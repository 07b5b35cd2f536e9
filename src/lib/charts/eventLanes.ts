import { eventSpan, stackIntervals } from '../data/events';
import type { EventCategory, EventRow } from '../data/rows';
import { compareCodeUnits } from '../data/compareText';
import { CATEGORY_LABELS } from './eventText';

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
  /** The lane's name and count, written at the start of its first level. */
  label: string;
  top: number;
  height: number;
  items: LaneItem[];
}

/**
 * Lane geometry in pixels: room above the first level, each level's height, room under the last, an
 * item's least width, the gap kept between items on a level, and a label's width per character (a
 * generous average at the labels' 12 px: SVG text cannot be measured before it is drawn) and after it.
 */
export const LANE = { top: 4, level: 16, padding: 8, minWidth: 10, gap: 2, labelChar: 7, labelGap: 6 } as const;

/** Where a lane's label is written: its baseline, at the middle of the lane's first level. */
export function laneLabelY(lane: Pick<Lane, 'top'>): number {
  return lane.top + LANE.top + LANE.level / 2 + 4;
}

/**
 * One lane per category (in the given order), each event placed on the first level of its lane
 * where it overlaps nothing, the lane's label included (at the start of the first level: an event
 * under it goes a level down); lanes stack down the chart. Items sorted by time within a lane.
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
    const label = `${CATEGORY_LABELS[category]} (${placed.length})`;
    // The label first, on the first level whatever the events' places (its start is before any).
    const [, ...levels] = stackIntervals(
      [
        { start: -Infinity, end: label.length * LANE.labelChar + LANE.labelGap - LANE.gap },
        ...placed.map((p) => ({ start: p.x0 - LANE.minWidth / 2, end: p.x1 + LANE.minWidth / 2 })),
      ],
      LANE.minWidth,
      LANE.gap,
    );
    const depth = Math.max(1, ...levels.map((l) => l + 1));
    const lane: Lane = {
      category,
      label,
      top,
      height: LANE.top + depth * LANE.level + LANE.padding,
      items: placed.map((p, i) => ({ ...p, y: top + LANE.top + ((levels[i] ?? 0) + 0.5) * LANE.level })),
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
