import type { TradeRow } from '../data/rows';

/** Colour by reporter × flow (CSS custom properties, themed light/dark), dash by dataset. */
export function tradeColor(row: Pick<TradeRow, 'reporter' | 'flow'>): string {
  if (row.flow === 'turnover') return 'var(--c-turnover)';
  const who = row.reporter === 'Pakistan' ? 'pk' : 'az';
  return `var(--c-${who}-${row.flow})`;
}

export const DATASET_LABELS: Record<string, string> = {
  'imf-dots': 'IMF DOTS',
  'un-comtrade': 'UN Comtrade',
  'az-figures-press': 'Azerbaijani figures via press',
  'pk-figures-press': 'Pakistani figures via press',
  'official-statement': 'Official statement',
};

export function datasetLabel(dataset: string): string {
  return DATASET_LABELS[dataset] ?? dataset;
}

export function tradeDash(dataset: string): string | undefined {
  return dataset === 'un-comtrade' ? '6 4' : undefined;
}

export function flowLabel(row: Pick<TradeRow, 'reporter' | 'partner' | 'flow'>): string {
  if (row.flow === 'turnover') return `Turnover reported by ${row.reporter}`;
  return row.flow === 'export'
    ? `${row.reporter}'s exports to ${row.partner}`
    : `${row.reporter}'s imports from ${row.partner}`;
}
