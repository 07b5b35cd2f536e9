import { describe, expect, it } from 'vitest';
import { allAgree, figuresAgree, roundingUnit } from '../../src/lib/data/figureAgreement';

describe('figures that agree as stated', () => {
  it("reads an approximate figure's rounding from its trailing zeros, to its second significant figure at most", () => {
    expect([18_000, 7_500, 50_000, 17_558, 0, 7_000, 100_000].map(roundingUnit)).toEqual([
      1_000, 100, 1_000, 1, 1, 100, 10_000,
    ]);
  });

  it('an exact figure agrees with an approximate one it rounds to, and only then', () => {
    const about18k = { value: 18_000, qualifier: 'approximate' } as const;
    expect(figuresAgree({ value: 17_558, qualifier: 'as-stated' }, about18k)).toBe(true);
    expect(figuresAgree(about18k, { value: 18_499, qualifier: 'as-stated' })).toBe(true);
    expect(figuresAgree(about18k, { value: 16_900, qualifier: 'as-stated' })).toBe(false);
  });

  it('two exact figures agree only when equal', () => {
    expect(figuresAgree({ value: 41_268, qualifier: 'as-stated' }, { value: 41_268, qualifier: 'as-stated' })).toBe(
      true,
    );
    expect(figuresAgree({ value: 41_268, qualifier: 'as-stated' }, { value: 41_269, qualifier: 'as-stated' })).toBe(
      false,
    );
  });

  it('lower bounds agree with each other, and with any figure at or above them', () => {
    const over80k = { value: 80_000, qualifier: 'lower-bound' } as const;
    expect(figuresAgree(over80k, { value: 81_000, qualifier: 'lower-bound' })).toBe(true);
    expect(figuresAgree(over80k, { value: 95_000, qualifier: 'as-stated' })).toBe(true);
    expect(figuresAgree({ value: 79_999, qualifier: 'as-stated' }, over80k)).toBe(false);
    expect(figuresAgree(over80k, { value: 55_000, qualifier: 'approximate' })).toBe(false);
  });

  it('a set agrees only if every pair does', () => {
    const exact = (value: number) => ({ value, qualifier: 'as-stated' }) as const;
    expect(allAgree([exact(41_268), { value: 41_000, qualifier: 'approximate' }])).toBe(true);
    expect(allAgree([exact(41_268), { value: 41_000, qualifier: 'approximate' }, exact(22_000)])).toBe(false);
    expect(allAgree([])).toBe(true);
  });
});
