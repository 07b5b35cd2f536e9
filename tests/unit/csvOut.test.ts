import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { guardCell, toCsv } from '../../src/lib/data/csvOut';

describe('guardCell(text)', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tdata', `'\tdata`],
    ['\rdata', `'\rdata`],
    ['-5', '-5'],
    ['+12.5', '+12.5'],
    ['1e6', '1e6'],
    ['49693956', '49693956'],
    ['IMF DOTS', 'IMF DOTS'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(guardCell(input)).toBe(output);
  });
});

describe('toCsv(columns, rows)', () => {
  const rows = [
    { id: 'a', value_usd: '182800', note: 'Quote: "exports", FOB; line 1\nline 2' },
    { id: 'b', value_usd: '-5', note: '=1+1' },
  ];
  const text = toCsv(['id', 'value_usd', 'note'], rows);

  it('starts with a UTF-8 byte-order mark and a header row', () => {
    expect(text.startsWith('\uFEFFid,value_usd,note\r\n')).toBe(true);
  });

  it('parses back to the same cells (quotes, commas, line breaks), formulas guarded', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toEqual([
      { id: 'a', value_usd: '182800', note: 'Quote: "exports", FOB; line 1\nline 2' },
      { id: 'b', value_usd: '-5', note: "'=1+1" },
    ]);
  });

  it('writes missing cells as empty and keeps column order', () => {
    expect(toCsv(['b', 'a'], [{ a: '1' }])).toBe('\uFEFFb,a\r\n,1\r\n');
  });
});
