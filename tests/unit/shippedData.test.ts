import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataPackage } from '../../src/lib/data/dataPackage';
import { readTable } from '../../src/lib/data/readTable';
import { checkForeignKeys, keySet, type ValidatedTable } from '../../src/lib/data/validate';
import { formatIssue } from '../../src/lib/data/issues';
import { RESOURCE_NAMES } from '../../src/lib/data/schema';
import { YEAR_BOUNDS } from '../../src/lib/state/urlCodec';

const pkg = readDataPackage(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));
const tables = new Map<string, ValidatedTable>(
  pkg.resources.map((r) => [r.name, readTable(readFileSync(`data/${r.path}`, 'utf8'), r)]),
);

const EXPECTED_ROWS: Record<string, number> = {
  trade: 143,
  trade_products: 2,
  tourism: 20,
  flights: 8,
  airports: 4,
  events: 108,
};

describe('the research notes published with the data', () => {
  it('are every research file a published note or description names, each listed in datapackage.json', () => {
    const named = new Set<string>();
    for (const r of pkg.resources) {
      for (const match of readFileSync(`data/${r.path}`, 'utf8').matchAll(/\b([a-z0-9_]+\.md)\b/g)) {
        if (match[1] !== 'README.md') named.add(match[1] ?? '');
      }
    }
    expect([...named].sort()).toEqual([...(pkg.research_notes ?? [])].sort());
    // Each is there to read (scripts/check-data-against-reference.mjs checks it is the research's, unchanged).
    for (const file of pkg.research_notes ?? []) expect(readFileSync(`data/${file}`, 'utf8')).toMatch(/^#/);
  });
});

describe('the shipped data package', () => {
  it('has a resource for every dataset the dashboard shows, and a licence', () => {
    expect(pkg.resources.map((r) => r.name).sort()).toEqual([...RESOURCE_NAMES].sort());
    expect(pkg.licenses?.[0]?.name).toBe('CC-BY-4.0');
  });

  it.each(pkg.resources.map((r) => [r.path, r.name]))('%s matches its schema with zero issues', (_path, name) => {
    const resource = pkg.resources.find((r) => r.name === name);
    const table = tables.get(name);
    expect(resource && table).toBeTruthy();
    if (!resource || !table) return;
    const checked = checkForeignKeys(table, resource.schema, resource.path, (res, fields) => {
      const other = tables.get(res);
      return other ? keySet(other, fields) : undefined;
    });
    expect(checked.issues.map(formatIssue)).toEqual([]);
    expect(checked.records.length).toBeGreaterThan(0);
    // Every reference row that carries a figure is kept (see data/README.md for the counts).
    expect(checked.records.length).toBe(EXPECTED_ROWS[name]);
  });

  it('checks each airport code of flights.csv, the stop on the way included, against airports.csv', () => {
    const flights = pkg.resources.find((r) => r.name === 'flights');
    const airports = tables.get('airports');
    if (!flights || !airports) throw new Error('no flights or airports in the package');
    const header = readFileSync('data/flights.csv', 'utf8').split('\n')[0] ?? '';
    const via = header.split(',').indexOf('via_iata');
    const lines = readFileSync('data/flights.csv', 'utf8').split('\n');
    lines[1] = (lines[1] ?? '')
      .split(',')
      .map((cell, i) => (i === via ? 'QQQ' : cell))
      .join(',');
    const bad = readTable(lines.join('\n'), flights);
    const checked = checkForeignKeys(bad, flights.schema, flights.path, (_, fields) => keySet(airports, fields));
    expect(checked.issues.map(formatIssue)).toEqual([
      "flights.csv line 2, via_iata: 'QQQ' is not an id in airports; record skipped",
    ]);
    expect(checked.skipped).toBe(1);
  });

  it('gives every row at least one http(s) source link', () => {
    for (const [name, table] of tables) {
      for (const record of table.records) {
        const urls = record.values.source_url;
        expect(
          Array.isArray(urls) && urls.length > 0 && urls.every((u) => /^https?:\/\//.test(u)),
          `${name} ${record.values.id}`,
        ).toBe(true);
      }
    }
  });

  it('keeps the 2013–2016 mirror gap as two separately reported series', () => {
    const trade = tables.get('trade')?.records.map((r) => r.values) ?? [];
    const pk2013 = trade.find(
      (v) =>
        v.dataset === 'imf-dots' && v.reporter === 'Pakistan' && v.flow === 'export' && v.period_start === '2013-01-01',
    );
    const az2013 = trade.find(
      (v) =>
        v.dataset === 'imf-dots' &&
        v.reporter === 'Azerbaijan' &&
        v.flow === 'import' &&
        v.period_start === '2013-01-01',
    );
    expect([pk2013?.value_usd, az2013?.value_usd]).toEqual([49693956, 1096600]);
  });

  it('guesses no flight end date', () => {
    for (const record of tables.get('flights')?.records ?? []) {
      expect(record.values.end_known === false ? record.values.end_date : 'known').toSatisfy(
        (v) => v === null || v === 'known',
      );
    }
  });
});

describe('the time window bounds', () => {
  it('span the first to the last year in the data', () => {
    const years: number[] = [];
    for (const [name, table] of tables) {
      for (const record of table.records) {
        const v = record.values;
        if (name === 'events' && typeof v.date === 'string') years.push(Number(v.date.slice(0, 4)));
        if (typeof v.period_start === 'string') years.push(Number(v.period_start.slice(0, 4)));
        if (typeof v.period_end === 'string') years.push(Number(v.period_end.slice(0, 4)));
      }
    }
    expect({ min: Math.min(...years), max: Math.max(...years) }).toEqual(YEAR_BOUNDS);
  });
});
