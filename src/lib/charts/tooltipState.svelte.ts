import type { TooltipContent } from './marks';

/** The one tooltip of a chart: what it shows, where (pixels in the frame), and whether it is pinned. */
export class TooltipState {
  /** Raw: a mark's content object is shown as it is (a proxy would make it unequal to the mark's own). */
  content = $state.raw<TooltipContent | null>(null);
  left = $state(0);
  top = $state(0);
  pinned = $state(false);

  show(content: TooltipContent, left: number, top: number): void {
    if (this.pinned && this.content !== content) return;
    this.content = content;
    this.left = left;
    this.top = top;
  }

  /** Hides an unpinned tooltip. */
  hide(): void {
    if (!this.pinned) this.content = null;
  }

  /** Pins a tooltip: the one pinned on the page (another chart's pinned tooltip closes). */
  pin(content: TooltipContent, left: number, top: number): void {
    takePin(this);
    this.pinned = false;
    this.show(content, left, top);
    this.pinned = true;
  }

  clear(): void {
    if (pinnedNow === this) pinnedNow = null;
    this.pinned = false;
    this.content = null;
  }
}

let pinnedNow: TooltipState | null = null;
function takePin(state: TooltipState): void {
  if (pinnedNow !== state) pinnedNow?.clear();
  pinnedNow = state;
}
