import { DECK_PANELS, type DeckPanel } from './deckCodec';
import type { ResourceName } from '../data/schema';

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

/** The panel an embed shows (`panel=`), or null when the parameter is missing or unknown. */
export function embedPanel(search: string): DeckPanel | null {
  const value = new URLSearchParams(search).get('panel');
  return DECK_PANELS.find((p) => p === value) ?? null;
}

/** The message an embed sends its host page when its content height changes. */
export const HEIGHT_MESSAGE = 'pak-aze-embed:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}
