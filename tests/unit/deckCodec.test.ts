import { describe, expect, it } from 'vitest';
import { decodeDeck, deckFits, DECK_LIMITS, encodeDeck, moveSlide, type Slide } from '../../src/lib/state/deckCodec';

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
    expect(decodeDeck(text)).toEqual({ slides: deck, numbers: [1, 2, 3], skipped: [] });
    expect(new URLSearchParams(`deck=${text}`).get('deck')).toBe(text);
  });

  it('round-trips an empty deck', () => {
    expect(decodeDeck(encodeDeck([]))).toEqual({ slides: [], numbers: [], skipped: [] });
  });

  it.each([
    ['not base64', '%%%'],
    ['not JSON', btoa('hello')],
    ['an object, not a list', btoa('{"a":1}')],
    ['invalid UTF-8', btoa(String.fromCharCode(0xff, 0xfe))],
    ['thousands of characters', 'A'.repeat(DECK_LIMITS.encoded + 1)],
  ])('reads no deck from %s', (_what, text) => {
    expect(decodeDeck(text.replace(/=+$/, ''))).toBeNull();
  });

  const good = ['trade', 'v=1&from=2013'];
  const b64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  it.each([
    ['an unknown panel', ['bogus', 'v=1'], 'no panel is called "bogus"'],
    ['a slide that is not a list', 42, 'not a slide'],
    ['a note that is not text', ['trade', 'v=1', 7], 'not a slide'],
    ['a control character in a query', ['trade', 'v=1\u0000'], 'its view cannot be read'],
    ['too long a note', ['trade', 'v=1', 'x'.repeat(DECK_LIMITS.note + 1)], 'its note is over 500 characters'],
  ])('leaves out %s, names it by its number, and keeps the slides around it', (_what, bad, why) => {
    expect(decodeDeck(b64([good, bad, good]))).toEqual({
      slides: [
        { panel: 'trade', query: 'v=1&from=2013', note: '' },
        { panel: 'trade', query: 'v=1&from=2013', note: '' },
      ],
      numbers: [1, 3],
      skipped: [{ slide: 2, why }],
    });
  });

  it('keeps the first 40 slides of a longer deck and names the rest', () => {
    const read = decodeDeck(
      b64(Array.from({ length: DECK_LIMITS.slides + 2 }, (_, i) => ['trade', `v=1&from=${1991 + i}`])),
    );
    expect(read?.slides).toHaveLength(DECK_LIMITS.slides);
    expect(read?.slides.at(-1)?.query).toBe(`v=1&from=${1991 + DECK_LIMITS.slides - 1}`);
    // One entry for all of them, however many: a long link could hold thousands.
    expect(read?.skipped).toEqual([{ slide: 41, why: 'over the 40-slide limit, as is the one after it' }]);
    const many = decodeDeck(b64(Array.from({ length: 2000 }, () => ['trade', 'v=1'])));
    expect(many?.skipped).toEqual([{ slide: 41, why: 'over the 40-slide limit, as are the 1959 after it' }]);
  });
});

describe('deckFits(slides)', () => {
  const slide = (note: string): Slide => ({ panel: 'events', query: 'v=1&from=1991&to=2026&q=JF-17', note });
  it('holds a deck to 40 slides', () => {
    expect(deckFits(Array.from({ length: DECK_LIMITS.slides }, () => slide('')))).toBe(true);
    expect(deckFits(Array.from({ length: DECK_LIMITS.slides + 1 }, () => slide('')))).toBe(false);
  });
  it('holds the encoded deck to a length common servers open (long notes in any script count as encoded)', () => {
    // Urdu is two bytes a letter in UTF-8, and base64 makes four characters of three bytes.
    const urdu = 'ا'.repeat(DECK_LIMITS.note);
    const fitting = Array.from({ length: 4 }, () => slide(urdu));
    expect(deckFits(fitting)).toBe(true);
    expect(deckFits([...fitting, ...fitting])).toBe(false);
    expect(encodeDeck([...fitting, ...fitting]).length).toBeGreaterThan(DECK_LIMITS.shareable);
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
