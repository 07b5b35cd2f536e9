import { describe, expect, it } from 'vitest';
import { laneLayout, laneNeighbour, LANE } from '../../src/lib/charts/eventLanes';
import { eventRow } from '../fixtures/eventRows';

// One pixel per day from 1 January 1995.
const xOf = (ms: number) => (ms - Date.UTC(1995, 0, 1)) / 86_400_000;

describe('laneLayout(events, categories, xOf)', () => {
  const events = [
    eventRow({ id: 'd1', date: '1995-10-10', precision: 'day' }),
    eventRow({ id: 'm1', date: '1995-10', precision: 'month' }),
    eventRow({ id: 'y1', date: '1996', precision: 'year', category: 'security' }),
    eventRow({ id: 'd2', date: '1997-01-01', precision: 'day' }),
  ];
  const { lanes, height } = laneLayout(events, ['diplomatic', 'security', 'cultural'], xOf);

  it('makes one lane per category, stacked without gaps, even when a lane is empty', () => {
    expect(lanes.map((l) => [l.category, l.items.length])).toEqual([
      ['diplomatic', 3],
      ['security', 1],
      ['cultural', 0],
    ]);
    expect(lanes[1]?.top).toBe(lanes[0]?.height);
    expect(height).toBe(lanes.reduce((s, l) => s + l.height, 0));
  });

  it('spans a month event over its month and a year event over its year; a day is a point', () => {
    const byId = new Map(lanes.flatMap((l) => l.items).map((i) => [i.row.id, i]));
    expect([byId.get('m1')?.x0, byId.get('m1')?.x1]).toEqual([273, 304 - 1 / 86_400_000]);
    expect(byId.get('d1')?.x0).toBe(byId.get('d1')?.x1);
    expect(Math.round(byId.get('y1')?.x1 ?? 0) - Math.round(byId.get('y1')?.x0 ?? 0)).toBe(366);
  });

  it('puts a day inside a month on another level, so nothing overlaps', () => {
    const diplomatic = lanes[0]?.items ?? [];
    const d1 = diplomatic.find((i) => i.row.id === 'd1');
    const m1 = diplomatic.find((i) => i.row.id === 'm1');
    expect(d1?.y).not.toBe(m1?.y);
    expect(diplomatic.find((i) => i.row.id === 'd2')?.y).toBe(LANE.top + 0.5 * LANE.level);
  });

  it("writes each lane's name and count at the start of its first level; an event under it goes a level down", () => {
    expect(lanes.map((l) => l.label)).toEqual(['Diplomatic (3)', 'Security (1)', 'Cultural (0)']);
    // One level each: no lane keeps a line of its own for its label.
    expect(lanes.map((l) => l.height)).toEqual([
      LANE.top + 2 * LANE.level + LANE.padding,
      LANE.top + LANE.level + LANE.padding,
      LANE.top + LANE.level + LANE.padding,
    ]);
    // On the first day of the window (x = 0) and just past the label's reach: below it, then beside it.
    const under = eventRow({ id: 'under', date: '1995-01-01', precision: 'day', category: 'cultural' });
    const reach = 'Cultural (2)'.length * LANE.labelChar + LANE.labelGap + LANE.minWidth / 2;
    const beside = eventRow({ id: 'beside', date: '1995-12-31', precision: 'day', category: 'cultural' });
    const [cultural] = laneLayout([under, beside], ['cultural'], (ms) => (xOf(ms) / 364) * reach).lanes;
    expect(cultural?.items.map((i) => [i.row.id, i.y])).toEqual([
      ['under', LANE.top + 1.5 * LANE.level],
      ['beside', LANE.top + 0.5 * LANE.level],
    ]);
    expect(cultural?.height).toBe(LANE.top + 2 * LANE.level + LANE.padding);
  });

  it('moves along and between lanes by keyboard', () => {
    expect(laneNeighbour(lanes, 0, 0, 'ArrowRight')).toEqual([0, 1]);
    expect(laneNeighbour(lanes, 0, 2, 'ArrowRight')).toEqual([0, 2]);
    expect(laneNeighbour(lanes, 0, 0, 'ArrowDown')).toEqual([1, 0]);
    expect(laneNeighbour(lanes, 1, 0, 'ArrowDown')).toEqual([1, 0]);
    expect(laneNeighbour(lanes, 1, 0, 'ArrowUp')[0]).toBe(0);
    expect(laneNeighbour(lanes, 0, 1, 'End')).toEqual([0, 2]);
  });
});
