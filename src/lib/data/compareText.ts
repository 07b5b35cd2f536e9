import { oncePerKey } from './memo';

/**
 * Orders by UTF-16 code units: for ids, ISO dates and keys (ASCII by schema), where it is the same
 * order as a locale's and does not depend on one. `localeCompare` would load the browser's collation
 * data on first use (tens of milliseconds on a cold page, before the first chart).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Names for reading (sources): case-insensitive first, then exact, so the order is total and stable. */
export function compareNames(a: string, b: string): number {
  return compareCodeUnits(folded(a), folded(b)) || compareCodeUnits(a, b);
}

/** A name in lower case, worked out once: the same few hundred source names are sorted on every window change. */
const folded = oncePerKey((name) => name.toLowerCase());
