import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import ProductFigures from '../../src/lib/charts/ProductFigures.svelte';
import type { ProductRow } from '../../src/lib/data/rows';

const rice = (over: Partial<ProductRow> & { id: string }): ProductRow => ({
  line: 2,
  periodStart: '2023-01-01',
  periodEnd: '2023-09-30',
  periodLabel: 'Jan–Sep 2023',
  reporter: 'Azerbaijan',
  partner: 'Pakistan',
  flow: 'import',
  product: 'Rice',
  valueUsd: 1332000,
  qualifier: 'as-stated',
  quantityTonnes: 1663,
  quantityQualifier: 'approximate',
  note: '',
  sourceNames: ['ABC.AZ / Fineko'],
  sourceUrls: ['https://abc.az/en/news/133540'],
  ...over,
});
const props = {
  loading: false,
  total: 2,
  years: '2020–2026',
  file: 'trade_products.csv',
  href: 'data/trade_products.csv',
};

describe('ProductFigures', () => {
  it('lists the window’s product figures, once opened, with qualifiers, sources and row ids', async () => {
    const { getByText, findByRole, container } = render(ProductFigures, {
      ...props,
      rows: [rice({ id: 'rice-2023' }), rice({ id: 'rice-none', quantityTonnes: null, periodLabel: 'Q1 2024' })],
      notice: null,
    });
    const summary = getByText(/^Product-level figures:/);
    expect(summary).toHaveTextContent('Product-level figures: 2 figures in 2020–2026 (Rice)');
    await fireEvent.click(summary);
    const table = await findByRole('table', { name: /Product-level trade figures in the current window/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-row-id'))).toEqual(['rice-2023', 'rice-none']);
    expect(rows[0]).toHaveTextContent("Azerbaijan's imports from Pakistan");
    expect(rows[0]).toHaveTextContent('US$ 1,332,000');
    expect(rows[0]).toHaveTextContent('about 1,663 t');
    expect(rows[1]).toHaveTextContent('not given');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'ABC.AZ / Fineko' })).toHaveAttribute(
      'href',
      'https://abc.az/en/news/133540',
    );
    expect(within(container).getByRole('link', { name: 'trade_products.csv' })).toHaveAttribute(
      'href',
      'data/trade_products.csv',
    );
  });

  it('says when none falls in the window, and when the file failed, in its own words', () => {
    const none = render(ProductFigures, { ...props, rows: [], notice: null });
    expect(none.getByText(/^Product-level figures:/)).toHaveTextContent('0 figures in 2020–2026');
    expect(none.container).toHaveTextContent('No product-level figure falls in 2020–2026 (2 figures in other years).');
    none.unmount();
    const failed = render(ProductFigures, {
      ...props,
      rows: [],
      notice: { text: 'trade_products.csv could not be loaded (HTTP 404 Not Found).', failed: true },
    });
    expect(failed.getByText(/^Product-level figures:/)).toHaveTextContent('Product-level figures: not loaded');
    expect(failed.container).toHaveTextContent('trade_products.csv could not be loaded (HTTP 404 Not Found).');
    failed.unmount();
    // Read, but no row could be: not "loading" for ever.
    const empty = render(ProductFigures, {
      ...props,
      rows: [],
      total: 0,
      notice: { text: 'trade_products.csv has no rows.', failed: false },
    });
    expect(empty.getByText(/^Product-level figures:/)).toHaveTextContent('Product-level figures: none readable');
    empty.unmount();
    const loading = render(ProductFigures, {
      ...props,
      rows: [],
      loading: true,
      notice: { text: 'trade_products.csv is still loading.', failed: false },
    });
    expect(loading.getByText(/^Product-level figures:/)).toHaveTextContent('Product-level figures: loading');
  });
});
