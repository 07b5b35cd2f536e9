/** Sentences that describe a series for screen readers, generated from the data. */
export interface SummaryPoint {
  label: string;
  value: number;
}

/**
 * 'Pakistan-reported exports to Azerbaijan (IMF DOTS), 2010–2020: from US$ 3.9 M to US$ 3.8 M,
 * peak US$ 61.3 M in 2016'. Points must be in time order.
 */
export function summariseSeries(name: string, points: readonly SummaryPoint[], format: (v: number) => string): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${name}: no figures in the window`;
  if (points.length === 1) return `${name}, ${first.label}: ${format(first.value)}`;
  const peak = points.reduce((a, b) => (b.value > a.value ? b : a), first);
  return `${name}, ${first.label}–${last.label}: from ${format(first.value)} to ${format(last.value)}, peak ${format(peak.value)} in ${peak.label}`;
}

/** '3 earlier figures and 1 later figure outside the window', or '' when nothing is hidden. */
export function hiddenText(before: number, after: number, noun: [string, string] = ['figure', 'figures']): string {
  const part = (n: number, when: string) => `${n} ${when} ${n === 1 ? noun[0] : noun[1]}`;
  const parts = [before > 0 ? part(before, 'earlier') : '', after > 0 ? part(after, 'later') : ''].filter(Boolean);
  return parts.length ? `${parts.join(' and ')} outside the window` : '';
}
