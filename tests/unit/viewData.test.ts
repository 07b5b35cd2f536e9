import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { viewCsv, viewFiles, type ViewFacts } from '../../src/lib/export/viewData';
import { viewFileBase } from '../../src/lib/export/download';
import { describeView } from '../../src/lib/export/viewDescription';
import { DEFAULT_VIEW } from '../../src/lib/state/urlCodec';
import { EVENT_CATEGORIES } from '../../src/lib/data/rows';
import { readTable } from '../../src/lib/data/readTable';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { toProductRow, toTradeRow } from '../../src/lib/data/rows';
import { inWindow } from '../../src/lib/data/period';
import { productViewRows, tradeViewRows } from '../../src/lib/data/viewRows';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
const resource = pkg.resources.find((r) => r.name === 'trade');
const table = resource && readTable(readFileSync('data/trade.csv', 'utf8'), resource);
const columns = resource?.schema.fields.map((f) => f.name) ?? [];

describe('viewCsv(records, columns, ids)', () => {
  it('writes exactly the rows of a view, with every published column, parsing back to the same cells', () => {
    const rows = (table?.records ?? []).map(toTradeRow);
    const shown = tradeViewRows(inWindow(rows, 2013, 2016), 'mirror');
    const csv = viewCsv(table?.records ?? [], columns, new Set(shown.map((r) => r.id)));
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual(columns);
    expect(parsed.data.map((r) => r.id).sort()).toEqual(shown.map((r) => r.id).sort());
    // IMF DOTS 2013–2016: four flows (each side's exports and imports) × four years.
    expect(parsed.data.length).toBe(16);
    const original = table?.records.find((r) => r.raw.id === parsed.data[0]?.id)?.raw;
    expect(parsed.data[0]).toEqual(original);
  });
});

describe('viewFileBase(panel, from, to, qualifier)', () => {
  it('names what the file holds', () => {
    expect(viewFileBase('trade', 2010, 2020, 'mirror')).toBe('pak-aze-trade_2010-2020_mirror');
    expect(viewFileBase('events', 1991, 2026, 'search JF-17/<x>')).toBe('pak-aze-events_1991-2026_search-jf-17-x');
    expect(viewFileBase('tourism', 2014, 2025, '')).toBe('pak-aze-tourism_2014-2025');
    // A view's qualifier in parts, each a part of the name.
    const events = describeView('events', {
      ...DEFAULT_VIEW,
      categories: EVENT_CATEGORIES.filter((c) => c !== 'security'),
      search: 'JF',
      event: 'ev-x',
    });
    expect(viewFileBase('events', 1991, 2026, events.qualifier)).toBe(
      'pak-aze-events_1991-2026_without-security_search-jf_selected-ev-x',
    );
  });

  it('cuts a long search short, not the selection after it', () => {
    const base = viewFileBase(
      'events',
      2000,
      2024,
      `cultural_search-${'embassy '.repeat(22)}_selected-ev-2009-aviation-mou`,
    );
    expect(base.length).toBeLessThanOrEqual(150);
    expect(base).toMatch(
      /^pak-aze-events_2000-2024_cultural_search-embassy-embassy-[a-z-]*[a-z]_selected-ev-2009-aviation-mou$/,
    );
  });

  it('stays short enough for the files named after it, however long the search it names', () => {
    const base = viewFileBase('events', 1991, 2026, `search ${'Baku Karachi '.repeat(30)}`);
    expect(base).toMatch(/^pak-aze-events_1991-2026_search-baku-karachi-/);
    expect(base.length).toBeLessThanOrEqual(150);
    // The longest name made from it, the metadata's, within the 255 bytes file systems allow.
    expect(`${base}_metadata.json`.length).toBeLessThan(255);
  });
});

