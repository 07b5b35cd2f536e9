import { describe, expect, it } from 'vitest';
import { PAGE_PARAMS, pagePermalink, parsePage, serialisePage } from '../../src/lib/state/pageCodec';
import { DEFAULT_VIEW, VIEW_PARAMS, serialiseView } from '../../src/lib/state/urlCodec';
import { encodeDeck } from '../../src/lib/state/deckCodec';
import { deckNoticeText } from '../../src/lib/state/ignoredText';

const deck = [
  { panel: 'trade' as const, query: 'v=1&from=2013&to=2016&trade=mirror', note: 'gap' },
  { panel: 'events' as const, query: 'v=1&from=1991&to=2026', note: '' },
];

describe('parsePage(search) and serialisePage(view)', () => {
  it('round-trips a view with its deck and the slide being presented', () => {
    const view = { ...DEFAULT_VIEW, from: 2013, theme: 'dark' as const, deck, slide: 2 };
    const query = serialisePage(view);
    expect(query).toBe(`${serialiseView(view)}&deck=${encodeDeck(deck)}&slide=2`);
    expect(parsePage(`?${query}`)).toEqual({ view, invalid: [] });
    // Every parameter of a view and of the page: none named as unknown.
    expect([...new URLSearchParams(serialisePage({ ...view, event: 'ev-1' }, true)).keys()]).toEqual(
      expect.arrayContaining([...PAGE_PARAMS, 'v', 'from', 'to', 'theme', 'event']),
    );
    expect(PAGE_PARAMS.some((p) => VIEW_PARAMS.includes(p))).toBe(false);
  });
  it('names a hostile deck or an out-of-range slide and falls back, the view still read', () => {
    const out = parsePage('?deck=<script>alert(1)</script>&slide=3&trade=mirror');
    expect(out.view).toEqual({ ...DEFAULT_VIEW, tradeView: 'mirror' });
    expect(out.invalid).toEqual([
      { param: 'deck', value: '<script>alert(1)</script>' },
      { param: 'slide', value: '3' },
    ]);
    expect(parsePage(`?deck=${encodeDeck(deck)}&slide=3`).invalid).toEqual([{ param: 'slide', value: '3' }]);
    expect(parsePage('?slide=1').invalid).toEqual([{ param: 'slide', value: '1' }]);
  });
  it("keeps a deck's readable slides and names the others by number, with why", () => {
    const mixed = btoa(JSON.stringify([deck[0] && ['trade', deck[0].query, 'gap'], ['pie', 'v=1'], ['events', 'v=1']]));
    const link = (slide: number) => parsePage(`?deck=${mixed.replace(/=+$/, '')}&slide=${slide}`);
    const out = link(3);
    expect(out.view.deck).toEqual([deck[0], { panel: 'events', query: 'v=1', note: '' }]);
    // The link's slide 3 is the deck's second now: the one it meant is presented.
    expect(out.view.slide).toBe(2);
    expect(out.invalid).toEqual([{ param: 'deck', value: 'no panel is called "pie"', slide: 2 }]);
    // The link's slide 2 was left out: no other slide is presented in its place.
    expect(link(2).view.slide).toBeNull();
    expect(link(2).invalid).toContainEqual({ param: 'slide', value: '2' });
  });
  it('names a second deck or slide as a repeat: the first is read, and the notice does not call the deck unreadable', () => {
    const first = encodeDeck(deck);
    const out = parsePage(`?deck=${first}&slide=1&deck=abc&slide=2`);
    expect([out.view.deck, out.view.slide]).toEqual([deck, 1]);
    expect(out.invalid).toEqual([
      { param: 'deck', value: 'abc', repeated: true },
      { param: 'slide', value: '2', repeated: true },
    ]);
    expect(deckNoticeText(out.invalid)).toBe('');
  });
  it('still names parameters neither a view nor the page has', () => {
    expect(parsePage('?form=2010&deck=').invalid).toEqual([
      { param: 'form', value: '2010', unknown: true },
      { param: 'deck', value: '' },
    ]);
  });
});

describe('pagePermalink(view, pageUrl)', () => {
  it("states the view's version and window and keeps the page's deck, dropping the old query and hash", () => {
    const view = { ...DEFAULT_VIEW, deck, slide: null };
    expect(pagePermalink(view, 'https://example.org/pak-aze/?from=1999#trade')).toBe(
      `https://example.org/pak-aze/?v=1&from=1991&to=2026&deck=${encodeDeck(deck)}`,
    );
  });
});
