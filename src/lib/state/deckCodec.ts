/**
 * A deck of slides in one URL parameter. Each slide is a panel and that panel's view as a query
 * string, with an optional speaker note. Encoded as base64url of a small JSON array, so the
 * queries' own '&' and '=' never clash with the page's. Decoding is total: anything malformed
 * yields no deck and says so.
 */
export const DECK_PANELS = ['trade', 'tourism', 'flights', 'events', 'map'] as const;
export type DeckPanel = (typeof DECK_PANELS)[number];

export interface Slide {
  panel: DeckPanel;
  /** The slide's view as a query string (without '?'), as serialiseView writes it. */
  query: string;
  note: string;
}

export const DECK_LIMITS = { slides: 40, query: 2000, note: 500, encoded: 60_000 } as const;

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

function readSlide(item: unknown): Slide | null {
  if (!Array.isArray(item) || item.length < 2 || item.length > 3) return null;
  const [panel, query, note = ''] = item as unknown[];
  const known = DECK_PANELS.find((p) => p === panel);
  if (!known || typeof query !== 'string' || typeof note !== 'string') return null;
  if (query.length > DECK_LIMITS.query || note.length > DECK_LIMITS.note) return null;
  if ([...query].some((c) => c.charCodeAt(0) < 0x20)) return null; // no control characters in a query
  return { panel: known, query: query.replace(/^\?/, ''), note };
}

/** The slides of an encoded deck, or null when the text is not a deck this code wrote. */
export function decodeDeck(text: string): Slide[] | null {
  if (text.length > DECK_LIMITS.encoded) return null;
  const json = fromBase64Url(text);
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length > DECK_LIMITS.slides) return null;
  const slides = parsed.map(readSlide);
  return slides.every((s): s is Slide => s !== null) ? slides : null;
}

/** Moves the slide at `from` to `to` (both clamped), returning a new list. */
export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  const out = [...slides];
  const [slide] = out.splice(from, 1);
  if (!slide) return out;
  out.splice(Math.max(0, Math.min(out.length, to)), 0, slide);
  return out;
}
