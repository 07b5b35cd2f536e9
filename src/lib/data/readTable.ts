import { parseCsv } from './parseCsv';
import { validateTable, type ValidatedTable } from './validate';
import type { DataResource } from './schema';

/** CSV text in, validated records and every issue out: parse, coerce and check against the schema. */
export function readTable(text: string, resource: DataResource): ValidatedTable {
  return validateTable(parseCsv(text, resource.path), resource.schema, resource.path);
}
