import { describe, expect, it } from 'vitest';
import { readEmbedLink } from '../../src/lib/state/embedParams';
import { unknownSelections } from '../../src/lib/state/unknownSelections';

describe('readEmbedLink(search)', () => {
  it('reads a known panel, and keeps what was asked so a typo can be named', () => {
    expect(readEmbedLink('?panel=map&from=2015')).toEqual({ panel: 'map', asked: 'map', unused: [] });
    expect(readEmbedLink('?panel=trdae&from=2015')).toEqual({ panel: null, asked: 'trdae', unused: [] });
    expect(readEmbedLink('?from=2015')).toEqual({ panel: null, asked: null, unused: [] });
    expect(readEmbedLink('?panel=')).toMatchObject({ panel: null, asked: '' });
  });
  it('shows the first of two panels and names the second as ignored', () => {
    expect(readEmbedLink('?panel=trade&panel=map')).toEqual({
      panel: 'trade',
      asked: 'trade',
      unused: [{ param: 'panel', value: 'map', repeated: true }],
    });
  });
  it("names the full page's deck and slide as not used, with their values", () => {
    expect(readEmbedLink('?panel=trade&deck=abc&slide=2').unused).toEqual([
      { param: 'deck', value: 'abc', unknown: true },
      { param: 'slide', value: '2', unknown: true },
    ]);
  });
});

describe('unknownSelections(selected, loaded)', () => {
  const ready = { status: 'ready' };
  const loading = { status: 'loading' };
  const loaded = (events: typeof ready, flights: typeof ready, airports: typeof ready) => ({
    tables: { events, flights, airports },
    events: [{ id: 'ev-a' }],
    flights: [{ id: 'j2-gyd-lhe' }],
    airports: [{ id: 'GYD' }],
  });
  it('names each selection with no row in its read file, in the order event, service, airport', () => {
    expect(unknownSelections({ event: 'nope', service: 'x', airport: 'ZZZ' }, loaded(ready, ready, ready))).toEqual([
      { param: 'event', value: 'nope' },
      { param: 'service', value: 'x' },
      { param: 'airport', value: 'ZZZ' },
    ]);
    expect(
      unknownSelections({ event: 'ev-a', service: 'j2-gyd-lhe', airport: 'GYD' }, loaded(ready, ready, ready)),
    ).toEqual([]);
  });
  it('does not judge a selection whose file is not read (still loading, failed, or not needed)', () => {
    expect(unknownSelections({ event: 'nope', service: 'x', airport: null }, loaded(ready, loading, loading))).toEqual([
      { param: 'event', value: 'nope' },
    ]);
    expect(unknownSelections({ event: null, service: null, airport: null }, loaded(ready, ready, ready))).toEqual([]);
  });
});
