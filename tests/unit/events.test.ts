import { describe, expect, it } from 'vitest';
import { eventDateText, eventSpan, filterEvents, foldText, stackIntervals } from '../../src/lib/data/events';
import { eventRow } from '../fixtures/eventRows';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

describe('eventSpan(row)', () => {
  it.each([
    ['1996-04-10', 'day', '1996-04-10', '1996-04-10'],
    ['1995-10', 'month', '1995-10-01', '1995-10-31'],
    ['1993', 'year', '1993-01-01', '1993-12-31'],
  ] as const)('%s (%s) spans %s to %s', (date, precision, start, end) => {
    const span = eventSpan({ date, precision });
    expect([iso(span?.start), iso(span?.end)]).toEqual([start, end]);
  });
  it('is null for a date that does not match its precision', () => {
    expect(eventSpan({ date: '1995-10', precision: 'day' })).toBeNull();
  });
});

describe('eventDateText(row)', () => {
  it('says no more than the precision', () => {
    expect(
      ['1996-04-10', '1995-10', '1993'].map((date, i) =>
        eventDateText({ date, precision: (['day', 'month', 'year'] as const)[i] ?? 'day' }),
      ),
    ).toEqual(['10 April 1996', 'October 1995', '1993']);
  });
});

describe('filterEvents(rows, filter)', () => {
  const rows = [
    eventRow({
      id: 'a',
      title: 'JF-17 contract confirmed',
      category: 'security',
      description: 'ISPR confirmed a signed contract.',
    }),
    eventRow({
      id: 'b',
      title: 'Embassy opens in Bakı',
      category: 'diplomatic',
      description: 'Pakistan opens its embassy.',
    }),
    eventRow({ id: 'c', title: 'Art exhibition', category: 'cultural', description: 'Paintings shown in Karachi.' }),
  ];
  const all = [
    'diplomatic',
    'economic',
    'cultural',
    'education',
    'tourism',
    'humanitarian',
    'security',
    'technology',
  ] as const;
  it.each([
    ['', all, ['a', 'b', 'c']],
    ['', ['cultural', 'security'], ['a', 'c']],
    ['', [], []],
    ['jf-17', all, ['a']],
    ['KARACHI', all, ['c']],
    ['baki embassy', all, ['b']],
    ['embassy karachi', all, []],
    ['contract', ['diplomatic'], []],
    ['   ', all, ['a', 'b', 'c']],
  ] as const)('search %j in %j', (search, categories, ids) => {
    expect(filterEvents(rows, { search, categories }).map((r) => r.id)).toEqual(ids);
  });
  it('treats markup in the search as plain text', () => {
    expect(filterEvents(rows, { search: '<img src=x onerror=alert(1)>', categories: all })).toEqual([]);
  });
});

describe('foldText(text)', () => {
  it('drops accents and case', () => {
    expect(foldText('Bakı Şəhər CAFÉ')).toBe('baki səhər cafe');
  });
});

describe('stackIntervals(items, minWidth, gap)', () => {
  it('puts overlapping intervals on different levels and reuses a level once free', () => {
    expect(
      stackIntervals(
        [
          { start: 0, end: 10 },
          { start: 5, end: 8 },
          { start: 12, end: 20 },
          { start: 6, end: 7 },
        ],
        1,
      ),
    ).toEqual([0, 1, 0, 2]);
  });
  it('gives a point event its minimum width, so two close points do not collide', () => {
    expect(
      stackIntervals(
        [
          { start: 0, end: 0 },
          { start: 3, end: 3 },
          { start: 10, end: 10 },
        ],
        8,
      ),
    ).toEqual([0, 1, 0]);
  });
  it('never leaves two items of one level overlapping (checked over a dense set)', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ start: (i * 7) % 50, end: ((i * 7) % 50) + (i % 5) }));
    const levels = stackIntervals(items, 4, 1);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (levels[i] !== levels[j]) continue;
        const a = items[i];
        const b = items[j];
        if (!a || !b) continue;
        const aEnd = Math.max(a.end, a.start + 4) + 1;
        const bEnd = Math.max(b.end, b.start + 4) + 1;
        expect(a.start >= bEnd || b.start >= aEnd, `items ${i} and ${j}`).toBe(true);
      }
    }
  });
});
