/** Axis and tooltip formats: 'US$ 12.4 M', 'US$ 182.8 k', '46 k'. Pure, locale-independent. */
function compact(value: number): string {
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e9, 'bn'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) {
      const scaled = value / size;
      const digits = Math.abs(scaled) >= 100 ? 0 : 1;
      return `${scaled.toFixed(digits).replace(/\.0$/, '')} ${suffix}`;
    }
  }
  return String(Math.round(value));
}

export function formatUsd(value: number): string {
  return `US$ ${compact(value)}`;
}

export function formatCount(value: number): string {
  return compact(value);
}

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Exact figure with thousands separators, as printed in tables and tooltips: 'US$ 49,693,956'. */
export function formatUsdExact(value: number): string {
  return `US$ ${WHOLE.format(Math.round(value))}`;
}

/** A whole number with thousands separators: '41,268'. */
export function formatWhole(value: number): string {
  return WHOLE.format(value);
}

/** 'about ' or 'more than ' before a figure, as its source qualifies it ('' when stated plainly). */
export function qualifierPrefix(qualifier: 'as-stated' | 'approximate' | 'lower-bound'): string {
  return qualifier === 'approximate' ? 'about ' : qualifier === 'lower-bound' ? 'more than ' : '';
}

/** Source kinds in words, for tooltips, names and tables. */
export const SOURCE_KIND_TEXT = {
  'official-statistics': 'official statistics',
  'official-statement': 'official statement',
  'press-report': 'press report',
} as const;
