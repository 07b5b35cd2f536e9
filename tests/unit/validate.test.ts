import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/parseCsv';
import { checkForeignKeys, keySet, validateTable } from '../../src/lib/data/validate';
import { formatIssue } from '../../src/lib/data/issues';
import { GOOD, HEADER, testSchema } from '../fixtures/schema';
import type { TableSchema } from '../../src/lib/data/schema';

function validate(body: string, header = HEADER) {
  return validateTable(parseCsv(`${header}\n${body}`, 't.csv'), testSchema, 't.csv');
}

/** Replaces one cell of the good row (by column name). */
function withCell(column: string, value: string): string {
  const names = HEADER.split(',');
  const cells = GOOD.split(',');
  cells[names.indexOf(column)] = value;
  return cells.join(',');
}

describe('validateTable(parsed, schema, file)', () => {
  it('coerces a good record to typed values and splits multi-source cells', () => {
    const out = validate(GOOD);
    expect(out.issues).toEqual([]);
    expect(out.records[0]?.values).toEqual({
      id: 'a',
      value_usd: 100,
      share: 0.5,
      category: 'economic',
      day: '2021-02-28',
      date: '1995-10',
      date_precision: 'month',
      flag: true,
      airport: 'GYD',
      source_url: ['https://example.org/a', 'https://example.org/b'],
    });
  });

  it.each([
    ['value_usd', 'n/a', "'n/a' is not a whole number"],
    ['value_usd', '12.5', "'12.5' is not a whole number"],
    ['value_usd', '-5', "'-5' is below the minimum 0"],
    ['share', 'abc', "'abc' is not a number"],
    ['share', '1.5', "'1.5' is above the maximum 1"],
    ['category', 'sporting', "'sporting' is not one of: diplomatic, economic"],
    ['day', '2021-02-30', "'2021-02-30' is not a real calendar date (YYYY-MM-DD)"],
    ['day', '2021-2-3', "'2021-2-3' is not a real calendar date (YYYY-MM-DD)"],
    ['date', '1995-13', "'1995-13' is not a real date of month precision (YYYY-MM)"],
    ['date', '1995', "'1995' is not a real date of month precision (YYYY-MM)"],
    ['flag', 'yes', "'yes' is not true or false"],
    ['id', 'Bad Id', "'Bad Id' does not match the pattern [a-z0-9-]+"],
    [
      'source_url',
      'https://ok.org | javascript:alert(1)',
      "'javascript:alert(1)' does not match the pattern https?://\\S+",
    ],
    ['value_usd', '', 'a value is required but the cell is empty'],
  ])('reports %s = %j and skips the record, keeping the good one', (column, value, message) => {
    const out = validate(`${withCell(column, value)}\n${GOOD.replace(/^a,/, 'b,')}`);
    expect(out.records.map((r) => r.values.id)).toEqual(['b']);
    expect(out.issues).toEqual([
      { file: 't.csv', line: 2, column, value, message: `${message}; record skipped`, severity: 'error' },
    ]);
  });

  it('formats an issue as file, line and column', () => {
    const out = validate(withCell('value_usd', 'n/a'));
    expect(out.issues[0] && formatIssue(out.issues[0])).toBe(
      "t.csv line 2, value_usd: 'n/a' is not a whole number; record skipped",
    );
  });

  it('accepts a partial date of each precision when the shape matches', () => {
    const rows = [
      withCell('date', '1993').replace(',month,', ',year,'),
      withCell('date', '1996-04-09').replace(/^a,/, 'b,').replace(',month,', ',day,'),
    ];
    const out = validate(rows.join('\n'));
    expect(out.issues).toEqual([]);
    expect(out.records.map((r) => r.values.date)).toEqual(['1993', '1996-04-09']);
  });

  it('reports a duplicate id with the line of the first one', () => {
    const out = validate(`${GOOD}\n${GOOD}`);
    expect(out.records).toHaveLength(1);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [3, "'a' is a duplicate (first on line 2); record skipped"],
    ]);
  });

  it('counts the records it leaves out with those the parser left out, once per record', () => {
    // b has two bad cells, c too few fields.
    const b = GOOD.replace(/^a,100,0.5,/, 'b,n/a,x,');
    const out = validate(`${GOOD}\n${b}\nc,too,few\n${GOOD.replace(/^a,/, 'd,')}`);
    expect(out.records.map((r) => r.values.id)).toEqual(['a', 'd']);
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.column])).toEqual([
      [4, undefined],
      [3, 'value_usd'],
      [3, 'share'],
    ]);
    expect(out.skipped).toBe(2);
  });

  it('reports a missing required column once and loads no record', () => {
    const header = HEADER.replace(',value_usd', '');
    const body = GOOD.replace(',100', '');
    const out = validate(body, header);
    expect(out.records).toEqual([]);
    expect(out.issues.map((i) => i.message)).toEqual([
      'a required column is missing from the header',
      'all 1 records skipped: required column value_usd is missing',
    ]);
    expect(out.skipped).toBe(1);
  });

  it('warns about an extra column and still loads the records', () => {
    const out = validate(`${GOOD},extra`, `${HEADER},comment`);
    expect(out.records).toHaveLength(1);
    expect(out.issues).toEqual([
      {
        file: 't.csv',
        line: 1,
        column: 'comment',
        message: 'this column is not in the schema; it is ignored',
        severity: 'warning',
      },
    ]);
  });

  it('warns about a header-only file', () => {
    const out = validateTable(parseCsv(`${HEADER}\n`, 't.csv'), testSchema, 't.csv');
    expect(out.records).toEqual([]);
    expect(out.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'the file has a header but no data rows'],
    ]);
  });

  it('passes the empty-file error through', () => {
    const out = validateTable(parseCsv('', 't.csv'), testSchema, 't.csv');
    expect(out.issues.map((i) => i.message)).toEqual(['the file is empty']);
  });
});

