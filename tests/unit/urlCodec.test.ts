import { describe, expect, it } from 'vitest';
import { ignoredText, slideIgnoredText, slideNoticeText } from '../../src/lib/state/ignoredText';
import {
  DEFAULT_VIEW,
  MIGRATIONS,
  URL_VERSION,
  parseView,
  permalink,
  serialiseView,
  slideQuery,
  formatCamera,
  type ViewState,
  VIEW_PARAMS,
} from '../../src/lib/state/urlCodec';

describe('parseView(search)', () => {
  it('reads a valid window and theme', () => {
    expect(parseView('?from=2010&to=2020&theme=dark')).toEqual({
      view: { ...DEFAULT_VIEW, from: 2010, to: 2020, theme: 'dark' },
      invalid: [],
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, invalid: [] });
  });

  it.each([
    ['?from=abc', [{ param: 'from', value: 'abc' }]],
    ['?to=1800', [{ param: 'to', value: '1800' }]],
    ['?from=2010.5', [{ param: 'from', value: '2010.5' }]],
    ['?theme=neon', [{ param: 'theme', value: 'neon' }]],
    [
      '?from=2020&to=2010',
      [
        { param: 'from', value: '2020' },
        { param: 'to', value: '2010' },
      ],
    ],
  ])('falls back to defaults for %s and names what it ignored', (search, invalid) => {
    const out = parseView(search);
    expect(out.invalid).toEqual(invalid);
    expect(out.view.theme === 'auto' || out.view.theme === DEFAULT_VIEW.theme).toBe(true);
    expect(out.view.from).toBeLessThanOrEqual(out.view.to);
  });

  it('keeps a valid parameter when another is invalid', () => {
    expect(parseView('?from=2005&to=zzz').view).toEqual({ ...DEFAULT_VIEW, from: 2005 });
  });

  it('survives hostile input: thousands of characters and markup', () => {
    const hostile = `?from=${'9'.repeat(5000)}&theme=<script>alert(1)</script>&to=%E0%A4%A&x=${'&'.repeat(3000)}`;
    const out = parseView(hostile);
    expect(out.view).toEqual(DEFAULT_VIEW);
    expect(out.invalid.map((i) => i.param).sort()).toEqual(['from', 'theme', 'to', 'x']);
    expect(out.invalid.every((i) => i.value.length <= 41)).toBe(true);
    // A parameter the view does not have, with a name of thousands of characters: shortened too.
    const [unknown] = parseView(`?${'k'.repeat(5000)}=1`).invalid;
    expect(unknown?.param.length).toBeLessThanOrEqual(41);
  });
});

describe('serialiseView(view)', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });
  it('writes only what differs from the defaults', () => {
    expect(serialiseView({ ...DEFAULT_VIEW, from: 2013 })).toBe('from=2013');
  });
  it('round-trips through parseView', () => {
    const view = {
      from: 2013,
      to: 2016,
      theme: 'light' as const,
      tradeView: 'mirror' as const,
      tradeScale: 'linear' as const,
      tables: ['trade' as const, 'events' as const],
      categories: ['cultural' as const, 'education' as const],
      search: 'JF-17 & <b>',
      event: 'ev-1991-12-12-recognition-of-independence',
      service: 'j2-gyd-lhe',
      airport: 'GYD',
      deck: [],
      slide: null,
      mapView: { lat: 35.5, lon: 60.25, zoom: 4.75 },
    };
    const query = serialiseView(view);
    expect(query).toBe(
      'from=2013&to=2016&trade=mirror&scale=linear&table=trade.events&cats=cultural.education&q=JF-17+%26+%3Cb%3E&event=ev-1991-12-12-recognition-of-independence&service=j2-gyd-lhe&airport=GYD&map=35.5%2C60.25%2C4.75&theme=light',
    );
    expect(parseView(`?${query}`).view).toEqual(view);
  });

  it.each([
    ['?event=Bad%20Id', 'event'],
    ['?service=javascript:alert(1)', 'service'],
    ['?airport=gyd', 'airport'],
    ['?cats=cultural.sport', 'cats'],
    [`?q=${'x'.repeat(201)}`, 'q'],
  ])('rejects %s', (search, param) => {
    expect(parseView(search).invalid.map((i) => i.param)).toEqual([param]);
  });

  it('keeps every category when the link names only unknown ones, and the known ones when it mixes them', () => {
    expect(parseView('?cats=nothing').view.categories).toEqual(DEFAULT_VIEW.categories);
    expect(parseView('?cats=nothing.sport').invalid.map((i) => i.value)).toEqual(['nothing', 'sport']);
    expect(parseView('?cats=sport.cultural').view.categories).toEqual(['cultural']);
  });

  it('reads an empty category list as no category chosen', () => {
    expect(parseView('?cats=').view.categories).toEqual([]);
    expect(serialiseView({ ...DEFAULT_VIEW, categories: [] })).toBe('cats=');
  });

  it('reads the trade view, scale and table list, naming unknown items', () => {
    const out = parseView('?trade=pakistan&scale=linear&table=tourism.bogus.tourism');
    expect(out.view).toEqual({ ...DEFAULT_VIEW, tradeView: 'pakistan', tradeScale: 'linear', tables: ['tourism'] });
    expect(out.invalid).toEqual([{ param: 'table', value: 'bogus' }]);
  });
});

