import { describe, expect, it } from 'vitest';
import { resolveSourceUrl, safeHref, sourceLinks } from '../../src/lib/data/sourceLinks';

describe('resolveSourceUrl(ref)', () => {
  it('turns a github:owner/repo:path@commit reference into a blob URL', () => {
    expect(
      resolveSourceUrl(
        'github:SamLeBlanc/Direction-of-Trade-Map:data/DOTS/DOTS_13.xlsx@a0b40afbac7cefc59a4b35c1ebe541ac546aafad',
      ),
    ).toBe(
      'https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_13.xlsx',
    );
  });
  it('leaves an ordinary URL as it is', () => {
    expect(resolveSourceUrl('https://www.azernews.az/nation/180369.html')).toBe(
      'https://www.azernews.az/nation/180369.html',
    );
  });
});

describe('safeHref(raw)', () => {
  it.each([
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
    ['not a url', null],
    ['http://pakobserver.net/x', 'http://pakobserver.net/x'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
  ])('%s -> %s', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });
});

describe('sourceLinks(names, urls)', () => {
  it('pairs names and URLs one to one when the counts match', () => {
    expect(sourceLinks(['A', 'B'], ['https://a.org/', 'https://b.org/'])).toEqual([
      { name: 'A', url: 'https://a.org/' },
      { name: 'B', url: 'https://b.org/' },
    ]);
  });
  it('labels extra links by host when counts differ', () => {
    expect(sourceLinks(['Dawn; Daily Times'], ['https://dawn.com/x', 'https://dailytimes.com.pk/y'])).toEqual([
      { name: 'Dawn; Daily Times', url: 'https://dawn.com/x' },
      { name: 'dailytimes.com.pk', url: 'https://dailytimes.com.pk/y' },
    ]);
  });
  it('never links a javascript: URL but keeps its name as text', () => {
    expect(sourceLinks(['Evil'], ['javascript:alert(1)'])).toEqual([{ name: 'Evil', url: null }]);
  });
  it("pairs a row's lists once, and pairs again when the row's URL list is another", () => {
    const names = ['A'];
    const first = sourceLinks(names, ['https://a.org/']);
    const urls = ['https://a.org/'];
    const again = sourceLinks(names, urls);
    expect(sourceLinks(names, urls)).toBe(again);
    expect(again).toEqual(first);
    expect(sourceLinks(names, ['javascript:alert(1)'])).toEqual([{ name: 'A', url: null }]);
    expect(Object.isFrozen(again)).toBe(true);
  });
});
