import { describe, expect, it } from 'vitest';
import { eventTooltip } from '../../src/lib/charts/eventText';
import type { EventRow } from '../../src/lib/data/rows';

const row = {
  id: 'ev-1',
  title: 'A visit',
  date: '2024-05-30',
  precision: 'day',
  category: 'diplomatic',
  city: 'Islamabad',
  country: 'Pakistan',
  sourceNames: ['APP'],
  sourceUrls: ['https://www.app.com.pk/'],
} as unknown as EventRow;

describe('eventTooltip(row)', () => {
  it("names the event's date, category, place, row id and sources", () => {
    const tip = eventTooltip(row);
    expect(tip.title).toBe('A visit');
    expect(tip.rows).toContainEqual(['Category', 'Diplomatic']);
    expect(tip.rows).toContainEqual(['Place', 'Islamabad, Pakistan']);
    expect(tip.rows).toContainEqual(['Row id', 'ev-1']);
    expect([tip.sourceNames, tip.sourceUrls]).toEqual([['APP'], ['https://www.app.com.pk/']]);
  });
  it('is the same box content each time for a row (the pointer moving over its mark draws nothing again), another for another row', () => {
    expect(eventTooltip(row)).toBe(eventTooltip(row));
    expect(eventTooltip({ ...row, id: 'ev-2' } as EventRow)).not.toBe(eventTooltip(row));
  });
});
