/**
 * The subset of Frictionless Table Schema that the data package uses and the app validates.
 * `data/datapackage.json` is the single source of truth; these types describe its shape.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  format?: string;
  constraints?: FieldConstraints;
  /** Several values in one cell, separated by this string (an extension property). */
  'x-separator'?: string;
  /** A partial date whose shape must match the precision named in this other field. */
  'x-precision-field'?: string;
  /** A date field that must not fall before the date in the named field of the same record (a period's end). */
  'x-not-before'?: string;
  /** A field whose value must differ from the named field's in the same record (a partner is not its reporter). */
  'x-not-equal'?: string;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: FieldDescriptor[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
}

export interface DataResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
}

export interface DataPackage {
  name: string;
  version: string;
  title?: string;
  licenses?: { name: string; path?: string; title?: string }[];
  resources: DataResource[];
  /** The research notes (Markdown) the rows' notes cite by file name, published beside the data. */
  research_notes?: string[];
}

/** The resources the dashboard knows how to show. */
export const RESOURCE_NAMES = ['trade', 'tourism', 'flights', 'airports', 'events', 'trade_products'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export function findResource(pkg: DataPackage, name: string): DataResource | undefined {
  return pkg.resources.find((r) => r.name === name);
}

/** The file a resource is read from, as the package names it (`<name>.csv` if it is not listed). */
export function resourcePath(pkg: DataPackage, name: string): string {
  return findResource(pkg, name)?.path ?? `${name}.csv`;
}

export function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}
