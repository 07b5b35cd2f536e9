/**
 * The words on a panel's action buttons, in the order PanelActions.svelte shows them. App.svelte
 * holds their room with the same words until PanelActions (loaded on demand) arrives, so the two
 * cannot drift apart.
 */
export const ACTION_LABELS = {
  copy: 'Copy link',
  download: 'Download',
  cite: 'Cite',
  embed: 'Embed',
  deck: 'Add to deck',
} as const;
