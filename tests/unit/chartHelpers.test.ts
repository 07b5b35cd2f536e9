import { describe, expect, it } from 'vitest';
import { hiddenText, summariseSeries } from '../../src/lib/charts/summarise';
import { formatUsd } from '../../src/lib/charts/format';
import { neighbour, readingOrder } from '../../src/lib/charts/markNavigation';
import { dodge, nearestMark, placeLabels, separateOverlaps, type ChartMark } from '../../src/lib/charts/marks';
import { outsideWindow } from '../../src/lib/data/period';
import { yearRow } from '../fixtures/tradeRows';

describe('summariseSeries(name, points, format)', () => {
  it('names the first, last and peak values of the window', () => {
    const text = summariseSeries(
      'Pakistan-reported exports to Azerbaijan',
      [
        { label: '2010', value: 3_941_589 },
        { label: '2016', value: 61_268_381 },
        { label: '2020', value: 3_784_412 },
      ],
      formatUsd,
    );
    expect(text).toBe(
      'Pakistan-reported exports to Azerbaijan, 2010–2020: from US$ 3.9 M to US$ 3.8 M, peak US$ 61.3 M in 2016',
    );
  });
  it('handles one point and none', () => {
    expect(summariseSeries('X', [{ label: '2020', value: 5 }], String)).toBe('X, 2020: 5');
    expect(summariseSeries('X', [], String)).toBe('X: no figures in the window');
  });
});

describe('hiddenText(before, after)', () => {
  it.each([
    [0, 0, ''],
    [3, 0, '3 earlier figures outside the window'],
    [1, 2, '1 earlier figure and 2 later figures outside the window'],
  ])('%d before, %d after', (before, after, text) => {
    expect(hiddenText(before, after)).toBe(text);
  });
});

describe('outsideWindow(rows, from, to)', () => {
  it('counts rows wholly before and after the window', () => {
    const rows = [yearRow('a', 2000), yearRow('b', 2001), yearRow('c', 2010), yearRow('d', 2020)];
    expect(outsideWindow(rows, 2005, 2015)).toEqual({ before: 2, after: 1 });
  });
});

const mark = (id: string, x: number, y: number): ChartMark => ({
  id,
  x,
  y,
  color: 'red',
  hollow: false,
  shape: 'circle',
  label: id,
  tooltip: { title: id, rows: [], sourceNames: [], sourceUrls: [] },
});

describe('neighbour(ordered, current, key)', () => {
  const ordered = readingOrder([mark('c', 2, 5), mark('a', 1, 1), mark('b', 1, 9), mark('d', 3, 2)]);
  it('orders marks by time, then from the top down', () => {
    expect(ordered.map((m) => m.id)).toEqual(['b', 'a', 'c', 'd']);
  });
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 3, 3],
    ['ArrowLeft', 0, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['ArrowUp', 1, 0],
    ['ArrowDown', 0, 1],
    ['ArrowDown', 1, 1],
  ] as const)('%s from %d goes to %d', (key, from, to) => {
    expect(neighbour(ordered, from, key)).toBe(to);
  });
});

describe('dodge(marks, step, movable)', () => {
  it('spreads marks that share a position and leaves the others alone', () => {
    const out = dodge([mark('a', 1, 1), mark('b', 1, 2), mark('c', 2, 3)], 8);
    expect(out.map((m) => m.dx)).toEqual([-4, 4, 0]);
  });
  it('never moves a mark that is not movable', () => {
    const out = dodge([mark('a', 1, 1), mark('b', 1, 2)], 8, (m) => m.id !== 'a');
    expect(out.map((m) => m.dx)).toEqual([0, 0]);
  });
  it('gives the same object for the same mark and offset, and a mark left alone later has no offset', () => {
    const [a, b] = [mark('a', 1, 1), mark('b', 1, 2)];
    const pair = dodge([a, b], 8);
    expect(dodge([a, b], 8)).toEqual(pair);
    expect(dodge([a, b], 8)[0]).toBe(pair[0]);
    // b filtered out (another reporter view): a stands alone, unmoved, and the pair's copies are untouched.
    expect(dodge([a], 8)[0]?.dx).toBe(0);
    expect(pair.map((m) => m.dx)).toEqual([-4, 4]);
  });
});