describe('viewFiles(main, also, facts, qualifier)', () => {
  const productsResource = pkg.resources.find((r) => r.name === 'trade_products');
  const products = productsResource && readTable(readFileSync('data/trade_products.csv', 'utf8'), productsResource);
  const productColumns = productsResource?.schema.fields.map((f) => f.name) ?? [];
  const facts: ViewFacts = {
    dataset: 'Pakistan–Azerbaijan Ties',
    version: '1.0.0',
    licence: 'CC-BY-4.0',
    panel: 'trade',
    window: { from: 2013, to: 2016 },
    filters: { reporter: 'azerbaijan' },
    permalink: 'https://example.org/?v=1&from=2013&to=2016&trade=azerbaijan#trade',
    downloadedAt: '2026-12-06T00:00:00.000Z',
    sources: [],
  };
  const parse = (csv = '') =>
    Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it("holds the panel's rows, the rows it shows from another file each in a CSV of its own, and metadata naming both", () => {
    const tradeIds = tradeViewRows(inWindow((table?.records ?? []).map(toTradeRow), 2013, 2016), 'azerbaijan').map(
      (r) => r.id,
    );
    const productIds = productViewRows(
      inWindow((products?.records ?? []).map(toProductRow), 2013, 2016),
      'azerbaijan',
    ).map((r) => r.id);
    expect(productIds).toEqual(['rice-az-import-2015-q1-turan']);
    const { base, files } = viewFiles(
      { file: 'trade.csv', records: table?.records ?? [], columns, rowIds: tradeIds },
      [{ file: 'trade_products.csv', records: products?.records ?? [], columns: productColumns, rowIds: productIds }],
      facts,
      'azerbaijan',
    );
    expect(base).toBe('pak-aze-trade_2013-2016_azerbaijan');
    expect(Object.keys(files)).toEqual([
      'pak-aze-trade_2013-2016_azerbaijan.csv',
      'pak-aze-trade_2013-2016_azerbaijan_trade_products.csv',
      'pak-aze-trade_2013-2016_azerbaijan_metadata.json',
    ]);
    expect(
      parse(files['pak-aze-trade_2013-2016_azerbaijan.csv'])
        .map((r) => r.id)
        .sort(),
    ).toEqual([...tradeIds].sort());
    const rice = parse(files['pak-aze-trade_2013-2016_azerbaijan_trade_products.csv']);
    expect(rice.map((r) => r.id)).toEqual(productIds);
    expect(Object.keys(rice[0] ?? {})).toEqual(productColumns);
    expect(rice[0]?.quantity_tonnes).toBe('445');
    const meta = JSON.parse(files['pak-aze-trade_2013-2016_azerbaijan_metadata.json'] ?? '{}');
    expect(meta).toMatchObject({ file: 'trade.csv', rowCount: tradeIds.length, rowIds: tradeIds });
    expect(meta.alsoShown).toEqual([
      {
        file: 'trade_products.csv',
        csv: 'pak-aze-trade_2013-2016_azerbaijan_trade_products.csv',
        rowCount: 1,
        rowIds: productIds,
      },
    ]);
  });

  it('adds no file for another file none of whose rows is shown', () => {
    const { files } = viewFiles(
      { file: 'trade.csv', records: table?.records ?? [], columns, rowIds: [] },
      [{ file: 'trade_products.csv', records: products?.records ?? [], columns: productColumns, rowIds: [] }],
      { ...facts, window: { from: 1991, to: 1992 } },
      '',
    );
    expect(Object.keys(files)).toEqual(['pak-aze-trade_1991-1992.csv', 'pak-aze-trade_1991-1992_metadata.json']);
    expect(JSON.parse(files['pak-aze-trade_1991-1992_metadata.json'] ?? '{}').alsoShown).toEqual([]);
  });
});

describe('productViewRows(windowed, view)', () => {
  const productsResource = pkg.resources.find((r) => r.name === 'trade_products');
  const rows =
    (productsResource && readTable(readFileSync('data/trade_products.csv', 'utf8'), productsResource))?.records.map(
      toProductRow,
    ) ?? [];
  it("lists the view's reporter's product figures as its chart draws that reporter's, and none in the mirror view", () => {
    expect(rows.map((r) => r.reporter)).toEqual(['Azerbaijan', 'Azerbaijan']);
    expect(productViewRows(rows, 'all')).toEqual(rows);
    expect(productViewRows(rows, 'azerbaijan')).toEqual(rows);
    expect(productViewRows(rows, 'pakistan')).toEqual([]);
    expect(productViewRows(rows, 'mirror')).toEqual([]);
    const pk = { ...rows[0]!, id: 'pk-made-up', reporter: 'Pakistan' as const };
    expect(productViewRows([...rows, pk], 'pakistan').map((r) => r.id)).toEqual(['pk-made-up']);
  });
});