describe('parameters the view does not have', () => {
  it('names each once, shortened, marked unknown, and still reads the rest', () => {
    const long = 'x'.repeat(200);
    const { view, invalid } = parseView(`?form=2010&to=2015&zzz=<b>x</b>&note=${long}&zzz=2`);
    expect(view).toEqual({ ...DEFAULT_VIEW, to: 2015 });
    expect(invalid.map((i) => [i.param, i.unknown])).toEqual([
      ['form', true],
      ['zzz', true],
      ['note', true],
    ]);
    expect(invalid[2]?.value.length).toBeLessThan(long.length);
  });
  it('leaves out the ids that sites, ads and mail tools add to a shared link, in any case', () => {
    expect(parseView('?from=2010&utm_source=x&UTM_Medium=y&fbclid=abc&gclid=d&gad_source=1&srsltid=e').invalid).toEqual(
      [],
    );
  });
  it("knows a page's own parameters when told (the embed's panel)", () => {
    expect(parseView('?panel=trade&from=2010').invalid).toEqual([{ param: 'panel', value: 'trade', unknown: true }]);
    expect(parseView('?panel=trade&from=2010', ['panel']).invalid).toEqual([]);
  });
  it('reads every parameter it writes without naming any', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      from: 2001,
      to: 2020,
      theme: 'dark',
      tradeView: 'mirror',
      tradeScale: 'linear',
      tables: ['trade'],
      categories: ['cultural'],
      search: 'JF-17',
      event: 'ev-1',
      service: 'pk-khi-gyd-2022',
      airport: 'GYD',
      mapView: { lat: 35, lon: 60, zoom: 4 },
    };
    const query = serialiseView(view, true);
    // The view above sets every field: the link holds every parameter a view has.
    expect([...new URLSearchParams(query).keys()].sort()).toEqual([...VIEW_PARAMS].sort());
    expect(parseView(`?${query}`)).toEqual({ view, invalid: [] });
  });
});

describe('ignoredText(invalid)', () => {
  it('says values that could not be read with their values, and unknown parameters by name, at most five', () => {
    const unknown = (param: string) => ({ param, value: 'token', unknown: true as const });
    expect(ignoredText([{ param: 'from', value: 'abc' }, unknown('form')])).toEqual({
      values: 'from=abc',
      names: 'form',
      repeats: '',
    });
    expect(ignoredText(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(unknown))).toEqual({
      values: '',
      names: 'a, b, c, d, e and 2 more',
      repeats: '',
    });
    expect(ignoredText([])).toEqual({ values: '', names: '', repeats: '' });
  });
  it('says the later values of a repeated parameter apart: the first value was used, not a default', () => {
    expect(ignoredText(parseView('?cats=security&cats=economic&from=abc&from=2010').invalid)).toEqual({
      values: 'from=abc',
      names: '',
      repeats: 'from=2010, cats=economic',
    });
  });
});

describe('a parameter the link gives more than once', () => {
  it('reads the first value and names each later one as a repeat, still reading the rest', () => {
    const { view, invalid } = parseView('?cats=security&cats=economic&table=events&from=2012&to=2015&from=2010');
    expect([view.categories, view.tables, view.from, view.to]).toEqual([['security'], ['events'], 2012, 2015]);
    expect(invalid).toEqual([
      { param: 'from', value: '2010', repeated: true },
      { param: 'cats', value: 'economic', repeated: true },
    ]);
  });
  it('names a repeated version, and repeats of a name no view has only once, as unknown', () => {
    expect(parseView('?v=1&v=abc').invalid).toEqual([{ param: 'v', value: 'abc', repeated: true }]);
    expect(parseView('?zzz=1&zzz=2').invalid).toEqual([{ param: 'zzz', value: '1', unknown: true }]);
  });
  it("says so in a slide's notice", () => {
    expect(slideIgnoredText(parseView('q=rice&q=jf').invalid)).toBe('Given more than once, only the first read: q=jf.');
  });
});

