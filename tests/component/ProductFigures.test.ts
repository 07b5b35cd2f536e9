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
  view: 'all' as const,
  inWindow: 2,
  loading: false,
  total: 2,
  wholeYears: 0,
  years: '2020–2026',
  file: 'trade_products.csv',
  href: 'data/trade_products.csv',
};

describe('ProductFigures', () => {
  it('says when none of the file covers a whole year, and not when one does', () => {
    const partYears = render(ProductFigures, { ...props, rows: [rice({ id: 'rice-2023' })], notice: null });
    expect(partYears.container).toHaveTextContent('None covers a whole year: no breakdown by product of a full year');
    partYears.unmount();
    const oneWhole = render(ProductFigures, {
      ...props,
      wholeYears: 1,
      rows: [rice({ id: 'rice-2023' })],
      notice: null,
    });
    expect(oneWhole.container).not.toHaveTextContent('None covers a whole year');
  });

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
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/gu, '').trim()),
    ).toContain('Reporter');
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
    const none = render(ProductFigures, { ...props, rows: [], inWindow: 0, notice: null });
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

  it("lists only the trade view's reporter's figures, and says what the view leaves out", async () => {
    // The page passes the view's rows (productViewRows): none of Azerbaijan's in Pakistan's view.
    const pk = render(ProductFigures, { ...props, view: 'pakistan', rows: [], inWindow: 2, notice: null });
    expect(pk.getByText(/^Product-level figures:/)).toHaveTextContent(
      'Product-level figures: none Pakistan-reported (2 Azerbaijan-reported figures in 2020–2026)',
    );
    expect(pk.container).toHaveTextContent(
      '2 figures in 2020–2026 are Azerbaijan-reported, not listed in this Pakistan-reported view (choose All or Azerbaijan-reported).',
    );
    expect(pk.queryByRole('table')).toBeNull();
    pk.unmount();
    const mirror = render(ProductFigures, { ...props, view: 'mirror', rows: [], inWindow: 1, notice: null });
    expect(mirror.getByText(/^Product-level figures:/)).toHaveTextContent(
      'Product-level figures: none in the mirror view (1 figure in 2020–2026)',
    );
    expect(mirror.container).toHaveTextContent(
      'The mirror view compares the IMF DOTS yearly totals each side reports: the 1 figure in 2020–2026 is listed in the other views (choose All).',
    );
    mirror.unmount();
    // Some shown, some left out: the table lists the view's, and says the rest are not.
    const some = render(ProductFigures, {
      ...props,
      view: 'azerbaijan',
      rows: [rice({ id: 'rice-2023' })],
      inWindow: 2,
      notice: null,
    });
    await fireEvent.click(some.getByText(/^Product-level figures:/));
    const table = await some.findByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('data-row-id')),
    ).toEqual(['rice-2023']);
    expect(some.container).toHaveTextContent(
      '1 figure in 2020–2026 is Pakistan-reported, not listed in this Azerbaijan-reported view',
    );
  });
});
