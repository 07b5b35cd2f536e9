import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineEnding, parseCsv } from '../../src/lib/data/parseCsv';

describe('parseCsv(text, file)', () => {
  it('reads a header and records, keeping every cell a string', () => {
    const out = parseCsv('id,value\na,1\nb,2\n', 'x.csv');
    expect(out.header).toEqual(['id', 'value']);
    expect(out.records).toEqual([
      { line: 2, cells: { id: 'a', value: '1' } },
      { line: 3, cells: { id: 'b', value: '2' } },
    ]);
    expect(out.issues).toEqual([]);
  });

  it('strips a UTF-8 byte-order mark, or two, so the first column keeps its name, quoted or not', () => {
    for (const text of [
      '\ufeffid,value\na,1\n',
      '\ufeff\ufeffid,value\na,1\n',
      '\ufeff"id",value\na,1\n',
      '\ufeff\ufeff"id",value\na,1\n',
    ]) {
      const out = parseCsv(text, 'x.csv');
      expect(out.header).toEqual(['id', 'value']);
      expect(out.records).toEqual([{ line: 2, cells: { id: 'a', value: '1' } }]);
    }
  });

  it('reads CRLF line endings without leaving carriage returns in cells', () => {
    const out = parseCsv('id,value\r\na,1\r\nb,2\r\n', 'x.csv');
    expect(out.records.map((r) => r.cells.value)).toEqual(['1', '2']);
    expect(out.records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps quoted commas and line breaks inside a cell and counts physical lines', () => {
    const out = parseCsv('id,note\na,"one, two"\nb,"line 1\nline 2"\nc,after\n', 'x.csv');
    expect(out.records.map((r) => r.cells.note)).toEqual(['one, two', 'line 1\nline 2', 'after']);
    // Record c starts on physical line 5 because b's note spans lines 3 and 4.
    expect(out.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('reports an empty file', () => {
    const out = parseCsv('', 'empty.csv');
    expect(out.records).toEqual([]);
    expect(out.issues).toEqual([{ file: 'empty.csv', line: 0, message: 'the file is empty', severity: 'error' }]);
  });

  it('reads a header-only file as zero records without error', () => {
    const out = parseCsv('id,value\n', 'x.csv');
    expect(out.header).toEqual(['id', 'value']);
    expect(out.records).toEqual([]);
    expect(out.issues).toEqual([]);
  });

  it('skips a record with the wrong number of fields and says where it is', () => {
    const out = parseCsv('id,value\na,1\nb,2,extra\nc\nd,4\n', 'x.csv');
    expect(out.records.map((r) => r.cells.id)).toEqual(['a', 'd']);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'the record has 3 fields but the header has 2; record skipped'],
      [4, 'the record has 1 fields but the header has 2; record skipped'],
    ]);
  });

  it('skips a record whose quote is never closed, and names the lines it read into it', () => {
    const out = parseCsv('id,note\na,fine\nb,"opened\nc,lost\nd,lost too\n', 'x.csv');
    expect(out.records.map((r) => r.cells.id)).toEqual(['a']);
    expect(out.skipped).toBe(1);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'CSV syntax: Quoted field unterminated; it runs to line 5, so lines 4–5 are read into it; record skipped'],
    ]);
  });

  it('skips a record with a malformed quote, with the line it read into it', () => {
    const out = parseCsv('id,note\na,"bad"quote\nb,fine\n', 'x.csv');
    expect(out.records).toEqual([]);
    expect(out.skipped).toBe(1);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [
        2,
        'CSV syntax: Trailing quote on quoted field is malformed; it runs to line 3, so line 3 is read into it; record skipped',
      ],
      [2, 'CSV syntax: Quoted field unterminated; it runs to line 3, so line 3 is read into it; record skipped'],
    ]);
  });

  it('says each quoting error of a record once, though PapaParse gives it twice', () => {
    const text = 'id,note\na,"x"y"z\nb,c\n';
    expect(Papa.parse(text, { delimiter: ',' }).errors.map((e) => e.message)).toEqual([
      'Trailing quote on quoted field is malformed',
      'Trailing quote on quoted field is malformed',
      'Quoted field unterminated',
    ]);
    const out = parseCsv(text, 'x.csv');
    expect(out.skipped).toBe(1);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [
        2,
        'CSV syntax: Trailing quote on quoted field is malformed; it runs to line 3, so line 3 is read into it; record skipped',
      ],
      [2, 'CSV syntax: Quoted field unterminated; it runs to line 3, so line 3 is read into it; record skipped'],
    ]);
  });

  it('says a file that is an HTML page is one, not that its columns are missing', () => {
    for (const page of ['<!DOCTYPE html>\n<html lang="en"><head>', '\ufeff  <html>\n<body>Not found</body></html>']) {
      const out = parseCsv(page, 'trade.csv');
      expect(out.header).toEqual([]);
      expect(out.records).toEqual([]);
      expect(out.issues).toEqual([
        {
          file: 'trade.csv',
          line: 1,
          message: 'it is an HTML page, not CSV (a host may answer a missing file with a page of its own)',
          severity: 'error',
        },
      ]);
    }
    // A CSV whose first cell starts with a bracket is still a CSV.
    expect(parseCsv('id,note\n<a>,x\n', 'x.csv').records).toHaveLength(1);
  });

  it("reads no record when the header row's quoting is broken, and says so", () => {
    const out = parseCsv('id,"name\n1,a\n2,b\n3,c\n', 'x.csv');
    expect(out.header).toEqual([]);
    expect(out.records).toEqual([]);
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [
        1,
        'CSV syntax: Quoted field unterminated; it runs to line 4, so lines 2–4 are read into it; the header cannot be read, so no record is',
      ],
    ]);
    // Its records were read into the header: none is left over to count.
    expect(out.skipped).toBe(0);
  });

  it('counts a lone quote on the last line as a record skipped, not as a blank line', () => {
    const out = parseCsv('id,value\na,1\n"', 'x.csv');
    expect(out.records.map((r) => r.cells.id)).toEqual(['a']);
    expect(out.skipped).toBe(1);
  });

  it('counts each record left out once, however many problems it has', () => {
    const out = parseCsv('id,value\na,1\nb,2,extra\nc\n"d,4\n', 'x.csv');
    expect(out.records.map((r) => r.cells.id)).toEqual(['a']);
    expect(out.skipped).toBe(3);
  });

  it('ignores blank lines between records', () => {
    const out = parseCsv('id,value\na,1\n\nb,2\n', 'x.csv');
    expect(out.records.map((r) => [r.cells.id, r.line])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
  });

  it('reports duplicate and empty column names in the header', () => {
    const out = parseCsv('id,id,\na,b,c\n', 'x.csv');
    expect(out.issues.map((i) => i.message)).toEqual([
      'this column name appears twice in the header',
      'column 3 has no name in the header',
    ]);
  });
});

