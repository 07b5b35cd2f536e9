#!/usr/bin/env node
/**
 * Checks the published data package against its own schema and against the reference files.
 *
 *   node scripts/check-data-against-reference.mjs [path/to/reference-data]
 *
 * - every CSV is UTF-8 without BOM, LF only, and its header equals the fields declared in
 *   data/datapackage.json, in order;
 * - every cell obeys its field (type, required, enum, pattern, minimum/maximum, x-separator,
 *   x-precision-field, x-not-before, x-not-equal), every id is unique, foreign keys resolve;
 * - source_name and source_url hold the same number of values, and every URL is http(s);
 * - row counts are the expected ones;
 * - every figure (value_usd, arrivals, quantity_tonnes) appears verbatim in the reference files,
 *   and the multiset of figures equals the reference's (no figure lost, none added).
 * Exits with status 1 and a list of problems if anything fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REF_DIR = process.argv[2] ? resolve(process.argv[2]) : resolve(REPO_ROOT, '../shared/reference-data');
const DATA_DIR = join(REPO_ROOT, 'data');

const EXPECTED_ROWS = { trade: 143, trade_products: 2, tourism: 20, flights: 8, airports: 4, events: 108 };

const problems = [];
const problem = (message) => problems.push(message);

function readText(path) {
  const buffer = readFileSync(path);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) problem(`${path}: starts with a BOM`);
  const text = buffer.toString('utf8');
  if (text.includes('\r')) problem(`${path}: contains CR characters (expected LF only)`);
  return text;
}

function parseRows(text, file) {
  const parsed = Papa.parse(text, { header: false, dynamicTyping: false, skipEmptyLines: true });
  for (const e of parsed.errors) problem(`${file}: CSV syntax, row ${e.row}: ${e.message}`);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

function readReference(file) {
  const text = readFileSync(join(REF_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse(text, { header: true, dynamicTyping: false, skipEmptyLines: true }).data;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SHAPES = { year: /^\d{4}$/, month: /^\d{4}-(\d{2})$/, day: /^\d{4}-(\d{2})-(\d{2})$/ };

function isRealDate(text, precision) {
  const m = SHAPES[precision]?.exec(text);
  if (!m) return false;
  if (precision === 'year') return true;
  const [year, month, day = 1] = text.split('-').map(Number);
  if (month < 1 || month > 12) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function checkValue(text, field, where) {
  const c = field.constraints ?? {};
  switch (field.type) {
    case 'integer':
      if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text)))
        return problem(`${where}: "${text}" is not an integer`);
      break;
    case 'number':
      if (!NUMBER.test(text)) return problem(`${where}: "${text}" is not a number`);
      break;
    case 'boolean':
      if (text !== 'true' && text !== 'false') return problem(`${where}: "${text}" is not true/false`);
      return undefined;
    case 'date':
      if (!isRealDate(text, 'day')) return problem(`${where}: "${text}" is not a YYYY-MM-DD date`);
      return undefined;
    case 'string': {
      const parts = field['x-separator'] ? text.split(field['x-separator']) : [text];
      for (const part of parts) {
        if (part !== part.trim() || part === '') problem(`${where}: empty or padded value in "${text}"`);
        if (c.enum && !c.enum.includes(part)) problem(`${where}: "${part}" not in enum`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(part))
          problem(`${where}: "${part}" fails ${c.pattern}`);
      }
      return undefined;
    }
    default:
      return problem(`${where}: unsupported type ${field.type}`);
  }
  const n = Number(text);
  if (c.minimum !== undefined && n < c.minimum) problem(`${where}: ${text} below minimum ${c.minimum}`);
  if (c.maximum !== undefined && n > c.maximum) problem(`${where}: ${text} above maximum ${c.maximum}`);
  return undefined;
}

const ALLOWED_FIELD_KEYS = new Set([
  'name',
  'type',
  'title',
  'description',
  'format',
  'constraints',
  'x-separator',
  'x-precision-field',
  'x-not-before',
  'x-not-equal',
]);
const ALLOWED_CONSTRAINTS = new Set(['required', 'unique', 'enum', 'minimum', 'maximum', 'pattern']);

const pkg = JSON.parse(readText(join(DATA_DIR, 'datapackage.json')));
if (pkg.profile !== 'tabular-data-package' || pkg.name !== 'pak-aze-ties' || pkg.version !== '1.0.2')
  problem('datapackage.json: profile/name/version');
// The release date a citation's year comes from, the same in the citation file.
const released = /^date-released: (\d{4}-\d{2}-\d{2})$/m.exec(readText(join(DATA_DIR, '..', 'CITATION.cff')))?.[1];
if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(pkg.created ?? '') || pkg.created.slice(0, 10) !== released)
  problem(
    `datapackage.json: created ${pkg.created} is not an RFC 3339 time on CITATION.cff's date-released ${released}`,
  );
const tables = {};
for (const resource of pkg.resources) {
  const file = resource.path;
  const { fields, primaryKey, missingValues } = resource.schema;
  if (primaryKey !== 'id') problem(`${file}: primaryKey is not "id"`);
  if (JSON.stringify(missingValues) !== '[""]') problem(`${file}: missingValues`);
  for (const field of fields) {
    for (const key of Object.keys(field))
      if (!ALLOWED_FIELD_KEYS.has(key)) problem(`${file}.${field.name}: property ${key}`);
    for (const key of Object.keys(field.constraints ?? {})) {
      if (!ALLOWED_CONSTRAINTS.has(key)) problem(`${file}.${field.name}: constraint ${key}`);
    }
    if (!['string', 'integer', 'number', 'boolean', 'date'].includes(field.type))
      problem(`${file}.${field.name}: type ${field.type}`);
  }
  const { header, rows } = parseRows(readText(join(DATA_DIR, file)), file);
  const names = fields.map((fl) => fl.name);
  if (header.join(',') !== names.join(','))
    problem(`${file}: header "${header.join(',')}" differs from schema "${names.join(',')}"`);
  if (rows.length !== EXPECTED_ROWS[resource.name])
    problem(`${file}: ${rows.length} rows, expected ${EXPECTED_ROWS[resource.name]}`);
  const records = rows.map((cells, i) => {
    if (cells.length !== names.length) problem(`${file} row ${i + 2}: ${cells.length} cells`);
    return Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
  });
  for (const [i, record] of records.entries()) {
    for (const field of fields) {
      const where = `${file} row ${i + 2} (${record.id}) ${field.name}`;
      const text = record[field.name];
      if (text === '') {
        if (field.constraints?.required || field.name === primaryKey) problem(`${where}: required value missing`);
        continue;
      }
      checkValue(text, field, where);
      const precisionField = field['x-precision-field'];
      if (precisionField && !isRealDate(text, record[precisionField])) {
        problem(`${where}: "${text}" does not match precision "${record[precisionField]}"`);
      }
    }
    for (const field of fields) {
      // ISO dates compare as text; both checks only where both values are given.
      const notBefore = field['x-not-before'];
      if (notBefore && record[field.name] && record[notBefore] && record[field.name] < record[notBefore])
        problem(
          `${file} ${record.id}: ${field.name} ${record[field.name]} is before ${notBefore} ${record[notBefore]}`,
        );
      const notEqual = field['x-not-equal'];
      if (notEqual && record[field.name] && record[field.name] === record[notEqual])
        problem(`${file} ${record.id}: ${field.name} equals ${notEqual} ("${record[field.name]}")`);
      const precisionField = field['x-precision-field'];
      if (precisionField && (record[field.name] === '') !== (record[precisionField] === '')) {
        problem(`${file} ${record.id}: ${field.name} and ${precisionField} must be empty together`);
      }
    }
    if ('source_name' in record) {
      const n = record.source_name.split(' | ').length;
      const u = record.source_url.split(' | ');
      if (n !== u.length) problem(`${file} ${record.id}: ${n} source names for ${u.length} URLs`);
      for (const url of u) if (!/^https?:\/\//.test(url)) problem(`${file} ${record.id}: URL "${url}"`);
    }
  }
  for (const field of fields.filter((fl) => fl.constraints?.unique || fl.name === primaryKey)) {
    const seen = new Set();
    for (const record of records) {
      if (seen.has(record[field.name])) problem(`${file}: duplicate ${field.name} "${record[field.name]}"`);
      seen.add(record[field.name]);
    }
  }
  tables[resource.name] = { resource, records };
}

for (const { resource, records } of Object.values(tables)) {
  for (const fk of resource.schema.foreignKeys ?? []) {
    const target = tables[fk.reference.resource];
    const keys = new Set(target.records.map((r) => r[fk.reference.fields]));
    for (const record of records) {
      const value = record[fk.fields];
      if (value !== '' && !keys.has(value))
        problem(`${resource.path} ${record.id}: ${fk.fields} "${value}" not in ${fk.reference.resource}`);
    }
  }
}

// Flight invariants from the brief.
for (const r of tables.flights.records) {
  if (r.end_known !== 'false' || r.end_date !== '') problem(`flights ${r.id}: an end date appeared`);
  if ((r.start_date !== '') !== (r.start_known === 'true'))
    problem(`flights ${r.id}: start_known does not match start_date`);
  if (r.via_iata !== '') problem(`flights ${r.id}: via_iata should be empty`);
  if (r.first_confirmed_date > r.last_confirmed_date) problem(`flights ${r.id}: first confirmed after last confirmed`);
}

// Figures: each appears verbatim in the reference, and the multisets match exactly.
const referenceText = [
  'trade_annual.csv',
  'trade_turnover.csv',
  'trade_products.csv',
  'tourism.csv',
  'tourism_more.csv',
].map((f) => readFileSync(join(REF_DIR, f), 'utf8'));
function sameMultiset(label, ours, theirs) {
  const a = [...ours].sort().join(',');
  const b = [...theirs].sort().join(',');
  if (a !== b) problem(`${label}: figures differ from the reference`);
}
const tradeValues = tables.trade.records.map((r) => r.value_usd);
sameMultiset('trade.value_usd', tradeValues, [
  ...readReference('trade_annual.csv').map((r) => r.value_usd),
  ...readReference('trade_turnover.csv').map((r) => r.turnover_usd),
]);
sameMultiset(
  'trade_products.value_usd',
  tables.trade_products.records.map((r) => r.value_usd),
  readReference('trade_products.csv').map((r) => r.value_usd),
);
sameMultiset(
  'tourism.arrivals',
  tables.tourism.records.map((r) => r.arrivals),
  [...readReference('tourism.csv'), ...readReference('tourism_more.csv')].map((r) => r.arrivals),
);
const figures = [
  ...tradeValues,
  ...tables.trade_products.records.map((r) => r.value_usd),
  ...tables.tourism.records.map((r) => r.arrivals),
];
for (const value of figures) {
  if (!referenceText.some((t) => new RegExp(`(^|,)${value}(,|$)`, 'm').test(t)))
    problem(`figure ${value} not found verbatim as a reference cell`);
}
for (const r of tables.trade_products.records) {
  const asPrinted = Number(r.quantity_tonnes).toLocaleString('en-US');
  if (!referenceText[2].includes(asPrinted) && !referenceText[2].includes(r.quantity_tonnes))
    problem(`quantity ${r.quantity_tonnes} not in reference`);
}

// Every reference event is present (date + title).
const refEvents = [...readReference('events.csv'), ...readReference('events_more.csv')];
const ourEvents = new Set(tables.events.records.map((r) => `${r.date}|${r.title}`));
for (const e of refEvents) if (!ourEvents.has(`${e.date}|${e.title}`)) problem(`event missing: ${e.date} ${e.title}`);

for (const [name, { records }] of Object.entries(tables)) console.log(`${name}: ${records.length} rows`);
// The research notes published with the data are the reference's own, unchanged.
for (const file of pkg.research_notes ?? []) {
  const published = readFileSync(join(DATA_DIR, file), 'utf8');
  if (published !== readFileSync(join(REF_DIR, file), 'utf8'))
    problem(`${file}: not the reference's research note, unchanged`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('All checks passed.');
