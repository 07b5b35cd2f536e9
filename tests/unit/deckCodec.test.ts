import { describe, expect, it } from 'vitest';
import { decodeDeck, DECK_LIMITS, encodeDeck, moveSlide, type Slide } from '../../src/lib/state/deckCodec';

const deck: Slide[] = [
  {
    panel: 'trade',
    query: 'v=1&from=2013&to=2016&trade=mirror',
    note: 'The 2013–2016 gap: Pakistan reports far more.',
  },
  { panel: 'events', query: 'v=1&from=1991&to=2026&q=JF-17&event=ev-x', note: '' },
  { panel: 'map', query: 'v=1&from=2022&to=2025', note: 'Üç şəhər — ثلاث مدن <b>bold?</b>' },
];

describe('encodeDeck / decodeDeck', () => {
  it('round-trips slides, notes in any script included, through a URL-safe string', () => {
    const text = encodeDeck(deck);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(text)).toEqual(deck);
    expect(new URLSearchParams(`deck=${text}`).get('deck')).toBe(text);
  });

  it('round-trips an empty deck', () => {
    expect(decodeDeck(encodeDeck([]))).toEqual([]);
  });

  it.each([
    ['not base64', '%%%'],
    ['not JSON', btoa('hello')],
    ['an object, not a list', btoa('{"a":1}')],
    ['an unknown panel', btoa('[["bogus","v=1"]]')],
    ['a slide that is not a list', btoa('[42]')],
    ['a note that is not text', btoa('[["trade","v=1",7]]')],
    ['a control character in a query', btoa('[["trade","v=1\\u0000"]]')],
    ['too many slides', btoa(JSON.stringify(Array.from({ length: DECK_LIMITS.slides + 1 }, () => ['trade', 'v=1'])))],
    ['too long a note', btoa(JSON.stringify([['trade', 'v=1', 'x'.repeat(DECK_LIMITS.note + 1)]]))],
    ['invalid UTF-8', btoa(String.fromCharCode(0xff, 0xfe))],
    ['thousands of characters', 'A'.repeat(DECK_LIMITS.encoded + 1)],
  ])('rejects %s', (_what, text) => {
    expect(decodeDeck(text.replace(/=+$/, ''))).toBeNull();
  });
});

describe('moveSlide(slides, from, to)', () => {
  it('reorders without losing or duplicating a slide', () => {
    expect(moveSlide(deck, 0, 2).map((s) => s.panel)).toEqual(['events', 'map', 'trade']);
    expect(moveSlide(deck, 2, 0).map((s) => s.panel)).toEqual(['map', 'trade', 'events']);
    expect(moveSlide(deck, 1, 99).map((s) => s.panel)).toEqual(['trade', 'map', 'events']);
    expect(moveSlide(deck, 5, 0)).toEqual(deck);
  });
});
