/**
 * A deck of slides in one URL parameter. Each slide is a panel and that panel's view as a query
 * string, with an optional speaker note. Encoded as base64url of a small JSON array, so the
 * queries' own '&' and '=' never clash with the page's. Decoding is total: a deck that cannot be
 * read at all yields none; an entry that is not a slide is left out and named, the others kept.
 */
export const DECK_PANELS = ['trade', 'tourism', 'flights', 'events', 'map'] as const;
export type DeckPanel = (typeof DECK_PANELS)[number];

export interface Slide {
  panel: DeckPanel;
  /** The slide's view as a query string (without '?'), as serialiseView writes it. */
  query: string;
  note: string;
}

/**
 * `encoded` is the longest deck read; `shareable`, the longest the page lets a reader make: an address
 * much over 8,000 characters is refused by common servers (Apache's request line, nginx's header
 * buffers; `vite preview`, Node's 16 KB of headers), so the link would not open again.
 */
export const DECK_LIMITS = { slides: 40, query: 2000, note: 500, encoded: 60_000, shareable: 6000 } as const;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeDeck(slides: readonly Slide[]): string {
  return toBase64Url(JSON.stringify(slides.map((s) => (s.note ? [s.panel, s.query, s.note] : [s.panel, s.query]))));
}

/** An entry of a deck as a slide, or why it is not one. */
function readSlide(item: unknown): Slide | string {
  if (!Array.isArray(item) || item.length < 2 || item.length > 3) return 'not a slide';
  const [panel, query, note = ''] = item as unknown[];
  const known = DECK_PANELS.find((p) => p === panel);
  if (!known) return typeof panel === 'string' ? `no panel is called "${panel.slice(0, 20)}"` : 'not a slide';
  if (typeof query !== 'string' || typeof note !== 'string') return 'not a slide';
  // No control characters in a query.
  if (query.length > DECK_LIMITS.query || [...query].some((c) => c.charCodeAt(0) < 0x20))
    return 'its view cannot be read';
  if (note.length > DECK_LIMITS.note) return `its note is over ${DECK_LIMITS.note} characters`;
  return { panel: known, query: query.replace(/^\?/, ''), note };
}

/**
 * A deck as read: its slides with the number each had in the link (from 1, as the deck shows them;
 * a link's `slide=` counts so), and the entries left out, by number, with why.
 */
export interface DeckRead {
  slides: Slide[];
  numbers: number[];
  skipped: { slide: number; why: string }[];
}

/** The slides of an encoded deck, or null when the text is not a deck this code wrote. */
export function decodeDeck(text: string): DeckRead | null {
  if (text.length > DECK_LIMITS.encoded) return null;
  const json = fromBase64Url(text);
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const read: DeckRead = { slides: [], numbers: [], skipped: [] };
  parsed.slice(0, DECK_LIMITS.slides).forEach((item: unknown, i) => {
    const slide = readSlide(item);
    if (typeof slide === 'string') read.skipped.push({ slide: i + 1, why: slide });
    else {
      read.slides.push(slide);
      read.numbers.push(i + 1);
    }
  });
  // Past the limit, one entry for them all: a long link could hold thousands.
  const after = parsed.length - DECK_LIMITS.slides - 1;
  if (after >= 0) {
    const rest = after === 0 ? '' : after === 1 ? ', as is the one after it' : `, as are the ${after} after it`;
    read.skipped.push({ slide: DECK_LIMITS.slides + 1, why: `over the ${DECK_LIMITS.slides}-slide limit${rest}` });
  }
  return read;
}

/** Whether a deck's link stays short enough to open from any common server (DECK_LIMITS.shareable). */
export function deckFits(slides: readonly Slide[]): boolean {
  return slides.length <= DECK_LIMITS.slides && encodeDeck(slides).length <= DECK_LIMITS.shareable;
}

/** Moves the slide at `from` to `to` (both clamped), returning a new list. */
export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  const out = [...slides];
  const [slide] = out.splice(from, 1);
  if (!slide) return out;
  out.splice(Math.max(0, Math.min(out.length, to)), 0, slide);
  return out;
}
