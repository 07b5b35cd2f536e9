import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { viewCsv, viewFileBase } from '../../src/lib/export/viewData';
import { readTable } from '../../src/lib/data/readTable';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { toTradeRow } from '../../src/lib/data/rows';
import { inWindow } from '../../src/lib/data/period';
import { tradeViewRows } from '../../src/lib/data/viewRows';

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
    expect(viewFileBase('events', 1991, 2026, 'search JF-17/<x>')).toBe('pak-aze-events_1991-2026_search-jf-17-x-');
    expect(viewFileBase('tourism', 2014, 2025, '')).toBe('pak-aze-tourism_2014-2025');
  });
});
