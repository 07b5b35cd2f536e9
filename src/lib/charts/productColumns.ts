/** The product-level figures table's columns (trade_products.csv): text with sources. Pure. */
import type { ProductRow } from '../data/rows';
import { flowLabel } from './tradeEncoding';
import { qualifiedUsd } from './tradeMarks';
import { formatWhole, qualifierPrefix } from './format';
import { sourceAndIdColumns, type Column } from './tableColumns';

/** 'about 1,663 t', '445 t', or 'not given' when the source states no quantity. */
export function quantityText(row: Pick<ProductRow, 'quantityTonnes' | 'quantityQualifier'>): string {
  return row.quantityTonnes === null
    ? 'not given'
    : `${qualifierPrefix(row.quantityQualifier)}${formatWhole(row.quantityTonnes)} t`;
}

export const PRODUCT_COLUMNS: Column<ProductRow>[] = [
  { key: 'period', label: 'Period', text: (r) => r.periodLabel, sortValue: (r) => r.periodStart },
  { key: 'product', label: 'Product', text: (r) => r.product },
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
];
