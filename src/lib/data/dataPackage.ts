import type { DataPackage, DataResource, FieldDescriptor, FieldType, TableSchema } from './schema';

const FIELD_TYPES: FieldType[] = ['string', 'integer', 'number', 'boolean', 'date'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, what: string): never {
  throw new Error(`datapackage.json ${where}: ${what}`);
}

function readField(value: unknown, where: string): FieldDescriptor {
  if (!isRecord(value) || typeof value.name !== 'string') fail(where, 'a field needs a name');
  const type = FIELD_TYPES.find((t) => t === value.type);
  if (!type) fail(`${where}.${value.name}`, `type ${JSON.stringify(value.type)} is not supported (${FIELD_TYPES.join(', ')})`);
  return { ...value, name: value.name, type } as FieldDescriptor;
}

function readSchema(value: unknown, where: string): TableSchema {
  if (!isRecord(value) || !Array.isArray(value.fields)) fail(where, 'schema.fields must be a list');
  return { ...value, fields: value.fields.map((f, i) => readField(f, `${where}.fields[${i}]`)) } as TableSchema;
}

/**
 * Checks the parsed datapackage.json has the shape the validator relies on (names, paths, field
 * types from the supported subset) and returns it typed. Throws a message naming the bad part.
 */
export function readDataPackage(json: unknown): DataPackage {
  if (!isRecord(json) || !Array.isArray(json.resources)) fail('', 'resources must be a list');
  const resources: DataResource[] = json.resources.map((r, i) => {
    if (!isRecord(r) || typeof r.name !== 'string' || typeof r.path !== 'string') {
      fail(`resources[${i}]`, 'a resource needs a name and a path');
    }
    return { ...r, name: r.name, path: r.path, schema: readSchema(r.schema, `resources[${i}] (${r.name})`) } as DataResource;
  });
  return {
    ...json,
    name: typeof json.name === 'string' ? json.name : 'data',
    version: typeof json.version === 'string' ? json.version : '0',
    resources,
  } as DataPackage;
}
