import { asList, type FieldDescriptor, type TableSchema } from './schema';
import { parsePartialDate, parseIsoDate, DATE_PRECISIONS, type DatePrecision } from './calendarDate';
import { quoteValue, type DataIssue } from './issues';
import type { ParsedCsv } from './parseCsv';
import { oncePerKey } from './memo';

export type CellValue = string | number | boolean | string[] | null;

/** A record that passed every check of its schema; values are coerced to their field types. */
export interface ValidRecord {
  line: number;
  values: Record<string, CellValue>;
  /** The cells as published, for writing the row back out exactly (downloads). */
  raw: Record<string, string>;
}

export interface ValidatedTable {
  records: ValidRecord[];
  issues: DataIssue[];
  /** How many of the file's records were left out, each for an error named in `issues`. */
  skipped: number;
  /**
   * The primary key of each record left out for an error elsewhere in it (its key cells were good and
   * not a duplicate), with its line: another file's reference to it is not to a key that is nowhere.
   */
  skippedKeys?: Map<string, number>;
}

/** A table's key values, for another table's foreign keys: its kept records', and its skipped ones'. */
export interface KeyIndex {
  kept: Set<string>;
  skipped: Map<string, number>;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

type Coerced = { ok: true; value: CellValue } | { ok: false; message: string };

/** Each pattern compiled once, not once per cell. */
const patternOf = oncePerKey((pattern) => new RegExp(`^(?:${pattern})$`, 'u'));

function checkString(text: string, field: FieldDescriptor): string | null {
  const c = field.constraints ?? {};
  if (c.enum && !c.enum.includes(text)) return `${quoteValue(text)} is not one of: ${c.enum.join(', ')}`;
  if (c.pattern && !patternOf(c.pattern).test(text)) {
    return `${quoteValue(text)} does not match the pattern ${c.pattern}`;
  }
  return null;
}

function checkRange(value: number, text: string, field: FieldDescriptor): string | null {
  const c = field.constraints ?? {};
  if (c.minimum !== undefined && value < c.minimum) return `${quoteValue(text)} is below the minimum ${c.minimum}`;
  if (c.maximum !== undefined && value > c.maximum) return `${quoteValue(text)} is above the maximum ${c.maximum}`;
  return null;
}

/** Coerces one non-missing cell to its field's type and checks the field's constraints. */
export function coerceCell(text: string, field: FieldDescriptor): Coerced {
  const fail = (message: string): Coerced => ({ ok: false, message });
  switch (field.type) {
    case 'integer': {
      const value = Number(text);
      if (!INTEGER.test(text) || !Number.isSafeInteger(value)) return fail(`${quoteValue(text)} is not a whole number`);
      const range = checkRange(value, text, field);
      return range ? fail(range) : { ok: true, value };
    }
    case 'number': {
      const value = Number(text);
      if (!NUMBER.test(text) || !Number.isFinite(value)) return fail(`${quoteValue(text)} is not a number`);
      const range = checkRange(value, text, field);
      return range ? fail(range) : { ok: true, value };
    }
    case 'boolean':
      if (TRUE_VALUES.includes(text)) return { ok: true, value: true };
      if (FALSE_VALUES.includes(text)) return { ok: true, value: false };
      return fail(`${quoteValue(text)} is not true or false`);
    case 'date':
      if (!parseIsoDate(text)) return fail(`${quoteValue(text)} is not a real calendar date (YYYY-MM-DD)`);
      return { ok: true, value: text };
    case 'string': {
      const separator = field['x-separator'];
      const parts = separator ? text.split(separator).map((p) => p.trim()) : [text];
      for (const part of parts) {
        const problem = checkString(part, field);
        if (problem) return fail(problem);
      }
      return { ok: true, value: separator ? parts : text };
    }
  }
}

/** A period's end before its start is an error in the record, not a period to draw backwards. */
function checkOrder(values: Record<string, CellValue>, field: FieldDescriptor): string | null {
  const other = field['x-not-before'];
  const value = values[field.name];
  const start = other ? values[other] : null;
  if (typeof value !== 'string' || typeof start !== 'string' || value >= start) return null;
  return `${quoteValue(value)} is before ${other} ${quoteValue(start)}`;
}

/** A record whose two countries are one (Pakistan's exports to Pakistan) is an error, not a flow to draw. */
function checkDifferent(values: Record<string, CellValue>, field: FieldDescriptor): string | null {
  const other = field['x-not-equal'];
  const value = values[field.name];
  if (!other || value === undefined || value === null || value === '' || value !== values[other]) return null;
  return `the same as ${other} (${quoteValue(String(value))}); the two must differ`;
}

function checkPrecision(values: Record<string, CellValue>, field: FieldDescriptor): string | null {
  const precisionField = field['x-precision-field'];
  const value = values[field.name];
  if (!precisionField || typeof value !== 'string') return null;
  const precision = values[precisionField];
  if (typeof precision !== 'string' || !DATE_PRECISIONS.includes(precision as DatePrecision)) {
    return `${quoteValue(value)} has no valid precision in ${precisionField}`;
  }
  if (!parsePartialDate(value, precision as DatePrecision)) {
    return `${quoteValue(value)} is not a real date of ${precision} precision (${
      precision === 'year' ? 'YYYY' : precision === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'
    })`;
  }
  return null;
}

/**
 * Checks parsed CSV records against a Table Schema. A record with any error is reported (file, line,
 * column, value, message) and skipped; every other record is kept with typed values.
 */
export function validateTable(parsed: ParsedCsv, schema: TableSchema, file: string): ValidatedTable {
  const issues: DataIssue[] = [...parsed.issues];
  const missingValues = schema.missingValues ?? [''];
  const headerSet = new Set(parsed.header);
  const fieldNames = new Set(schema.fields.map((f) => f.name));

  for (const name of parsed.header) {
    if (name && !fieldNames.has(name)) {
      issues.push({ file, line: 1, column: name, message: 'this column is not in the schema; it is ignored', severity: 'warning' });
    }
  }
  const missingRequired: string[] = [];
  for (const field of schema.fields) {
    if (headerSet.has(field.name) || parsed.header.length === 0) continue;
    const required = field.constraints?.required === true;
    if (required) missingRequired.push(field.name);
    issues.push({
      file,
      line: 1,
      column: field.name,
      message: required ? 'a required column is missing from the header' : 'an optional column is missing; its values are empty',
      severity: required ? 'error' : 'warning',
    });
  }
  if (missingRequired.length > 0) {
    if (parsed.records.length > 0) {
      issues.push({
        file,
        line: 0,
        message: `all ${parsed.records.length} records skipped: required column ${missingRequired.join(', ')} is missing`,
        severity: 'error',
      });
    }
    return { records: [], issues, skipped: parsed.skipped + parsed.records.length };
  }
  if (parsed.header.length > 0 && parsed.records.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({ file, line: 0, message: 'the file has a header but no data rows', severity: 'warning' });
  }

  const primaryKey = schema.primaryKey ? asList(schema.primaryKey) : [];
  const uniqueFields = schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name);
  const keyColumns = [...new Set([...uniqueFields, ...(primaryKey.length === 1 ? primaryKey : [])])];
  const seen = new Map<string, Map<string, number>>(keyColumns.map((k) => [k, new Map()]));

