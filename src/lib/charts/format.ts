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

/**
 * A whole number with thousands separators, rounded half away from zero: '41,268'. Written out
 * rather than with Intl.NumberFormat, whose first use loads the browser's locale data (50–100 ms on
 * a cold page, before the first chart could show); the output is the same as en-US.
 */
export function formatWhole(value: number): string {
  // Past 1e21 JavaScript writes numbers in exponent form; no figure here comes near it.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const rounded = Math.round(Math.abs(value));
  const grouped = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && rounded !== 0 ? `-${grouped}` : grouped;
}

/** Exact figure with thousands separators, as printed in tables and tooltips: 'US$ 49,693,956'. */
export function formatUsdExact(value: number): string {
  return `US$ ${formatWhole(value)}`;
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

/** A count and its noun: '1 event', '3 events' ('1 row', '0 rows'). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${formatWhole(n)} ${n === 1 ? one : many}`;
}
