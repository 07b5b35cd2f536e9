/** The product-level figures table's columns (trade_products.csv): text with sources. Pure. */
import type { ProductRow } from '../data/rows';
import { viewReporter, type TradeView } from '../data/tradeViews';
import { flowLabel } from './tradeEncoding';
import { qualifiedUsd } from './tradeMarks';
import { counted, formatWhole, qualifierPrefix } from './format';
import { noteColumn, sourceAndIdColumns, type Column } from './tableColumns';

/** 'about 1,663 t', '445 t', or 'not given' when the source states no quantity. */
export function quantityText(row: Pick<ProductRow, 'quantityTonnes' | 'quantityQualifier'>): string {
  return row.quantityTonnes === null
    ? 'not given'
    : `${qualifierPrefix(row.quantityQualifier)}${formatWhole(row.quantityTonnes)} t`;
}

export const PRODUCT_COLUMNS: Column<ProductRow>[] = [
  { key: 'period', label: 'Period', text: (r) => r.periodLabel, sortValue: (r) => r.periodStart },
  { key: 'product', label: 'Product', text: (r) => r.product },
  { key: 'reporter', label: 'Reporter', text: (r) => r.reporter },
  { key: 'flow', label: 'Flow', text: flowLabel },
  { key: 'value', label: 'Value', text: qualifiedUsd, sortValue: (r) => r.valueUsd, align: 'end' },
  {
    key: 'quantity',
    label: 'Quantity',
    text: quantityText,
    sortValue: (r) => r.quantityTonnes ?? -1,
    align: 'end',
  },
  ...sourceAndIdColumns<ProductRow>(),
  noteColumn<ProductRow>(),
];

/**
 * What the trade panel's view leaves out of the window's product-level figures (`leftOut` of them),
 * as the disclosure's summary and its text; null when it leaves out none. A reporter's view lists
 * that reporter's figures, as its chart draws; the mirror view compares IMF DOTS yearly totals and
 * lists none.
 */
export function productsLeftOut(
  view: TradeView,
  leftOut: number,
  years: string,
): { summary: string; text: string } | null {
  if (leftOut <= 0 || view === 'all') return null;
  const figures = counted(leftOut, 'figure');
  if (view === 'mirror') {
    return {
      summary: `none in the mirror view (${figures} in ${years})`,
      text: `The mirror view compares the IMF DOTS yearly totals each side reports: the ${figures} in ${years} ${leftOut === 1 ? 'is' : 'are'} listed in the other views (choose All).`,
    };
  }
  const shown = viewReporter(view);
  const other = shown === 'Pakistan' ? 'Azerbaijan' : 'Pakistan';
  return {
    summary: `none ${shown}-reported (${counted(leftOut, `${other}-reported figure`)} in ${years})`,
    text: `${counted(leftOut, 'figure')} in ${years} ${leftOut === 1 ? 'is' : 'are'} ${other}-reported, not listed in this ${shown}-reported view (choose All or ${other}-reported).`,
  };
}
