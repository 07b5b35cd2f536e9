import { describe, expect, it } from 'vitest';
import {
  annualAgreement,
  missingAnnualYears,
  qualifiedCount,
  tourismMark,
  tourismMarks,
  tourismSummary,
} from '../../src/lib/charts/tourismMarks';
import type { TourismRow } from '../../src/lib/data/rows';

function row(over: Partial<TourismRow> & { id: string }): TourismRow {
  return {
    line: 2,
    sourceNames: ['Azernews'],
    sourceUrls: ['https://example.org/'],
    periodStart: '2018-01-01',
    periodEnd: '2018-12-31',
    periodLabel: '2018',
    periodType: 'annual',
    origin: 'Pakistan',
    destination: 'Azerbaijan',
    arrivals: 41_268,
    qualifier: 'as-stated',
    sourceKind: 'press-report',
    note: '',
    ...over,
  };
}

describe('tourism marks', () => {
  it('says "about" and "more than" as the source does', () => {
    expect([
      qualifiedCount({ arrivals: 18_000, qualifier: 'approximate' }),
      qualifiedCount({ arrivals: 80_000, qualifier: 'lower-bound' }),
      qualifiedCount({ arrivals: 41_268, qualifier: 'as-stated' }),
    ]).toEqual(['about 18,000', 'more than 80,000', '41,268']);
  });

  it('keeps both conflicting 2018 totals visible, side by side', () => {
    const marks = tourismMarks([row({ id: 'a' }), row({ id: 'b', arrivals: 22_000 })]);
    expect(marks.map((m) => [m.id, m.y, m.dx])).toEqual([
      ['a', 41_268, -4.5],
      ['b', 22_000, 4.5],
    ]);
    expect(annualAgreement([row({ id: 'a' }), row({ id: 'b', arrivals: 22_000 })])).toEqual({
      conflicting: [2018],
      agreeing: [],
    });
  });

  it('does not count the same figure from two sources as a conflict, nor as figures that differ', () => {
    expect(annualAgreement([row({ id: 'a', arrivals: 55_000 }), row({ id: 'b', arrivals: 55_000 })])).toEqual({
      conflicting: [],
      agreeing: [],
    });
  });

  it('tells figures that differ only within what they state (about, more than) from a conflict', () => {
    const y = (year: number, id: string, arrivals: number, qualifier: TourismRow['qualifier']) =>
      row({
        id,
        arrivals,
        qualifier,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        periodLabel: `${year}`,
      });
    const rows = [
      // 2017: 17,558 rounds to 'about 18,000'.
      y(2017, 'a', 18_000, 'approximate'),
      y(2017, 'b', 17_558, 'as-stated'),
      // 2018: two exact figures far apart, and a third that agrees with one of them: still a conflict.
      y(2018, 'c', 41_268, 'as-stated'),
      y(2018, 'd', 22_000, 'as-stated'),
      y(2018, 'e', 41_000, 'approximate'),
      // 2024: three lower bounds can all be true.
      y(2024, 'f', 80_000, 'lower-bound'),
      y(2024, 'g', 80_000, 'lower-bound'),
      y(2024, 'h', 81_000, 'lower-bound'),
      // 2025: 'more than 80,000' cannot be 'about 55,000'.
      y(2025, 'i', 80_000, 'lower-bound'),
      y(2025, 'j', 55_000, 'approximate'),
    ];
    expect(annualAgreement(rows)).toEqual({ conflicting: [2018, 2025], agreeing: [2017, 2024] });
  });

  it('draws a quarter or a part of a year as a span over its own months, never as an annual figure', () => {
    const m = tourismMark(
      row({
        id: 'q',
        periodStart: '2019-01-01',
        periodEnd: '2019-09-30',
        periodLabel: 'Jan–Sep 2019',
        periodType: 'partial-year',
        arrivals: 33_000,
      }),
    );
    expect(m?.shape).toBe('span');
    expect(
      m && [new Date(m.x0 ?? 0).toISOString().slice(0, 10), new Date(m.x1 ?? 0).toISOString().slice(0, 10)],
    ).toEqual(['2019-01-01', '2019-09-30']);
    expect(m?.spanLabel).toBe('Jan–Sep 2019');
  });

  it('marks a lower bound with a triangle and an approximation with a dotted outline', () => {
    expect(tourismMark(row({ id: 'l', qualifier: 'lower-bound' }))?.shape).toBe('triangle');
    expect(tourismMark(row({ id: 'p', qualifier: 'approximate' }))?.dashed).toBe(true);
  });
});

describe('years with no annual figure', () => {
  const annual = (year: number, over: Partial<TourismRow> = {}) =>
    row({
      id: `y${year}`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodLabel: String(year),
      ...over,
    });
  it('names the years of the window that have none (shorter periods do not fill them)', () => {
    const rows = [
      annual(2018),
      annual(2019),
      annual(2020, { id: 'h1-2020', periodType: 'partial-year', periodEnd: '2020-06-30', periodLabel: 'H1 2020' }),
      annual(2022),
      annual(2024),
    ];
    expect(missingAnnualYears(rows, 2018, 2024)).toBe('2020–2021 and 2023');
    expect(tourismSummary(rows, 2018, 2024)).toContain('; no annual figure for 2020–2021 and 2023.');
    // Years at the window's edges count too: before the first figure, and after the last.
    expect(missingAnnualYears(rows, 2014, 2026)).toBe('2014–2017, 2020–2021, 2023 and 2025–2026');
    expect(missingAnnualYears(rows, 2020, 2021)).toBe('2020–2021');
    // The current year is not over: the chart's label stops at the last full year.
    expect(tourismSummary(rows, 2018, 2026, 2025)).toContain('; no annual figure for 2020–2021, 2023 and 2025.');
    expect(missingAnnualYears(rows, 2026, 2025)).toBe('');
    expect(missingAnnualYears([annual(2018), annual(2019)], 2018, 2019)).toBe('');
    expect(tourismSummary([annual(2018), annual(2019)], 2018, 2019)).not.toContain('no annual figure');
  });
});