describe('a period that ends before it starts (x-not-before)', () => {
  const schema: TableSchema = {
    fields: [
      { name: 'id', type: 'string' },
      { name: 'period_start', type: 'date' },
      { name: 'period_end', type: 'date', 'x-not-before': 'period_start' },
    ],
  };
  it('is reported with both dates and skipped; a one-day period and later ends are kept', () => {
    const csv =
      'id,period_start,period_end\na,2000-01-01,1999-12-31\nb,2000-01-01,2000-01-01\nc,2000-01-01,2000-12-31\n';
    const out = validateTable(parseCsv(csv, 'p.csv'), schema, 'p.csv');
    expect(out.records.map((r) => r.values.id)).toEqual(['b', 'c']);
    expect(out.issues.map(formatIssue)).toEqual([
      "p.csv line 2, period_end: '1999-12-31' is before period_start '2000-01-01'; record skipped",
    ]);
  });
});

describe('a reporter that is also its partner (x-not-equal)', () => {
  const schema: TableSchema = {
    fields: [
      { name: 'id', type: 'string' },
      { name: 'reporter', type: 'string' },
      { name: 'partner', type: 'string', 'x-not-equal': 'reporter' },
    ],
  };
  it('is reported on the partner column and skipped; a record with two countries is kept', () => {
    const csv = 'id,reporter,partner\na,Pakistan,Pakistan\nb,Pakistan,Azerbaijan\n';
    const out = validateTable(parseCsv(csv, 't.csv'), schema, 't.csv');
    expect(out.records.map((r) => r.values.id)).toEqual(['b']);
    expect(out.issues.map(formatIssue)).toEqual([
      "t.csv line 2, partner: the same as reporter ('Pakistan'); the two must differ; record skipped",
    ]);
  });
  it('is part of the shipped schemas: trade and products (partner), tourism (destination)', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
      resources: { name: string; schema: { fields: { name: string; 'x-not-equal'?: string }[] } }[];
    };
    const rule = (resource: string, field: string) =>
      pkg.resources.find((r) => r.name === resource)?.schema.fields.find((f) => f.name === field)?.['x-not-equal'];
    expect([rule('trade', 'partner'), rule('trade_products', 'partner'), rule('tourism', 'destination')]).toEqual([
      'reporter',
      'reporter',
      'origin',
    ]);
  });
});

describe('checkForeignKeys(table, schema, file, keysOf)', () => {
  const table = validate(`${GOOD}\n${withCell('airport', 'XXX').replace(/^a,/, 'b,')}`);
  it('skips a record whose key points nowhere and names the missing key', () => {
    const out = checkForeignKeys(table, testSchema, 't.csv', () => ({ kept: new Set(['GYD']), skipped: new Map() }));
    expect(out.records.map((r) => r.values.id)).toEqual(['a']);
    expect(out.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [3, 'airport', "'XXX' is not an id in airports; record skipped"],
    ]);
    expect([table.skipped, out.skipped]).toEqual([0, 1]);
  });
  it("keeps a record whose key is on the referenced table's skipped row, and says which line that is", () => {
    // The referenced table: row 'a' is good, row 'b' is skipped for its value (not its id), row 'c'
    // for its id, and the second 'a' as a duplicate (the first is kept).
    const airports = validate(
      [GOOD, withCell('value_usd', 'n/a').replace(/^a,/, 'b,'), withCell('id', 'Bad Id'), GOOD].join('\n'),
    );
    expect(airports.records.map((r) => r.values.id)).toEqual(['a']);
    const keys = keySet(airports, ['id']);
    expect([...keys.kept]).toEqual(['a']);
    expect([...keys.skipped]).toEqual([['b', 3]]);
    const refs = validate(
      ['a', 'b', 'zz'].map((to, i) => withCell('airport', to).replace(/^a,/, `r${i},`)).join('\n'),
      HEADER,
    );
    const out = checkForeignKeys(refs, testSchema, 'r.csv', () => keys);
    expect(out.records.map((r) => r.values.id)).toEqual(['r0', 'r1']);
    expect(out.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [3, 'warning', "'b' is on a row of airports skipped for an error (line 3); record kept"],
      [4, 'error', "'zz' is not an id in airports; record skipped"],
    ]);
    expect(out.skipped).toBe(1);
    // A record skipped for a key that is nowhere is not also said to be kept for one on a skipped row.
    const twoKeys = {
      ...testSchema,
      foreignKeys: [
        ...(testSchema.foreignKeys ?? []),
        { fields: 'id', reference: { resource: 'airports', fields: 'id' } },
      ],
    };
    const both = checkForeignKeys(
      validate(withCell('airport', 'b').replace(/^a,/, 'q,')),
      twoKeys,
      'r.csv',
      () => keys,
    );
    expect(both.records).toEqual([]);
    expect(both.issues.map((i) => [i.severity, i.message])).toEqual([
      ['error', "'q' is not an id in airports; record skipped"],
    ]);
  });

  it('checks nothing while the referenced table is not loaded', () => {
    const out = checkForeignKeys(table, testSchema, 't.csv', () => undefined);
    expect(out.records).toHaveLength(2);
  });
});