describe('parseCsv reads as Papa.parse does', () => {
  const inputs = [
    ...readdirSync('data')
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(join('data', f), 'utf8')),
    'a,b\r\n1,2\r\n',
    'a,b\r1,2\r3,4',
    'a,b\n1,"x\r\ny"\r\n2,3\r\n',
    'a,"b\r\nc"\n1,2\n',
    'a,b\r\n1,2\n3,4\n5,6\n',
    'a,b\r\n1,2\r\n3,4\n5,6\r7,8\r',
    '"x\ry",b\r\n1,2',
    'a\r',
    'a,b\n1,"open\r\n2,3\r\n',
  ];

  it("guesses each file's line ending as PapaParse does", () => {
    expect(inputs.length).toBeGreaterThan(12);
    const guessed = inputs.map((text) => Papa.parse(text, { delimiter: ',' }).meta.linebreak);
    expect(inputs.map(lineEnding)).toEqual(guessed);
    // Not a test that passes by every answer being the same.
    expect(new Set(guessed)).toEqual(new Set(['\n', '\r\n', '\r']));
  });

  it('gives the rows, lines and errors Papa.parse gives', () => {
    for (const text of inputs) {
      const out = parseCsv(text, 'x.csv');
      const papa = Papa.parse<string[]>(text, { delimiter: ',' });
      const [header = [], ...rows] = papa.data;
      const errorRows = new Set(papa.errors.map((e) => e.row));
      const kept = rows.filter(
        (row, i) => !errorRows.has(i + 1) && !(row.length === 1 && row[0] === '') && row.length === header.length,
      );
      if (!errorRows.has(0)) expect(out.header).toEqual(header.map((h) => h.trim()));
      expect(out.records.map((r) => out.header.map((h) => r.cells[h]))).toEqual(errorRows.has(0) ? [] : kept);
      // Each of PapaParse's errors, said once for its record (it can give one twice).
      expect(out.issues.filter((i) => i.message.startsWith('CSV syntax')).length).toBe(
        new Set(papa.errors.map((e) => `${e.row} ${e.message}`)).size,
      );
    }
  });
});
