import { createContext } from 'svelte';

/**
 * What a dashboard panel offers the charts inside it: `drawn()`, called once a chart has been drawn at
 * its measured width. From then on, while the panel is far off screen, it lets the browser skip
 * rendering it (`content-visibility: auto`): its DOM still follows every change, and the browser lays
 * it out and paints it as it comes into view. Charts outside a panel (embeds, slides) find no context.
 */
export interface PanelContext {
  drawn(): void;
}

export const [getPanel, setPanel, hasPanel] = createContext<PanelContext>();
