/**
 * The dashboard page's query string: a view (urlCodec.ts) and the page's presentation deck with the
 * slide being presented. Pure and total, as urlCodec: a deck, a slide of it or a slide number that
 * cannot be read is named and left out. Apart from urlCodec so that a page that shows no deck (the embed) loads none of this.
 */
import {
  parseView,
  repeatedParams,
  serialiseView,
  shorten,
  withQuery,
  type ParsedView,
  type ViewState,
} from './urlCodec';
import { decodeDeck, encodeDeck } from './deckCodec';

/** The page's parameters beside a view's. (Link format version 1: no migration concerns them yet.) */
export const PAGE_PARAMS: readonly string[] = ['deck', 'slide'];

/** Reads the page's view, deck and slide from its query string; what cannot be read is in `invalid`. */
export function parsePage(search: string): ParsedView {
  const { view, invalid } = parseView(search, PAGE_PARAMS);
  const params = new URLSearchParams(search);
  const reject = (param: string, value: string) => invalid.push({ param, value: shorten(value) });
  const deckText = params.get('deck');
  // The number each slide read had in the link: `slide=` counts the link's slides, left-out ones too.
  let numbers: number[] = [];
  if (deckText !== null) {
    const deck = decodeDeck(deckText);
    if (deck === null) reject('deck', deckText);
    else ({ slides: view.deck, numbers } = deck);
    for (const { slide, why } of deck?.skipped ?? []) invalid.push({ param: 'deck', value: why, slide });
  }
  const slideText = params.get('slide');
  if (slideText !== null) {
    const at = /^\d{1,3}$/.test(slideText) ? numbers.indexOf(Number(slideText)) : -1;
    if (at >= 0) view.slide = at + 1;
    else reject('slide', slideText);
  }
  invalid.push(...repeatedParams(params, PAGE_PARAMS));
  return { view, invalid };
}

/** The page's query string (without '?'): the view's (serialiseView), then its deck and slide. */
export function serialisePage(view: ViewState, explicit = false): string {
  const params = new URLSearchParams(serialiseView(view, explicit));
  if (view.deck.length > 0) params.set('deck', encodeDeck(view.deck));
  if (view.slide !== null) params.set('slide', String(view.slide));
  return params.toString();
}

/** The page's permalink: its view (explicit version and window), deck and slide. */
export function pagePermalink(view: ViewState, pageUrl: string): string {
  return withQuery(pageUrl, serialisePage(view, true));
}
