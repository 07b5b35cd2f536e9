import { DECK_PANELS, type DeckPanel } from './deckCodec';
import type { ResourceName } from '../data/schema';
import { repeatedParams, type InvalidParam } from './urlCodec';

/** The files each embeddable panel needs: an embed fetches only those. */
export const PANEL_RESOURCES: Record<DeckPanel, ResourceName[]> = {
  trade: ['trade', 'events'],
  tourism: ['tourism', 'events'],
  flights: ['flights', 'airports', 'events'],
  events: ['events'],
  map: ['flights', 'airports'],
};

export const PANEL_TITLES: Record<DeckPanel, string> = {
  trade: 'Trade between Pakistan and Azerbaijan',
  tourism: 'Pakistani arrivals in Azerbaijan',
  flights: 'Direct flights between Pakistan and Azerbaijan',
  events: 'Events in Pakistan–Azerbaijan relations',
  map: 'Air links between Baku and Karachi, Lahore and Islamabad',
};

/** The full page's own parameters (pageCodec.ts), which an embed has no use for: named as not used. */
export const UNUSED_IN_EMBED = ['deck', 'slide'] as const;

export interface EmbedLink {
  /** The panel the embed shows (`panel=`), or null when the parameter is missing or unknown... */
  panel: DeckPanel | null;
  /** ...and what the link gave for it (null when it has no `panel`), so a typo can be named. */
  asked: string | null;
  /**
   * The deck and the slide presented, when given, and any `panel` after the first (an embed shows
   * one): said as not used, never dropped unsaid.
   */
  unused: InvalidParam[];
}

/** What an embed link asks for beyond its view. Pure. */
export function readEmbedLink(search: string): EmbedLink {
  const params = new URLSearchParams(search);
  const asked = params.get('panel');
  return {
    panel: DECK_PANELS.find((p) => p === asked) ?? null,
    asked,
    unused: [
      ...repeatedParams(params, ['panel']),
      ...UNUSED_IN_EMBED.filter((name) => params.has(name)).map((param) => ({
        param,
        value: params.get(param) ?? '',
        unknown: true as const,
      })),
    ],
  };
}

/** The message an embed sends its host page when its content height changes. */
export const HEIGHT_MESSAGE = 'pak-aze-embed:height';
/** The message public/embed-resize.js sends each frame as it starts, asking for its height. */
export const ASK_MESSAGE = 'pak-aze-embed:ask-height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}
