import { describe, expect, it } from 'vitest';
import { citeView } from '../../src/lib/export/citation';

describe('citeView(input)', () => {
  const input = {
    title: 'Pakistan–Azerbaijan Ties: a sourced dataset and dashboard',
    version: '1.0.0',
    year: 2026,
    url: 'https://example.org/?v=1&from=2010&to=2020&trade=mirror#trade',
    accessed: { year: 2026, month: 11, day: 28 },
    view: 'Trade panel, 2010–2020, mirror view',
  };
  it('gives a plain citation with the dataset, version, permalink and access date', () => {
    expect(citeView(input).plain).toBe(
      'Pakistan–Azerbaijan Ties dashboard contributors (2026). Pakistan–Azerbaijan Ties: a sourced dataset and dashboard, version 1.0.0 [data set and dashboard]. Data licensed CC BY 4.0. Trade panel, 2010–2020, mirror view. https://example.org/?v=1&from=2010&to=2020&trade=mirror#trade (accessed 28 November 2026).',
    );
  });
  it('gives a BibTeX entry with the URL kept whole and special characters escaped', () => {
    const { bibtex } = citeView({ ...input, view: 'Events, search "50% & {x}"' });
    expect(bibtex).toContain('url = {https://example.org/?v=1&from=2010&to=2020&trade=mirror#trade},');
    expect(bibtex).toContain('urldate = {2026-11-28},');
    expect(bibtex).toContain('howpublished = {Events, search "50\\% \\& \\{x\\}"},');
    // A backslash, caret and tilde as LaTeX's commands for them, not as a line break or an accent.
    expect(citeView({ ...input, view: 'search "a\\b ^2 ~x"' }).bibtex).toContain(
      'howpublished = {search "a\\textbackslash{}b \\^{}2 \\~{}x"},',
    );
    expect(bibtex.startsWith('@misc{pakaze2026eventssearch50x,')).toBe(true);
    expect(bibtex.endsWith('}')).toBe(true);
  });
});