describe('separateOverlaps(points, gap, step)', () => {
  it('spreads marks of one column drawn on top of one another, centred on the column', () => {
    // Two datasets' near-equal figures for one year (2 px apart) and a third mark far below.
    const out = separateOverlaps([
      { id: 'dots', px: 100, py: 50 },
      { id: 'comtrade', px: 100, py: 52 },
      { id: 'far', px: 100, py: 90 },
    ]);
    expect(out.get('dots')).toBe(-5.5);
    expect(out.get('comtrade')).toBe(5.5);
    expect(out.has('far')).toBe(false);
  });
  it('leaves alone marks in other columns, marks far enough apart, and a lone mark', () => {
    const out = separateOverlaps([
      { id: 'a', px: 100, py: 50 },
      { id: 'b', px: 108, py: 50 },
      { id: 'c', px: 200, py: 50 },
      { id: 'd', px: 200, py: 62 },
      { id: 'e', px: 300, py: 10 },
    ]);
    expect(out.size).toBe(0);
  });
  it('spreads a chain of overlapping marks as one group, in the order given, whichever is higher', () => {
    const out = separateOverlaps([
      { id: 'c', px: 10, py: 20 },
      { id: 'a', px: 10, py: 0 },
      { id: 'b', px: 10, py: 10 },
    ]);
    expect([out.get('c'), out.get('a'), out.get('b')]).toEqual([-11, 0, 11]);
    // A dataset keeps its side from year to year: the first-given mark goes left, above or below.
    const flipped = separateOverlaps([
      { id: 'dots', px: 10, py: 52 },
      { id: 'comtrade', px: 10, py: 50 },
    ]);
    expect([flipped.get('dots'), flipped.get('comtrade')]).toEqual([-5.5, 5.5]);
  });
  it('draws a larger group closer together, so that it never spans more than it may', () => {
    const four = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, px: 10, py: i }));
    const out = separateOverlaps(four, 12, 11, 6);
    expect(four.map((p) => out.get(p.id))).toEqual([-3, -1, 1, 3]);
  });
  it('takes the step it is given (the caller keeps marks within their year)', () => {
    const out = separateOverlaps(
      [
        { id: 'a', px: 10, py: 0 },
        { id: 'b', px: 10, py: 1 },
      ],
      12,
      3,
    );
    expect([out.get('a'), out.get('b')]).toEqual([-1.5, 1.5]);
  });
});

describe('nearestMark(targets, x, y, radius)', () => {
  const [a, b, span] = [mark('a', 1, 1), mark('b', 2, 2), mark('span', 3, 3)];
  const targets = [
    { mark: a, x0: 10, x1: 10, y: 10 },
    { mark: b, x0: 20, x1: 20, y: 10 },
    { mark: span, x0: 40, x1: 100, y: 50 },
  ];
  it('finds the nearest mark within the radius, and none beyond it', () => {
    expect(nearestMark(targets, 14, 10, 16)?.id).toBe('a');
    expect(nearestMark(targets, 16, 10, 16)?.id).toBe('b');
    expect(nearestMark(targets, 10, 30, 16)).toBeUndefined();
  });
  it("measures to a span's bar, not only its middle", () => {
    expect(nearestMark(targets, 95, 55, 16)?.id).toBe('span');
    expect(nearestMark(targets, 120, 50, 16)).toBeUndefined();
  });
  it('gives a tie to the mark drawn last (on top)', () => {
    expect(nearestMark(targets, 15, 10, 16)?.id).toBe('b');
  });
});

describe('placeLabels(boxes)', () => {
  it('drops a label that would overlap an earlier one', () => {
    expect(
      placeLabels([
        { x: 20, y: 0, width: 40, height: 12 },
        { x: 30, y: 5, width: 40, height: 12 },
        { x: 120, y: 0, width: 40, height: 12 },
      ]),
    ).toEqual([true, false, true]);
  });
  it("drops a label that would cover another mark, but not its own, or run off the chart's sides", () => {
    const labels = [
      { x: 50, y: 0, width: 40, height: 12 }, // over its own mark only: kept
      { x: 150, y: 0, width: 40, height: 12 }, // over the unlabelled mark at 160: dropped
      { x: 290, y: 0, width: 40, height: 12 }, // past the right side (300): dropped
    ];
    const glyphs = [
      { x: 50, y: 4, width: 12, height: 12 },
      { x: 120, y: 40, width: 12, height: 12 },
      { x: 290, y: 40, width: 12, height: 12 },
      { x: 160, y: 4, width: 12, height: 12 },
    ];
    expect(placeLabels(labels, glyphs, 300)).toEqual([true, false, false]);
  });
});