  const records: ValidRecord[] = [];
  const skippedKeys = new Map<string, number>();
  for (const record of parsed.records) {
    const values: Record<string, CellValue> = {};
    const recordIssues: DataIssue[] = [];
    for (const field of schema.fields) {
      const text = record.cells[field.name] ?? '';
      if (missingValues.includes(text)) {
        values[field.name] = null;
        if (field.constraints?.required || primaryKey.includes(field.name)) {
          recordIssues.push({ file, line: record.line, column: field.name, value: text, message: 'a value is required but the cell is empty', severity: 'error' });
        }
        continue;
      }
      const coerced = coerceCell(text, field);
      if (coerced.ok) values[field.name] = coerced.value;
      else recordIssues.push({ file, line: record.line, column: field.name, value: text, message: coerced.message, severity: 'error' });
    }
    for (const field of schema.fields) {
      if (recordIssues.some((i) => i.column === field.name)) continue;
      const problem = checkPrecision(values, field) ?? checkOrder(values, field) ?? checkDifferent(values, field);
      if (problem) recordIssues.push({ file, line: record.line, column: field.name, value: String(values[field.name]), message: problem, severity: 'error' });
    }
    for (const column of keyColumns) {
      const value = values[column];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const firstLine = seen.get(column)?.get(String(value));
      if (firstLine !== undefined) {
        recordIssues.push({
          file,
          line: record.line,
          column,
          value: String(value),
          message: `${quoteValue(String(value))} is a duplicate (first on line ${firstLine})`,
          severity: 'error',
        });
      }
    }
    if (recordIssues.length > 0) {
      issues.push(...recordIssues.map((i) => ({ ...i, message: `${i.message}; record skipped` })));
      if (primaryKey.length > 0 && !recordIssues.some((i) => primaryKey.includes(i.column ?? ''))) {
        skippedKeys.set(primaryKey.map((f) => String(values[f])).join('\u0000'), record.line);
      }
      continue;
    }
    for (const column of keyColumns) {
      const value = values[column];
      if (typeof value === 'string' || typeof value === 'number') seen.get(column)?.set(String(value), record.line);
    }
    records.push({ line: record.line, values, raw: record.cells });
  }
  return { records, issues, skipped: parsed.skipped + parsed.records.length - records.length, skippedKeys };
}

