import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationFields, embedSchemaOnly, schemaOnly } from '../../scripts/dataPackagePlugin';
import { PANEL_RESOURCES } from '../../src/lib/state/embedParams';
import { readDataPackage } from '../../src/lib/data/dataPackage';

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

describe('embedSchemaOnly(datapackage.json): the copy an embed bundles', () => {
  const full = schemaOnly(published) as { resources: { name: string }[] };
  const embedded = embedSchemaOnly(published) as Record<string, unknown> & {
    resources: { name: string; schema: { foreignKeys?: { reference: { resource: string } }[] } }[];
  };

  it("keeps every resource an embedded panel fetches, each as the page's copy has it", () => {
    const fetched = new Set(Object.values(PANEL_RESOURCES).flat());
    expect(new Set(embedded.resources.map((r) => r.name))).toEqual(fetched);
    for (const resource of embedded.resources) {
      expect(resource).toEqual(full.resources.find((r) => r.name === resource.name));
    }
  });

  it('keeps the resources their foreign keys reference', () => {
    const names = embedded.resources.map((r) => r.name);
    const referenced = embedded.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map((fk) => fk.reference.resource),
    );
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.every((name) => names.includes(name))).toBe(true);
  });

  it('leaves out the product-level figures and the research notes, and reads as a data package', () => {
    expect(embedded.resources.map((r) => r.name)).not.toContain('trade_products');
    expect(embedded.research_notes).toBeUndefined();
    expect(embedded.version).toBe(published.version);
    expect(embedded.name).toBe(published.name);
    expect(readDataPackage(embedded).resources).toHaveLength(embedded.resources.length);
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
