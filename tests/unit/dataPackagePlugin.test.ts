import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationFields, schemaOnly } from '../../scripts/dataPackagePlugin';

const published = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as Record<string, unknown>;

describe('schemaOnly(datapackage.json): the copy the page bundles', () => {
  const bundled = schemaOnly(published) as Record<string, unknown> & { resources: Record<string, unknown>[] };

  it('keeps what the page validates against: names, version, resources and their schemas', () => {
    expect(bundled.version).toBe(published.version);
    expect(bundled.resources.map((r) => r.name)).toEqual([
      'trade',
      'trade_products',
      'tourism',
      'flights',
      'airports',
      'events',
    ]);
  });

  it("leaves out prose the page never reads: descriptions, and the resources' and fields' titles", () => {
    expect(bundled.title).toBeUndefined();
    expect(bundled.created).toBeUndefined();
    expect(bundled.description).toBeUndefined();
    expect(bundled.sources).toBeUndefined();
    expect(bundled.resources.every((r) => r.title === undefined && r.description === undefined)).toBe(true);
    expect(JSON.stringify(bundled.resources)).not.toContain('"title":');
  });
});

describe('citationFields(datapackage.json): what the dashboard cites, bundled apart', () => {
  it("is the package's title and release date, the same as CITATION.cff's", () => {
    const released = /^date-released: (\S+)$/m.exec(readFileSync('CITATION.cff', 'utf8'))?.[1];
    const fields = citationFields(published);
    expect(fields.title).toBe('Pakistan–Azerbaijan Ties: a sourced dataset and dashboard');
    // An RFC 3339 time, as the Data Package spec asks, on the day the citation file gives.
    expect(fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(fields.created?.slice(0, 10)).toBe(released);
  });
  it('leaves out what is not text', () => {
    expect(citationFields({ title: 7, created: null })).toEqual({});
    expect(citationFields(null)).toEqual({});
  });
});