describe('slideIgnoredText(invalid)', () => {
  it("says what of a slide's link was not read, as one sentence, from what parseView found", () => {
    expect(slideIgnoredText(parseView('from=2030&to=1800&foo=1&trade=bogus').invalid)).toBe(
      "Ignored in this slide's link, defaults used instead: from=2030, to=1800 (years run 1991–2026), trade=bogus. Not part of a view, so not used: foo.",
    );
    expect(slideIgnoredText(parseView('v=1&from=2015&to=2020&trade=mirror').invalid)).toBe('');
  });
});

describe('slideNoticeText(invalid, missing)', () => {
  it("says a slide's unreadable values and its selections that name no row, as one text", () => {
    const { invalid } = parseView('from=2030&event=ev-nope');
    const missing = [{ param: 'event', value: 'ev-nope' }];
    expect(slideNoticeText(invalid, missing)).toBe(
      "Ignored in this slide's link, defaults used instead: from=2030 (years run 1991–2026). Not found in the data: event=ev-nope.",
    );
    expect(slideNoticeText([], missing)).toBe('Not found in the data: event=ev-nope.');
    expect(slideNoticeText([], [])).toBe('');
  });
});

describe('link format version', () => {
  it('reads a link without a version as version 1', () => {
    expect(parseView('?from=2013').invalid).toEqual([]);
  });
  it('accepts the current version and names an unknown one, still reading the rest', () => {
    expect(parseView(`?v=${URL_VERSION}&from=2013`)).toEqual({ view: { ...DEFAULT_VIEW, from: 2013 }, invalid: [] });
    expect(parseView('?v=99&from=2013')).toEqual({
      view: { ...DEFAULT_VIEW, from: 2013 },
      invalid: [{ param: 'v', value: '99' }],
    });
  });
  it('has a migration for every version before the current one', () => {
    for (let v = 1; v < URL_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });
});

describe('permalink(view, pageUrl, hash)', () => {
  it('always states the version and the window, and nothing else that is a default', () => {
    expect(permalink(DEFAULT_VIEW, 'https://example.org/pak-aze/?from=1999#x')).toBe(
      'https://example.org/pak-aze/?v=1&from=1991&to=2026',
    );
  });
  it('keeps the page path (any sub-path) and adds a panel anchor', () => {
    expect(permalink({ ...DEFAULT_VIEW, tradeView: 'mirror' }, 'http://127.0.0.1:4173/', 'trade')).toBe(
      'http://127.0.0.1:4173/?v=1&from=1991&to=2026&trade=mirror#trade',
    );
  });
  it('reproduces the view it was made from', () => {
    const view = {
      ...DEFAULT_VIEW,
      from: 2013,
      to: 2016,
      categories: ['cultural' as const],
      search: 'art',
      event: 'ev-x',
    };
    expect(parseView(new URL(permalink(view, 'http://h/')).search).view).toEqual(view);
  });
});

describe('a view and the deck', () => {
  const deck = [{ panel: 'trade' as const, query: 'v=1&from=2013&to=2016&trade=mirror', note: 'gap' }];
  it("leaves the page's deck and slide out of a view's link (pageCodec writes them)", () => {
    expect(serialiseView({ ...DEFAULT_VIEW, deck, slide: 1, tradeView: 'mirror' })).toBe('trade=mirror');
  });
  it("captures a slide's query without the deck inside it", () => {
    expect(slideQuery({ ...DEFAULT_VIEW, deck, slide: 1, tradeView: 'mirror' })).toBe(
      'v=1&from=1991&to=2026&trade=mirror',
    );
  });
  it("reads no deck as part of a view: a deck in a view's link is named as not part of it", () => {
    const out = parseView('?deck=abc&slide=1&from=2013');
    expect(out.view).toEqual({ ...DEFAULT_VIEW, from: 2013 });
    expect(out.invalid).toEqual([
      { param: 'deck', value: 'abc', unknown: true },
      { param: 'slide', value: '1', unknown: true },
    ]);
  });
});

describe('map centre and zoom', () => {
  it('rounds to two decimals and round-trips', () => {
    expect(formatCamera({ lat: 35.123456, lon: 60.987654, zoom: 4.25 })).toBe('35.12,60.99,4.25');
    expect(parseView('?map=35.12,60.99,4.25').view.mapView).toEqual({ lat: 35.12, lon: 60.99, zoom: 4.25 });
  });
  it.each(['91,60,4', '35,181,4', '35,60,12', '35,60', 'a,b,c', '35,60,4,1', '1e2,3,4'])('rejects map=%s', (text) => {
    const out = parseView(`?map=${text}`);
    expect([out.view.mapView, out.invalid.map((i) => i.param)]).toEqual([null, ['map']]);
  });
});
