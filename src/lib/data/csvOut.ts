import Papa from 'papaparse';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets
 * a leading apostrophe; numbers, negative ones included, stay numbers.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** CSV text: UTF-8 byte-order mark, header row, CRLF, quoted where needed, every text cell guarded. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const data = rows.map((row) => columns.map((c) => guardCell(row[c] ?? '')));
  return `\uFEFF${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false })}\r\n`;
}