/**
 * Checks foreign keys against the key values of the tables they reference. Records whose key
 * points nowhere are reported and left out. A reference table not (yet) loaded is not checked.
 */
export function checkForeignKeys(
  table: ValidatedTable,
  schema: TableSchema,
  file: string,
  keysOf: (resource: string, fields: string[]) => KeyIndex | undefined,
): ValidatedTable {
  const issues: DataIssue[] = [];
  const records = table.records.filter((record) => {
    let ok = true;
    const said: DataIssue[] = [];
    for (const fk of schema.foreignKeys ?? []) {
      const fields = asList(fk.fields);
      const keys = keysOf(fk.reference.resource, asList(fk.reference.fields));
      if (!keys) continue;
      const parts = fields.map((f) => record.values[f]);
      if (parts.some((p) => p === null || p === undefined)) continue;
      const key = parts.map(String).join('\u0000');
      if (keys.kept.has(key)) continue;
      // A reference to a row skipped for an error of its own: that row's issue says what is wrong,
      // and this record, good in itself, is kept (a panel that needs the row says what it cannot draw).
      const line = keys.skipped.get(key);
      if (line === undefined) ok = false;
      said.push({
        file,
        line: record.line,
        column: fields.join(', '),
        value: key,
        message:
          line === undefined
            ? `${quoteValue(key)} is not an id in ${fk.reference.resource}; record skipped`
            : `${quoteValue(key)} is on a row of ${fk.reference.resource} skipped for an error (line ${line}); record kept`,
        severity: line === undefined ? 'error' : 'warning',
      });
    }
    // A record skipped for a key that is nowhere is not also said to be kept for another.
    issues.push(...said.filter((i) => !ok === (i.severity === 'error')));
    return ok;
  });
  return {
    records,
    issues: [...table.issues, ...issues],
    skipped: table.skipped + table.records.length - records.length,
  };
}

/** The key values of a validated table, kept and skipped, for foreign-key checks of other tables. */
export function keySet(table: ValidatedTable, fields: string[]): KeyIndex {
  return {
    kept: new Set(table.records.map((r) => fields.map((f) => String(r.values[f])).join('\u0000'))),
    skipped: table.skippedKeys ?? new Map(),
  };
}
