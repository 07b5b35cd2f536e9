import Papa from 'papaparse';
import { quoteValue, type DataIssue } from './issues';

/** One data record as read: cells by column name, still strings, with the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
  issues: DataIssue[];
  /** How many records were left out (their field count, or broken quoting), each named in `issues`. */
  skipped: number;
}

/** Physical line numbers by offset, counted once as the parser moves forward (not rescanned per row). */
function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset && position < text.length; position++) if (text.charCodeAt(position) === 10) line++;
    return line;
  };
}

/**
 * The text's line ending, guessed as PapaParse guesses it when it is not given (its
 * ParserHandle.guessLineEndings, which the build leaves out with the rest of Papa.parse): LF unless
 * there is a carriage return; else, outside quoted fields in the first MB, LF if a line feed comes
 * first, CRLF if at least half the carriage returns are followed by one, and CR otherwise.
 */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  if (!text.includes('\r')) return '\n';
  const unquoted = text.slice(0, 1024 * 1024).replace(/"[^]*?"/g, '');
  const byCr = unquoted.split('\r');
  const byLf = unquoted.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && (byLf[0] ?? '').length < (byCr[0] ?? '').length)) return '\n';
  const crlf = byCr.filter((part) => part[0] === '\n').length;
  return crlf >= byCr.length / 2 ? '\r\n' : '\r';
}

/**
 * Parses CSV text (header row, comma-separated, RFC 4180 quoting, LF or CRLF, optional UTF-8 BOM).
 * No value is typed here: every cell stays a string until the schema coerces it.
 * A record whose field count does not match the header, or whose quoting is broken, is reported and
 * left out; a quote left open names the lines it read into its record, which are lost with it.
 */
export function parseCsv(input: string, file: string): ParsedCsv {
  // A byte-order mark, or two (a file saved with one by a program that adds its own), is no text.
  const text = input.replace(/^\ufeff+/, '');
  const issues: DataIssue[] = [];
  if (text.trim() === '') {
    return {
      header: [],
      records: [],
      issues: [{ file, line: 0, message: 'the file is empty', severity: 'error' }],
      skipped: 0,
    };
  }
  // A host may answer a missing file with a page of its own (a single-page app's index, a "not found"
  // page) and HTTP 200: said as that, not as a CSV header without the schema's columns.
  if (/^\s*<(!doctype|html)/i.test(text)) {
    return {
      header: [],
      records: [],
      issues: [
        {
          file,
          line: 1,
          message: 'it is an HTML page, not CSV (a host may answer a missing file with a page of its own)',
          severity: 'error',
        },
      ],
      skipped: 0,
    };
  }
  const rows: { cells: string[]; line: number; broken: boolean }[] = [];
  const lineAt = lineCounter(text);
  let start = 0;
  // PapaParse's parser itself, with no Papa.parse around it (the build leaves that out: its workers,
  // streamers, header and typing options are not used here): it reads the text whole and hands
  // each record to `step`, one at a time, with the offset where the next one starts.
  new Papa.Parser({
    delimiter: ',',
    newline: lineEnding(text),
    step(result: Papa.ParseStepResult<string[][]>) {
      const line = lineAt(start);
      // The record's last line: a quote left open reads the lines after it into the same record.
      const last = lineAt(Math.max(start, result.meta.cursor - 1));
      const broken = result.errors.length > 0;
      const outcome = rows.length === 0 ? '; the header cannot be read, so no record is' : '; record skipped';
      // The Parser steps one record at a time: `data` holds just that one.
      rows.push({ cells: result.data[0] ?? [], line, broken });
      // PapaParse can give one error twice for a record (a malformed trailing quote): said once.
      for (const message of new Set(result.errors.map((e) => e.message))) {
        const taken =
          last === line + 1
            ? `; it runs to line ${last}, so line ${last} is read into it`
            : last > line
              ? `; it runs to line ${last}, so lines ${line + 1}–${last} are read into it`
              : '';
        issues.push({ file, line, message: `CSV syntax: ${message}${taken}${outcome}`, severity: 'error' });
      }
      start = result.meta.cursor;
    },
  }).parse(text, 0, false);
  const blank = (row: { cells: string[] }) => row.cells.length === 1 && row.cells[0] === '';
  const [headerRow, ...dataRows] = rows;
  // A header whose quoting is broken names no column for certain: every record is left out.
  if (headerRow?.broken) {
    const unread = dataRows.filter((row) => !blank(row)).length;
    return { header: [], records: [], issues, skipped: unread };
  }
  const header = (headerRow?.cells ?? []).map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.push({ file, line: 1, message: `column ${index + 1} has no name in the header`, severity: 'error' });
    } else if (seen.has(name)) {
      issues.push({ file, line: 1, column: name, message: 'this column name appears twice in the header', severity: 'error' });
    }
    seen.add(name);
  });
  const records: CsvRecord[] = [];
  let skipped = 0;
  for (const row of dataRows) {
    // Its quoting is broken (a lone quote too): where its fields end is not known, so none is trusted.
    if (row.broken) {
      skipped++;
      continue;
    }
    if (blank(row)) continue;
    const line = row.line;
    if (row.cells.length !== header.length) {
      issues.push({
        file,
        line,
        value: row.cells.length > header.length ? quoteValue(row.cells.slice(header.length).join(',')) : undefined,
        message: `the record has ${row.cells.length} fields but the header has ${header.length}; record skipped`,
        severity: 'error',
      });
      skipped++;
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[name] = row.cells[index] ?? '';
    });
    records.push({ line, cells });
  }
  return { header, records, issues, skipped };
}
